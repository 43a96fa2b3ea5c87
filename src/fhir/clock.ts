import { isDemoMode } from '../lib/config';

/**
 * The demo EHR's data is dated relative to this day, so ages, trends and "stale lab" flags look the
 * same on every run. With a real FHIR server the clinical day is the device's local date.
 */
export const DEMO_TODAY = '2026-11-20';

/** Local calendar date as ISO yyyy-mm-dd (not UTC: a late-evening visit is still "today"). */
export function localIsoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The day chart values are judged against (age, staleness): the demo day in demo mode. */
export function clinicalToday(now: Date = new Date()): string {
  return isDemoMode ? DEMO_TODAY : localIsoDate(now);
}
