/**
 * Presentation helpers for a plan's days: grouping identical consecutive days into ranges (how a
 * prescription is read) and describing a dose as tablets of the dispensed product.
 */
import type { PlanDay, Product } from '../rules';
import { screenLocale, t } from '../i18n/screen';
import { formatPlainNumber } from './format';

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

/** One dose as what is taken: mL of the solution, or a count of tablets per strength (½ = 0.5). */
export type DoseBreakdown =
  { form: 'solution'; ml: number } | { form: 'tablet'; parts: { count: number; strengthMg: number }[] };

/**
 * The one place a dose becomes tablets: a single strength may be a half (scored tablets); several
 * strengths (Baclocur) use the fewest tablets, largest first. Every text of a dose is built on it.
 */
export function doseBreakdown(mg: number, product: Product): DoseBreakdown {
  if (product.form === 'solution') return { form: 'solution', ml: mg / (product.strengthsMg[0] ?? 1) };
  if (product.strengthsMg.length === 1) {
    const strengthMg = product.strengthsMg[0] ?? product.unitMg;
    const tablets = mg / strengthMg;
    const whole = Math.floor(tablets + 1e-9);
    return { form: 'tablet', parts: [{ count: tablets - whole > 0.25 ? whole + 0.5 : whole, strengthMg }] };
  }
  const parts: { count: number; strengthMg: number }[] = [];
  let remaining = mg;
  for (const strengthMg of product.strengthsMg) {
    const count = Math.floor(remaining / strengthMg + 1e-9);
    if (count > 0) {
      parts.push({ count, strengthMg });
      remaining -= count * strengthMg;
    }
  }
  return { form: 'tablet', parts };
}

/** "½", "1½", "2": a tablet count as printed. */
export function tabletCountText(count: number): string {
  const whole = Math.floor(count + 1e-9);
  if (count - whole < 0.25) return String(whole);
  return whole === 0 ? '½' : `${whole}½`;
}

/** "½ × 10 mg", "1 × 20 mg + 1 × 10 mg", "7.5 mL" ("7,5 mL" in French) — what is taken for one dose. */
export function describeDoseAsTablets(mg: number, product: Product, locale: string = screenLocale()): string {
  if (mg <= 0) return '—';
  const dose = doseBreakdown(mg, product);
  if (dose.form === 'solution') return `${formatPlainNumber(Number(dose.ml.toFixed(1)), locale)} mL`;
  return dose.parts
    .map((part) => `${tabletCountText(part.count)} × ${formatPlainNumber(part.strengthMg, locale)} mg`)
    .join(' + ');
}

const DEFAULT_ADMINISTRATIONS = new Set(['morning', 'noon', 'evening', 'bedtime']);

/**
 * An administration's name on screen: the rules' default names (morning, noon, evening, bedtime) in the
 * screen's words; a name the prescriber typed ("1 h before high-risk time") stays as typed.
 */
export function administrationLabel(label: string): string {
  return DEFAULT_ADMINISTRATIONS.has(label) ? t(`administration.${label}`) : label;
}

/** A phase in the screen's words ("Titration", "Décroissance"). */
export function phaseLabel(phase: PlanDay['phase']): string {
  return t(`phase.${phase}`);
}

/** English phase words, for the documents until they have their own (issue 20). */
export const PHASE_LABEL: Record<PlanDay['phase'], string> = {
  titration: 'Titration',
  maintenance: 'Maintenance',
  hold: 'Hold (intolerance)',
  taper: 'Taper',
};
