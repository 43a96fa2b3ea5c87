import { beforeEach, describe, expect, it } from 'vitest';
import type { Bundle, Observation, Patient } from '@medplum/fhirtypes';
import { FhirStore } from './store';
import { parseDateRange, SearchError } from './search';

const BASE = 'http://ehr.test/fhir';

function patient(
  id: string,
  family: string,
  given: string,
  birthDate: string,
  gender: Patient['gender'] = 'female',
) {
  return { resourceType: 'Patient', id, name: [{ family, given: [given] }], gender, birthDate } as Patient & {
    id: string;
  };
}

function creatinine(id: string, patientId: string, date: string, code = '2160-0') {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code }] },
    subject: { reference: `Patient/${patientId}` },
    effectiveDateTime: date,
    valueQuantity: { value: 1, unit: 'mg/dL' },
  } as Observation & { id: string };
}

let store: FhirStore;
const search = (type: string, query: string) => store.search(type, new URLSearchParams(query), BASE);
const ids = (bundle: Bundle) => (bundle.entry ?? []).map((entry) => entry.resource?.id);

beforeEach(() => {
  store = new FhirStore({ now: () => new Date('2026-11-20T10:00:00Z') });
  store.seed([
    patient('p1', 'Martin', 'Claire', '1981-05-12'),
    patient('p2', 'Lefèvre', 'Henri', '1954-01-10', 'male'),
    patient('p3', 'Marchand', 'Léa', '2000-03-30'),
    patient('p4', 'Dupont-Martin', 'Anne', '1990-07-01'),
    creatinine('o1', 'p1', '2026-11-02T08:30:00Z'),
    creatinine('o2', 'p1', '2026-05-04'),
    creatinine('o3', 'p1', '2025-11-01', '14682-9'),
    creatinine('o4', 'p2', '2026-10-26', '14682-9'),
    {
      ...creatinine('o5', 'p2', '2026-10-01'),
      code: { coding: [{ system: 'http://loinc.org', code: '29463-7' }] },
    },
  ]);
});

describe('string search (name)', () => {
  it('matches the start of any name part, ignoring case and accents', () => {
    expect(ids(search('Patient', 'name=mar'))).toEqual(['p1', 'p3', 'p4']);
    expect(ids(search('Patient', 'name=LEFEVRE'))).toEqual(['p2']);
    expect(ids(search('Patient', 'name=lea'))).toEqual(['p3']);
    expect(ids(search('Patient', 'name=artin'))).toEqual([]);
  });

  it('supports :contains and :exact', () => {
    expect(ids(search('Patient', 'name:contains=artin'))).toEqual(['p1', 'p4']);
    expect(ids(search('Patient', 'name:exact=Martin'))).toEqual(['p1']);
    expect(ids(search('Patient', 'name:exact=martin'))).toEqual([]);
  });

  it('ANDs repeated parameters and ORs comma-separated values', () => {
    expect(ids(search('Patient', 'name=mar&name=claire'))).toEqual(['p1']);
    expect(ids(search('Patient', 'name=henri,lea'))).toEqual(['p2', 'p3']);
  });
});

describe('token, reference and date search', () => {
  it('matches system|code, code alone, |code and system|', () => {
    expect(ids(search('Observation', 'code=http://loinc.org|2160-0'))).toEqual(['o1', 'o2']);
    expect(ids(search('Observation', 'code=14682-9'))).toEqual(['o3', 'o4']);
    expect(ids(search('Observation', 'code=|2160-0'))).toEqual([]);
    expect(ids(search('Observation', 'code=http://loinc.org|'))).toHaveLength(5);
    expect(ids(search('Observation', 'code=http://loinc.org|2160-0,http://loinc.org|14682-9'))).toEqual([
      'o1',
      'o2',
      'o3',
      'o4',
    ]);
    expect(ids(search('Observation', 'code:not=http://loinc.org|2160-0'))).toEqual(['o3', 'o4', 'o5']);
    expect(ids(search('Patient', 'gender=male'))).toEqual(['p2']);
  });

  it('reads patient= as a bare id, Type/id or an absolute URL, with OR', () => {
    expect(ids(search('Observation', 'patient=p2'))).toEqual(['o4', 'o5']);
    expect(ids(search('Observation', 'patient=Patient/p2'))).toEqual(['o4', 'o5']);
    expect(ids(search('Observation', `subject=${BASE}/Patient/p2`))).toEqual(['o4', 'o5']);
    expect(ids(search('Observation', 'patient=p1,p2&code=14682-9'))).toEqual(['o3', 'o4']);
    expect(ids(search('Observation', 'patient=nobody'))).toEqual([]);
  });

  it('applies date prefixes to the implicit range of each value', () => {
    expect(ids(search('Observation', 'patient=p1&date=2026'))).toEqual(['o1', 'o2']);
    expect(ids(search('Observation', 'patient=p1&date=2026-11-02'))).toEqual(['o1']);
    expect(ids(search('Observation', 'patient=p1&date=ge2026-05-04'))).toEqual(['o1', 'o2']);
    expect(ids(search('Observation', 'patient=p1&date=gt2026-05-04'))).toEqual(['o1']);
    expect(ids(search('Observation', 'patient=p1&date=lt2026-05-04'))).toEqual(['o3']);
    expect(ids(search('Observation', 'patient=p1&date=le2026-05-04'))).toEqual(['o2', 'o3']);
    expect(ids(search('Observation', 'patient=p1&date=ge2026-01-01&date=lt2026-06-01'))).toEqual(['o2']);
    expect(ids(search('Observation', 'patient=p1&date=ne2026-05-04'))).toEqual(['o1', 'o3']);
    expect(ids(search('Patient', 'birthdate=lt1960'))).toEqual(['p2']);
  });

  it('parses FHIR date precisions and time zones', () => {
    expect(parseDateRange('2026-11')).toEqual({ start: Date.UTC(2026, 10, 1), end: Date.UTC(2026, 11, 1) });
    expect(parseDateRange('2026-11-02T09:30:00+01:00')?.start).toBe(Date.UTC(2026, 10, 2, 8, 30));
    expect(parseDateRange('02/11/2026')).toBeUndefined();
  });
});

describe('_id, _sort, _count and paging links', () => {
  it('finds by _id and sorts by several keys, descending with -', () => {
    expect(ids(search('Patient', '_id=p3,p1'))).toEqual(['p1', 'p3']);
    expect(ids(search('Observation', 'patient=p1&_sort=-date'))).toEqual(['o1', 'o2', 'o3']);
    expect(ids(search('Observation', 'patient=p1&_sort=date'))).toEqual(['o3', 'o2', 'o1']);
    expect(ids(search('Patient', '_sort=family'))).toEqual(['p4', 'p2', 'p3', 'p1']);
    expect(ids(search('Patient', '_sort=-birthdate'))).toEqual(['p3', 'p4', 'p1', 'p2']);
  });

  it('pages with total and self/first/next/previous/last links that reproduce the query', () => {
    const first = search('Patient', '_sort=family&_count=3');
    expect(first.total).toBe(4);
    expect(ids(first)).toEqual(['p4', 'p2', 'p3']);
    const link = (bundle: Bundle, relation: string) =>
      bundle.link?.find((item) => item.relation === relation)?.url;
    expect(link(first, 'previous')).toBeUndefined();
    const next = link(first, 'next');
    expect(next).toBe(`${BASE}/Patient?_sort=family&_count=3&_offset=3`);
    const second = search('Patient', new URL(next ?? '').search.slice(1));
    expect(ids(second)).toEqual(['p1']);
    expect(link(second, 'next')).toBeUndefined();
    expect(link(second, 'previous')).toBe(`${BASE}/Patient?_sort=family&_count=3&_offset=0`);
    expect(link(second, 'last')).toBe(`${BASE}/Patient?_sort=family&_count=3&_offset=3`);
  });

  it('returns only the total with _count=0 and caps _count at 100', () => {
    const counted = search('Patient', '_count=0');
    expect(counted.total).toBe(4);
    expect(counted.entry).toEqual([]);
    expect(search('Patient', '_count=5000').link?.[0]?.url).toContain('_count=100');
  });

  it('rejects unknown parameters, modifiers, bad values and types with a clear message', () => {
    expect(() => search('Patient', 'nmae=x')).toThrow('Unknown search parameter "nmae" for Patient.');
    expect(() => search('Patient', 'name:fuzzy=x')).toThrow(SearchError);
    expect(() => search('Observation', 'date=yesterday')).toThrow(
      '"yesterday" is not a FHIR date or dateTime.',
    );
    expect(() => search('Observation', '_count=-1')).toThrow(SearchError);
    expect(() => search('Observation', '_sort=colour')).toThrow('Cannot sort Observation by "colour"');
    expect(() => search('Procedure', '')).toThrow(expect.objectContaining({ status: 404 }));
  });
});
