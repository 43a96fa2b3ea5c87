import { beforeEach, describe, expect, it } from 'vitest';
import type { Bundle, CarePlan, MedicationRequest, Patient } from '@medplum/fhirtypes';
import { FhirStore } from './store';

let store: FhirStore;

beforeEach(() => {
  store = new FhirStore({ now: () => new Date('2026-11-20T10:00:00Z') });
  store.seed([{ resourceType: 'Patient', id: 'p1', name: [{ family: 'Martin' }] }]);
});

function transaction(planId: string, patient = 'Patient/p1'): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: 'urn:uuid:11111111-1111-4111-8111-111111111111',
        resource: {
          resourceType: 'CarePlan',
          status: 'active',
          intent: 'plan',
          subject: { reference: patient },
          identifier: [{ system: 'urn:plan', value: planId }],
          activity: [{ reference: { reference: 'urn:uuid:22222222-2222-4222-8222-222222222222' } }],
        } as CarePlan,
        request: { method: 'POST', url: 'CarePlan', ifNoneExist: `identifier=urn:plan|${planId}` },
      },
      {
        fullUrl: 'urn:uuid:22222222-2222-4222-8222-222222222222',
        resource: {
          resourceType: 'MedicationRequest',
          status: 'active',
          intent: 'plan',
          subject: { reference: patient },
          medicationCodeableConcept: { text: 'baclofen' },
          basedOn: [{ reference: 'urn:uuid:11111111-1111-4111-8111-111111111111' }],
          identifier: [{ system: 'urn:plan', value: `${planId}/titration` }],
        } as MedicationRequest,
        request: {
          method: 'POST',
          url: 'MedicationRequest',
          ifNoneExist: `identifier=urn:plan|${planId}/titration`,
        },
      },
    ],
  };
}

describe('FhirStore', () => {
  it('reads by id and answers 404 for an unknown id or type', () => {
    expect((store.read('Patient', 'p1') as Patient).name?.[0]?.family).toBe('Martin');
    expect(() => store.read('Patient', 'nope')).toThrow(
      expect.objectContaining({ status: 404, code: 'not-found' }),
    );
    expect(() => store.read('Spaceship', '1')).toThrow(expect.objectContaining({ status: 404 }));
  });

  it('creates with a server-assigned id, version and timestamp, and checks references and required elements', () => {
    const { resource, created } = store.create({
      resourceType: 'CarePlan',
      id: 'client-chosen',
      status: 'active',
      intent: 'plan',
      subject: { reference: 'Patient/p1' },
    } as CarePlan);
    expect(created).toBe(true);
    expect(resource.id).not.toBe('client-chosen');
    expect(resource.meta).toEqual({ versionId: '1', lastUpdated: '2026-11-20T10:00:00.000Z' });
    expect(() =>
      store.create({
        resourceType: 'CarePlan',
        status: 'active',
        intent: 'plan',
        subject: { reference: 'Patient/ghost' },
      } as CarePlan),
    ).toThrow('CarePlan.subject refers to Patient/ghost, which does not exist.');
    expect(() =>
      store.create({
        resourceType: 'MedicationRequest',
        status: 'active',
        intent: 'plan',
        subject: { reference: 'Patient/p1' },
      } as MedicationRequest),
    ).toThrow('MedicationRequest needs medication[x].');
  });

  it('runs a transaction atomically, resolving urn:uuid references to the new ids', () => {
    const response = store.transaction(transaction('plan-a'));
    expect(response.type).toBe('transaction-response');
    expect(response.entry?.map((entry) => entry.response?.status)).toEqual(['201 Created', '201 Created']);
    const [carePlan] = store.all('CarePlan') as CarePlan[];
    const [request] = store.all('MedicationRequest') as MedicationRequest[];
    expect(carePlan?.activity?.[0]?.reference?.reference).toBe(`MedicationRequest/${request?.id}`);
    expect(request?.basedOn?.[0]?.reference).toBe(`CarePlan/${carePlan?.id}`);
    expect(response.entry?.[0]?.response?.location).toBe(`CarePlan/${carePlan?.id}/_history/1`);
  });

  it('does not duplicate a retried transaction (ifNoneExist) and stores nothing when one entry fails', () => {
    store.transaction(transaction('plan-a'));
    const retry = store.transaction(transaction('plan-a'));
    expect(retry.entry?.map((entry) => entry.response?.status)).toEqual(['200 OK', '200 OK']);
    expect(store.all('CarePlan')).toHaveLength(1);
    expect(() => store.transaction(transaction('plan-b', 'Patient/ghost'))).toThrow('does not exist');
    expect(store.all('CarePlan')).toHaveLength(1);
    expect(store.all('MedicationRequest')).toHaveLength(1);
  });

  it('describes itself in a CapabilityStatement', () => {
    const statement = store.capabilityStatement();
    expect(statement.fhirVersion).toBe('4.0.1');
    const observation = statement.rest?.[0]?.resource?.find((resource) => resource.type === 'Observation');
    expect(observation?.searchParam?.map((param) => param.name)).toEqual(
      expect.arrayContaining(['patient', 'code', 'date']),
    );
  });
});
