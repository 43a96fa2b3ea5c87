/**
 * Dates and numbers as the PDF prints them. Dates use the planner's locale through Intl (as the
 * screen's src/lib/format.ts does) and always in UTC, because plan dates are calendar days, not
 * instants. The schedule prints the year as well: a year-long plan crosses New Year, and a pharmacist
 * reading one page must not have to guess it.
 */
import type { Product } from '../../rules';
import { describeDoseAsTablets } from '../../lib/schedule';
import { formatDate, formatNumber } from '../../lib/format';

function isoToUtcDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

const scheduleFormatters = new Map<string, Intl.DateTimeFormat>();

/** "Tue, 1 Dec 2026" (en-GB), "Tue, Dec 1, 2026" (en-US): weekday + date with year. */
export function formatScheduleDate(iso: string, locale: string): string {
  let formatter = scheduleFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    scheduleFormatters.set(locale, formatter);
  }
  return formatter.format(isoToUtcDate(iso));
}

/** A long calendar date for headings, e.g. "1 December 2026". */
export function formatLongDate(iso: string, locale: string): string {
  return formatDate(iso, locale, 'long');
}

export function formatMediumDate(iso: string, locale: string): string {
  return formatDate(iso, locale, 'medium');
}

/** The generation time (an ISO date-time) as a date and time in the locale, e.g. "1 Dec 2026, 09:30". */
export function formatGeneratedAt(isoDateTime: string, locale: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The date part (yyyy-mm-dd) of the generation time in the user's time zone, for file names. */
export function generatedIsoDate(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return /^\d{4}-\d{2}-\d{2}/.exec(isoDateTime)?.[0] ?? 'undated';
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Tablets for one dose exactly as the screen's schedule shows them ("½ × 10 mg", "7 mL"). */
export function tabletsText(mg: number, product: Product | undefined): string {
  if (!product) return '';
  return describeDoseAsTablets(mg, product);
}

/** One decimal, as on screen; "—" for a missing value. */
export function oneDecimal(value: number | undefined): string {
  return formatNumber(value, 1);
}

/** mg without float noise: 53.333… is never printed, 7.5 stays 7.5. */
export function mg(value: number): string {
  return String(Math.round(value * 100) / 100);
}
