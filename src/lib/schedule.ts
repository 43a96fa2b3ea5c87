/**
 * Presentation helpers for a plan's days: grouping identical consecutive days into ranges (how a
 * prescription is read) and describing a dose as tablets of the dispensed product.
 */
import type { PlanDay, Product } from '../rules';

export interface ScheduleRange {
  firstDay: number;
  lastDay: number;
  firstDate: string;
  lastDate: string;
  phase: PlanDay['phase'];
  totalMg: number;
  administrations: PlanDay['administrations'];
}

/** Consecutive days with the same phase and the same doses become one row. */
export function groupScheduleDays(days: readonly PlanDay[]): ScheduleRange[] {
  const ranges: ScheduleRange[] = [];
  for (const day of days) {
    const last = ranges.at(-1);
    const same =
      last &&
      last.phase === day.phase &&
      last.lastDay + 1 === day.day &&
      last.administrations.length === day.administrations.length &&
      last.administrations.every(
        (admin, index) =>
          admin.mg === day.administrations[index]?.mg && admin.label === day.administrations[index]?.label,
      );
    if (same) {
      last.lastDay = day.day;
      last.lastDate = day.date;
    } else {
      ranges.push({
        firstDay: day.day,
        lastDay: day.day,
        firstDate: day.date,
        lastDate: day.date,
        phase: day.phase,
        totalMg: day.totalMg,
        administrations: day.administrations,
      });
    }
  }
  return ranges;
}

/** "½ × 10 mg", "1 × 20 mg + 1 × 10 mg", "7.5 mL" — what the patient takes for one dose. */
export function describeDoseAsTablets(mg: number, product: Product): string {
  if (mg <= 0) return '—';
  if (product.form === 'solution') {
    const mgPerMl = product.strengthsMg[0] ?? 1;
    return `${Number((mg / mgPerMl).toFixed(1))} mL`;
  }
  if (product.strengthsMg.length === 1) {
    const strength = product.strengthsMg[0] ?? product.unitMg;
    const tablets = mg / strength;
    const whole = Math.floor(tablets + 1e-9);
    const half = tablets - whole > 0.25;
    const count = whole === 0 && half ? '½' : half ? `${whole}½` : `${whole}`;
    return `${count} × ${strength} mg`;
  }
  const parts: string[] = [];
  let remaining = mg;
  for (const strength of product.strengthsMg) {
    const count = Math.floor(remaining / strength + 1e-9);
    if (count > 0) {
      parts.push(`${count} × ${strength} mg`);
      remaining -= count * strength;
    }
  }
  return parts.join(' + ');
}

export const PHASE_LABEL: Record<PlanDay['phase'], string> = {
  titration: 'Titration',
  maintenance: 'Maintenance',
  hold: 'Hold (intolerance)',
  taper: 'Taper',
};
