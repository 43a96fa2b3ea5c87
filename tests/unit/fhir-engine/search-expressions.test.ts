import { describe, expect, it } from 'vitest';
import { createFhirEngine } from '../../fhir-engine/engine';
import { ownTerms, unionTerms } from '../../fhir-engine/search-expressions';

function creatinineOrWeight(id: string, loinc: string, at: string) {
  return {
    resourceType: 'Observation' as const,
    id,
    status: 'final' as const,
    code: { coding: [{ system: 'http://loinc.org', code: loinc }] },
    subject: { reference: 'Patient/p1' },
    effectiveDateTime: at,
  };
}

describe('search expressions narrowed per resource type on the test engine', () => {
  it('splits a union at its top level only', () => {
    expect(unionTerms("(A.b as C) | D.e.where(f = 'x|y') | G.h")).toEqual([
      '(A.b as C)',
      "D.e.where(f = 'x|y')",
      'G.h',
    ]);
  });

  it('keeps the terms of the type, and the whole expression when a term does not start from a type', () => {
    createFhirEngine(); // indexes the R4 definitions the type check reads
    expect(ownTerms('Condition.code | Observation.code | Procedure.code', 'Observation')).toBe(
      'Observation.code',
    );
    expect(ownTerms('Resource.id | %resource.id', 'Observation')).toBe('Resource.id | %resource.id');
  });

  it('selects what the whole union selects: a coded, dated search answers the same records', async () => {
    const engine = createFhirEngine();
    await engine.put(creatinineOrWeight('o1', '2160-0', '2026-01-02T08:00:00Z'));
    await engine.put(creatinineOrWeight('o2', '29463-7', '2026-01-03T08:00:00Z'));
    const answer = await engine.request(
      'GET',
      'Observation?subject=Patient/p1&code=http://loinc.org|2160-0,http://loinc.org|29463-7&_sort=-date',
    );
    const ids = ((answer.body as { entry?: { resource: { id: string } }[] }).entry ?? []).map(
      (entry) => entry.resource.id,
    );
    expect(ids).toEqual(['o2', 'o1']);
  });
});
