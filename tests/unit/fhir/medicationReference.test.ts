import { describe, expect, it } from 'vitest';
import type { Medication, MedicationRequest } from '@medplum/fhirtypes';
import { mapMedications, medicationReferenceId } from '../../../src/fhir/mapping';

const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';

function request(extra: Partial<MedicationRequest>): MedicationRequest {
  return {
    resourceType: 'MedicationRequest',
    id: 'r1',
    status: 'active',
    intent: 'order',
    subject: { reference: 'Patient/p1' },
    ...extra,
  };
}

const carbamazepine: Medication = {
  resourceType: 'Medication',
  id: 'm1',
  code: { coding: [{ system: RXNORM, code: '308971', display: 'Carbamazepine[Tegretol]' }] },
};

describe('medicationReference', () => {
  it('reads the Medication the request points to (relative, absolute, versioned)', () => {
    for (const reference of [
      'Medication/m1',
      'https://ehr.example.org/fhir/Medication/m1',
      'Medication/m1/_history/3',
    ]) {
      expect(medicationReferenceId(reference)).toBe('m1');
      const [medication] = mapMedications(
        [],
        [request({ medicationReference: { reference } })],
        [carbamazepine],
      );
      expect(medication).toMatchObject({ name: 'Carbamazepine[Tegretol]', rxnorm: '308971' });
    }
  });

  it('reads a contained Medication', () => {
    const [medication] = mapMedications(
      [],
      [
        request({
          contained: [{ ...carbamazepine, id: 'product' }],
          medicationReference: { reference: '#product' },
        }),
      ],
    );
    expect(medication).toMatchObject({ name: 'Carbamazepine[Tegretol]', rxnorm: '308971' });
  });

  it('keeps a product it cannot read, named as such (so it is "not checked", never dropped)', () => {
    const [unread] = mapMedications([], [request({ medicationReference: { reference: 'Medication/gone' } })]);
    expect(unread?.name).toBe('Medication not readable from the chart (Medication/gone)');
    const [withDisplay] = mapMedications(
      [],
      [request({ medicationReference: { reference: 'Medication/gone', display: 'Valium 5 mg' } })],
    );
    expect(withDisplay?.name).toBe('Valium 5 mg');
  });
});
