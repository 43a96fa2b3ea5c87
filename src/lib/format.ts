/**
 * Display formatting shared by screens and documents: the same rounding everywhere a number appears,
 * written in the screen's locale unless a document gives its own ("1,4" and "12 déc. 2026" in French).
 */
import { screenLocale } from '../i18n/screen';

/** Parse an ISO yyyy-mm-dd as a calendar date (UTC) so no time zone shifts the day. */
function isoToUtcDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

/** A calendar date in the user's locale, e.g. "4 Dec 2026" (en-GB) or "Dec 4, 2026" (en-US). */
export function formatDate(
  iso: string,
  locale: string = screenLocale(),
  style: 'medium' | 'short' | 'long' = 'medium',
): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(isoToUtcDate(iso));
}

/** Weekday + date, for schedules. */
export function formatDayDate(iso: string, locale: string = screenLocale()): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(isoToUtcDate(iso));
}

/** A number with fixed decimals, never "NaN": non-finite values render as an em dash. */
export function formatNumber(
  value: number | undefined,
  decimals = 1,
  locale: string = screenLocale(),
): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: false,
  }).format(value);
}

/** A number as the clinician typed it — no zeros added ("1.2", "88"; "1,2" in French), never "NaN". */
export function formatPlainNumber(value: number | undefined, locale: string = screenLocale()): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3, useGrouping: false }).format(value);
}

/** Today's date as ISO yyyy-mm-dd in the user's time zone (the planner's default start date). */
export function todayIso(now: Date = new Date()): string {
  const year = now.getFullYear();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Whole days between two ISO dates (b − a). */
export function daysBetween(aIso: string, bIso: string): number {
  return Math.round((isoToUtcDate(bIso).getTime() - isoToUtcDate(aIso).getTime()) / 86_400_000);
}
