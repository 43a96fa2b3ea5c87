/**
 * Synthea patients (../shared/fhir-samples, the shape public test EHRs have) on the real FHIR engine,
 * read through the app's own queries and client: every creatinine present is found and the newest is
 * the one used, every medication of the interaction dictionary is recognised, alcoholism is the
 * indication. Skipped, with a notice, when the samples are not beside the repository.
 */
import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MedicationRequest, Observation } from '@medplum/fhirtypes';
import { setFhirConnection, resetFhirConnection } from '../../../src/fhir/connection';
import { buildChart, conditionInputs, mapMedications, medicationInputs } from '../../../src/fhir/mapping';
import { chartQueryOptions } from '../../../src/fhir/queries';
import { checkInteractionsDetailed, isIndicationFinding } from '../../../src/rules';
import { RXNORM_PRODUCTS } from '../../../src/rules/data/rxnorm-products';
import { createFhirEngine } from '../../fhir-engine/engine';
import {
  loadSynthea,
  readSynthea,
  SYNTHEA_MISSING_NOTICE,
  syntheaAvailable,
  type LoadedSyntheaPatient,
} from '../../fhir-engine/datasets';
import { startEngineServer } from '../../fhir-engine/server';

/** A fixed clinical day: nothing here depends on the machine's date. */
const TODAY = '2026-12-01';

/**
 * The Synthea medicines that are not in bacloplan's interaction dictionary (checked by reading
 * src/rules/data/drugs.ts): these, and only these, may come back "not checked".
 */
const NOT_IN_DICTIONARY =
  /clopidogrel|nitroglycerin|simvastatin|galantamine|donepezil|penicillin|digoxin|warfarin|alteplase|acetaminophen|amoxicillin|nicotine/i;

const available = syntheaAvailable();
if (!available) console.info(SYNTHEA_MISSING_NOTICE);

describe.skipIf(!available)('Synthea patients on the FHIR engine, read by the app', () => {
  let engine: Awaited<ReturnType<typeof startEngineServer>>;
  let patients: LoadedSyntheaPatient[];
  const raw = readSynthea();
  const charts = new Map<string, Awaited<ReturnType<typeof chartOf>>>();

  beforeAll(async () => {
    const fhir = createFhirEngine();
    patients = await loadSynthea(fhir);
    engine = await startEngineServer(fhir, { port: 0, allowOrigin: 'http://localhost' });
    setFhirConnection({ baseUrl: engine.baseUrl, source: 'config' });
    for (const patient of patients) charts.set(patient.id, await chartOf(patient));
  }, 120_000);
  afterAll(async () => {
    resetFhirConnection();
    await engine?.close();
  });

  async function chartOf(patient: LoadedSyntheaPatient) {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const options = chartQueryOptions(patient.id);
    const [resource, observations, medications, conditions, allergies] = await Promise.all([
      client.fetchQuery(options.patient),
      client.fetchQuery(options.observations),
      client.fetchQuery(options.medications),
      client.fetchQuery(options.conditions),
      client.fetchQuery(options.allergies),
    ]);
    return {
      medicationsRead: medications,
      chart: buildChart(
        {
          patient: resource,
          observations,
          medicationStatements: medications.statements,
          medicationRequests: medications.requests,
          medications: medications.medications,
          conditions,
          allergies,
        },
        TODAY,
      ),
    };
  }

  /** Creatinine as the raw file has it, found by its name (not by bacloplan's code list). */
  function creatininesIn(file: string): Observation[] {
    const bundle = raw.find((item) => item.file === file)?.bundle;
    return (bundle?.entry ?? [])
      .map((entry) => entry.resource)
      .filter(
        (resource): resource is Observation =>
          resource?.resourceType === 'Observation' &&
          (resource.code.coding ?? []).some((coding) => /^creatinine$/i.test(coding.display ?? '')),
      );
  }

  it('finds every creatinine present and shows the newest', async () => {
    let present = 0;
    let found = 0;
    for (const patient of patients) {
      const expected = creatininesIn(patient.file);
      const { chart } = charts.get(patient.id) ?? (await chartOf(patient));
      present += expected.length;
      found += chart.labs.creatinine.length;
      expect(chart.labs.creatinine, patient.file).toHaveLength(expected.length);
      if (expected.length === 0) continue;
      const newest = [...expected].sort(
        (a, b) => Date.parse(b.effectiveDateTime ?? '') - Date.parse(a.effectiveDateTime ?? ''),
      )[0];
      expect(chart.labs.creatinine[0]?.value, patient.file).toBe(newest?.valueQuantity?.value);
      expect(chart.labs.creatinine[0]?.date, patient.file).toBe(newest?.effectiveDateTime?.slice(0, 10));
    }
    console.info(`Synthea: ${patients.length} patients, creatinine found ${found} of ${present}`);
    expect(present).toBeGreaterThan(0);
  });

  it('recognises every medication of the dictionary, by code or by name, and says which are not checked', () => {
    const requests = raw.flatMap(({ bundle }) =>
      (bundle.entry ?? [])
        .map((entry) => entry.resource)
        .filter((resource): resource is MedicationRequest => resource?.resourceType === 'MedicationRequest'),
    );
    // Every status: the chart lists only current ones, this counts what the table and text can read.
    const asCurrent = requests.map((request, index) => ({
      ...request,
      id: `r${index}`,
      status: 'active' as const,
    }));
    const result = checkInteractionsDetailed(medicationInputs(mapMedications([], asCurrent)), []);
    const notChecked = result.medications.filter((medication) => medication.generics.length === 0);
    const recognised = result.medications.filter((medication) => medication.generics.length > 0);
    console.info(
      `Synthea: ${requests.length} MedicationRequests, ${result.medications.length} distinct products: ` +
        `${recognised.length} recognised, ${notChecked.length} not checked (not in the dictionary: ` +
        `${notChecked.map((medication) => medication.input).join('; ')})`,
    );
    for (const medication of notChecked) expect(medication.input).toMatch(NOT_IN_DICTIONARY);
    const tableCodes = new Set(RXNORM_PRODUCTS.map((product) => product.rxcui));
    for (const request of requests) {
      const code = request.medicationCodeableConcept?.coding?.[0]?.code ?? '';
      if (!tableCodes.has(code)) continue;
      const byCodeAlone = checkInteractionsDetailed([{ rxnorm: code }], []);
      expect(byCodeAlone.medications[0]?.generics.length, code).toBeGreaterThan(0);
    }
  });

  it('reads alcoholism (SNOMED 7200002) as the indication, not as "no caution listed"', async () => {
    const withAud = [];
    for (const patient of patients) {
      const { chart } = charts.get(patient.id) ?? (await chartOf(patient));
      if (!chart.conditions.some((condition) => condition.snomed === '7200002')) continue;
      withAud.push(patient.file);
      const result = checkInteractionsDetailed([], conditionInputs(chart.conditions, chart.allergies));
      expect(result.findings.some(isIndicationFinding), patient.file).toBe(true);
    }
    expect(withAud.length).toBeGreaterThan(0);
  });

  it('shows the record number typed MR, never the SSN listed before it', async () => {
    for (const patient of patients) {
      const { chart } = charts.get(patient.id) ?? (await chartOf(patient));
      const mr = patient.patient.identifier?.find((identifier) =>
        identifier.type?.coding?.some((coding) => coding.code === 'MR'),
      );
      expect(chart.patient.identifier, patient.file).toBe(mr?.value);
    }
  });
});
