/**
 * What a clinician types into the patient search, read as FHIR Patient search parameters: name words
 * in any order (each a `name` parameter, so all must match), a record number (`identifier`) and a date
 * of birth (`birthdate`). Pure: no I/O, tested on its own.
 *
 * A date is read only as yyyy-mm-dd. "03/04/1981" is April in Paris and March in Boston: guessing which
 * could open the wrong patient, so such a date is not searched and the page says how to type it.
 */

export interface PatientQuery {
  /** Name words, as typed (the server folds case and accents). */
  names: string[];
  /** Words with a digit that are not dates: record numbers. */
  identifiers: string[];
  /** yyyy-mm-dd dates of birth. */
  birthDates: string[];
  /** Date-like words that are not yyyy-mm-dd (or not a real day): not searched, shown back. */
  unreadDates: string[];
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const OTHER_DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
/** Search words are cut at this many; more words than this is not a search. */
export const MAX_SEARCH_WORDS = 6;

function isRealDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parsePatientQuery(text: string): PatientQuery {
  const query: PatientQuery = { names: [], identifiers: [], birthDates: [], unreadDates: [] };
  const words = text
    .split(/[\s,;]+/)
    .map((word) => word.trim())
    .filter((word) => word !== '')
    .slice(0, MAX_SEARCH_WORDS);
  for (const word of words) {
    if (isRealDay(word)) query.birthDates.push(word);
    else if (ISO_DAY.test(word) || OTHER_DATE.test(word)) query.unreadDates.push(word);
    else if (/\d/.test(word)) query.identifiers.push(word);
    else query.names.push(word);
  }
  return query;
}

/** True when nothing in the query can be searched (empty, or only unread dates). */
export function isEmptyQuery(query: PatientQuery): boolean {
  return query.names.length + query.identifiers.length + query.birthDates.length === 0;
}

/** The query's search parameters, in a stable order (names, record numbers, dates of birth). */
export function patientQueryParams(query: PatientQuery): [string, string][] {
  return [
    ...query.names.map((name): [string, string] => ['name', name]),
    ...query.identifiers.map((identifier): [string, string] => ['identifier', identifier]),
    ...query.birthDates.map((date): [string, string] => ['birthdate', date]),
  ];
}

/** The query as the clinician can read it back ("name Henri, name Lefèvre, born 1961-04-02"). */
export function describePatientQuery(query: PatientQuery): string {
  return [
    ...query.names.map((name) => `“${name}”`),
    ...query.identifiers.map((identifier) => `record number ${identifier}`),
    ...query.birthDates.map((date) => `born ${date}`),
  ].join(', ');
}
