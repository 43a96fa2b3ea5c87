import { describe, expect, it } from 'vitest';
import type { Observation } from '@medplum/fhirtypes';
import { summariseObservations } from '../../../src/fhir/mapping';

function observation(id: string, code: string, date: string, value: number, unit: string): Observation {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code }] },
    effectiveDateTime: date,
    valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
  };
}

describe('lab-reported eGFR and the weight and height variants (spec 1.2 §2.6)', () => {
  it('reads the lab eGFR beside the creatinine, newest first, never as a creatinine', () => {
    const labs = summariseObservations([
      observation('e1', '33914-3', '2021-03-31T02:43:19+00:00', 61.2, 'mL/min/{1.73_m2}'),
      observation('e2', '98979-8', '2022-01-10T08:00:00Z', 58, 'mL/min/{1.73_m2}'),
      observation('c1', '38483-4', '2022-01-10T08:00:00Z', 1.2, 'mg/dL'),
    ]);
    expect(labs.labEgfr.map((item) => [item.observationId, item.value, item.loinc])).toEqual([
      ['e2', 58, '98979-8'],
      ['e1', 61.2, '33914-3'],
    ]);
    expect(labs.creatinine.map((item) => item.observationId)).toEqual(['c1']);
  });

  it('does not use a lab eGFR whose unit is not per 1.73 m², and says why', () => {
    const labs = summariseObservations([observation('e3', '33914-3', '2020-01-01', 70, 'mL/min')]);
    expect(labs.labEgfr).toEqual([]);
    expect(labs.skipped).toEqual([
      expect.objectContaining({
        observationId: 'e3',
        what: 'lab eGFR',
        reason: expect.stringContaining('mL/min'),
      }),
    ]);
  });

  it('reads measured weight (3141-9) and measured or standing height (3137-7, 8308-9)', () => {
    const labs = summariseObservations([
      observation('w1', '3141-9', '2022-01-10', 80, 'kg'),
      observation('h1', '8308-9', '2022-01-10', 175, 'cm'),
      observation('h2', '3137-7', '2021-01-10', 1.74, 'm'),
    ]);
    expect(labs.weights.map((item) => item.value)).toEqual([80]);
    expect(labs.heights.map((item) => item.value)).toEqual([175, 174]);
  });
});
