import { describe, expect, it } from 'vitest';
import { describePatientQuery, isEmptyQuery, parsePatientQuery } from '../../../src/fhir/patientSearch';
import { patientSearchPath } from '../../../src/fhir/queries';

describe('the patient search box, read as FHIR search parameters', () => {
  it('sends every name word as its own name parameter, in any order', () => {
    expect(patientSearchPath('Henri Lefèvre')).toBe(
      'Patient?name=Henri&name=Lef%C3%A8vre&_sort=family%2Cgiven&_count=20',
    );
    expect(parsePatientQuery('  Lefevre,  Henri ').names).toEqual(['Lefevre', 'Henri']);
  });

  it('reads a word with a digit as a record number and a yyyy-mm-dd word as a date of birth', () => {
    expect(parsePatientQuery('BP-100132 Vasseur 1968-09-21')).toEqual({
      names: ['Vasseur'],
      identifiers: ['BP-100132'],
      birthDates: ['1968-09-21'],
      unreadDates: [],
    });
    expect(patientSearchPath('1968-09-21')).toBe(
      'Patient?birthdate=1968-09-21&_sort=family%2Cgiven&_count=20',
    );
  });

  it('never guesses a date typed day/month or month/day, nor an impossible day', () => {
    for (const text of ['03/04/1981', '3.4.1981', '1981-02-30', '12-05-1981']) {
      const query = parsePatientQuery(text);
      expect(query.unreadDates, text).toEqual([text]);
      expect(isEmptyQuery(query), text).toBe(true);
    }
    expect(patientSearchPath('03/04/1981')).toBe('Patient?_sort=family%2Cgiven&_count=20');
  });

  it('says back what it searched', () => {
    expect(describePatientQuery(parsePatientQuery('Martin BP-1 1981-05-12'))).toBe(
      '“Martin”, record number BP-1, born 1981-05-12',
    );
  });
});
