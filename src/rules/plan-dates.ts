/**
 * Calendar arithmetic for plans. Dates are ISO yyyy-mm-dd strings handled as UTC day numbers, so a plan
 * never shifts by a day with the device's time zone or daylight saving, and no clock is read here.
 */
import { RulesInputError } from './errors';
import { shortText } from './input-guards';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Years accepted for a plan start; outside them the date is almost certainly a typing error. */
export const PLAN_YEAR_RANGE = { min: 1900, max: 2999 } as const;

/**
 * Parse an ISO yyyy-mm-dd date to a UTC day number (days since 1970-01-01).
 * Throws RulesInputError(field) for anything that is not a real calendar date (e.g. 2023-02-29).
 */
export function parseIsoDay(value: unknown, field = 'startDate'): number {
  if (typeof value !== 'string') throw new RulesInputError(field, 'The date must be given as yyyy-mm-dd.');
  const match = ISO_DATE.exec(value);
  if (!match) throw new RulesInputError(field, `"${shortText(value)}" is not a date in the form yyyy-mm-dd.`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < PLAN_YEAR_RANGE.min || year > PLAN_YEAR_RANGE.max) {
    throw new RulesInputError(
      field,
      `The year ${year} is outside ${PLAN_YEAR_RANGE.min}–${PLAN_YEAR_RANGE.max}.`,
    );
  }
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC rolls invalid dates over (Feb 30 → Mar 2); a round trip catches them.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RulesInputError(field, `"${value}" is not a real calendar date.`);
  }
  return ms / MS_PER_DAY;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * ISO yyyy-mm-dd of a UTC day number. Pure integer arithmetic (H. Hinnant's civil_from_days, the
 * proleptic Gregorian calendar JavaScript's Date also uses): a plan formats hundreds of dates, and
 * building a Date object for each was most of buildPlan's time. Years 1900–2999 (plus the plan's
 * length) always have four digits.
 */
export function formatIsoDay(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // March = 0
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}
