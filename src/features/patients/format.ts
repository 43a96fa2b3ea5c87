/** Display formatting for chart values: dates in words, units as clinicians write them. */
import type { CreatinineUnit } from '../../fhir/mapping';

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2026-11-02` → `2 Nov 2026` (read as a calendar date, never shifted by the time zone). */
export function formatDate(iso: string | undefined): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return 'date not recorded';
  return DATE_FORMAT.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

export function unitLabel(unit: CreatinineUnit): string {
  return unit === 'umol/L' ? 'µmol/L' : 'mg/dL';
}

/** A number as recorded, without float noise (0.1 + 0.2) and without inventing precision. */
export function formatNumber(value: number, maxDecimals = 2): string {
  return String(Number(value.toFixed(maxDecimals)));
}

export function formatAgeDays(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 60) return `${days} days ago`;
  const months = Math.round(days / 30.44);
  return months < 24 ? `${months} months ago` : `${Math.round(days / 365.25)} years ago`;
}

export function sexLabel(sex: string | undefined, recorded?: string): string {
  if (sex === 'female') return 'Female';
  if (sex === 'male') return 'Male';
  return recorded ? `Sex recorded as “${recorded}”` : 'Sex not recorded';
}
