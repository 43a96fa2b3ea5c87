/**
 * Follow-up visits on a real FHIR engine (Medplum): the transaction bacloplan writes for a visit is
 * accepted as valid R4 (every resource checked against the StructureDefinitions), a retry creates
 * nothing twice, and the app's own search reads the same visit back.
 */
import { describe, expect, it } from 'vitest';
import type { Bundle, Observation, Resource } from '@medplum/fhirtypes';
import type { VisitRecord } from '../../../src/lib/db';
import { visitsPath } from '../../../src/fhir/queries';
import { visitToFhir, visitsFromObservations } from '../../../src/fhir/visits';
import { allOf, createFhirEngine, structureErrors } from '../../fhir-engine/engine';
import { followUpBundles } from '../../../mocks/fhir/followUps';

const RECORD: VisitRecord = {
  uuid: '9b2f3c4d-1e2f-4a5b-8c9d-0e1f2a3b4c5d',
  subjectKey: 'patient:p1',
  patientId: 'p1',
  visit: {
    date: '2026-03-02',
    doseTakenMgPerDay: 45,
    administrations: [
      { label: 'morning', mg: 10 },
      { label: 'noon', mg: 10 },
      { label: 'evening', mg: 25 },
    ],
    adherence: 'partial',
    drinksPerDay: 4,
    drinkSizeG: 10,
    heavyDrinkingDays: 3,
    cravingScore: 5,
    sideEffects: { somnolence: 'troublesome', nausea: 'mild', seizure: 'none' },
    creatinine: { value: 1.4, unit: 'mg/dL' },
  },
  plannedMgPerDay: 55,
  suggestion: { action: 'step-back', ruleId: 'visit.intolerance', accepted: true },
  medicationChanges: ['sertraline 50 mg'],
  recordedAt: '2026-03-02T10:00:00Z',
};

async function engineWithPatient() {
  const engine = createFhirEngine();
  await engine.put({ resourceType: 'Patient', id: 'p1', name: [{ family: 'Test', given: ['Visit'] }] });
  return engine;
}

describe('a follow-up visit on the FHIR engine', () => {
  it('is valid R4, created once however often it is sent, and read back as it was written', async () => {
    const engine = await engineWithPatient();
    let counter = 0;
    const bundle = visitToFhir(RECORD, {
      patientId: 'p1',
      uuid: () => `00000000-0000-4000-8000-${String((counter += 1)).padStart(12, '0')}`,
    });
    for (const entry of bundle.entry ?? []) expect(structureErrors(entry.resource as Resource)).toEqual([]);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const answer = await engine.request('POST', '', bundle);
      expect(answer.status).toBe(200);
      const statuses = ((answer.body as Bundle).entry ?? []).map((entry) => entry.response?.status ?? '');
      expect(statuses.every((status) => status.startsWith(attempt === 0 ? '201' : '200'))).toBe(true);
    }
    expect(await allOf(engine, 'Encounter')).toHaveLength(1);
    const observations = await allOf<Observation>(engine, 'Observation');
    expect(observations).toHaveLength((bundle.entry?.length ?? 0) - 1);
    for (const observation of observations) expect(structureErrors(observation)).toEqual([]);
    const search = await engine.request('GET', visitsPath('p1'));
    const found = ((search.body as Bundle).entry ?? []).map((entry) => entry.resource as Observation);
    const [read] = visitsFromObservations('p1', found);
    expect(read?.visit).toEqual(RECORD.visit);
    expect(read?.plannedMgPerDay).toBe(55);
    expect(read?.suggestion).toEqual(RECORD.suggestion);
    expect(read?.medicationChanges).toEqual(RECORD.medicationChanges);
  });

  it('keeps the drinks per day on LOINC 74013-4 and the creatinine on its LOINC code, for other systems', () => {
    const bundle = visitToFhir(RECORD, { patientId: 'p1' });
    const codes = (bundle.entry ?? []).flatMap(
      (entry) =>
        (entry.resource as Observation).code?.coding?.map((coding) => `${coding.system}|${coding.code}`) ??
        [],
    );
    expect(codes).toContain('http://loinc.org|74013-4');
    expect(codes).toContain('http://loinc.org|2160-0');
  });

  it('takes the demo follow-ups (visits and active plans) as they are seeded', async () => {
    const engine = createFhirEngine();
    for (const id of ['demo-05', 'demo-15', 'demo-25'])
      await engine.put({ resourceType: 'Patient', id, name: [{ family: id }] });
    for (const { bundle } of followUpBundles()) {
      const answer = await engine.request('POST', '', bundle);
      expect(answer.status, JSON.stringify(answer.outcome)).toBe(200);
    }
    expect(await allOf(engine, 'Encounter')).toHaveLength(12);
  });
});
