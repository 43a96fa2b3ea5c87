/**
 * What the test engine is loaded with: (a) bacloplan's demo cohort, under its own ids, with its saved
 * plans sent as the app sends them (a transaction); (b) the Synthea patients of ../shared/fhir-samples
 * (read from there, never copied), each bundle posted as the transaction it is. When that folder is
 * absent the Synthea part is skipped and says so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bundle, Observation, Patient } from '@medplum/fhirtypes';
import { buildCohort } from '../../mocks/fhir/cohort';
import { followUpBundles } from '../../mocks/fhir/followUps';
import type { FhirEngine } from './engine';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The shared fixtures sit beside the repository: <workplace>/shared/fhir-samples/synthea-r4. */
export const SYNTHEA_DIR = resolve(HERE, '../../../shared/fhir-samples/synthea-r4');

export const SYNTHEA_MISSING_NOTICE = `Synthea patients not found at ${SYNTHEA_DIR}: their tests are skipped.`;

export function syntheaAvailable(): boolean {
  return existsSync(SYNTHEA_DIR) && readdirSync(SYNTHEA_DIR).some((file) => file.endsWith('.json'));
}

export interface SyntheaFile {
  file: string;
  bundle: Bundle;
}

export function readSynthea(): SyntheaFile[] {
  if (!syntheaAvailable()) return [];
  return readdirSync(SYNTHEA_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, bundle: JSON.parse(readFileSync(join(SYNTHEA_DIR, file), 'utf8')) as Bundle }));
}

export async function loadDemoCohort(engine: FhirEngine): Promise<void> {
  const { patients, savedPlans } = buildCohort();
  for (const resource of patients.flatMap((patient) => patient.resources)) await engine.put(resource);
  // Saved plans, then the followed patients' visits and plans, as the demo server seeds them.
  for (const plan of [...savedPlans, ...followUpBundles()]) {
    const answer = await engine.request('POST', '', plan.bundle);
    if (answer.status >= 400)
      throw new Error(`Demo transaction for ${plan.patientId} refused: ${JSON.stringify(answer.body)}`);
  }
}

export interface LoadedSyntheaPatient {
  file: string;
  /** The id the engine gave the patient. */
  id: string;
  patient: Patient;
}

export async function loadSynthea(engine: FhirEngine): Promise<LoadedSyntheaPatient[]> {
  const loaded: LoadedSyntheaPatient[] = [];
  for (const { file, bundle } of readSynthea()) {
    const answer = await engine.request('POST', '', bundle);
    if (answer.status >= 400)
      throw new Error(`${file} refused: ${JSON.stringify(answer.body).slice(0, 500)}`);
    const location = (answer.body as Bundle).entry?.find((entry) =>
      entry.response?.location?.startsWith('Patient/'),
    )?.response?.location;
    const id = location?.split('/')[1];
    if (!id) throw new Error(`${file}: no Patient created`);
    const read = await engine.request('GET', `Patient/${id}`);
    loaded.push({ file, id, patient: read.body as Patient });
  }
  return loaded;
}

/** What a Synthea file says about its patient: the record number (MR identifier) and the newest creatinine. */
export function syntheaExpectations(bundle: Bundle): {
  mrn: string | undefined;
  newestCreatinine: number | undefined;
} {
  const patient = bundle.entry?.find((entry) => entry.resource?.resourceType === 'Patient')?.resource as
    Patient | undefined;
  const mrn = patient?.identifier?.find((identifier) =>
    identifier.type?.coding?.some((coding) => coding.code === 'MR'),
  )?.value;
  const newest = (bundle.entry ?? [])
    .map((entry) => entry.resource)
    .filter(
      (resource): resource is Observation =>
        resource?.resourceType === 'Observation' &&
        (resource.code.coding ?? []).some((coding) => /^creatinine$/i.test(coding.display ?? '')),
    )
    .sort((a, b) => Date.parse(b.effectiveDateTime ?? '') - Date.parse(a.effectiveDateTime ?? ''))[0];
  return { mrn, newestCreatinine: newest?.valueQuantity?.value };
}
