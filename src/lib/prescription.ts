/**
 * The plan as a prescription: the product and strength, one step per run of identical days with the
 * dose per administration in words and figures, and the quantity to dispense per fill. One model for
 * the prescription page of the PDF and the MedicationRequests written to the chart, so paper and
 * chart say the same thing.
 *
 * Directions follow USP ⟨17⟩ (prescription container labelling): explicit times of day in words, no
 * abbreviations (no "tid", "po", "qhs"), numbers with a leading zero and without trailing zeros.
 */
import {
  dispenseForAdministrations,
  getProduct,
  type DispenseLine,
  type Plan,
  type PlanDay,
  type Product,
} from '../rules';
import { doseBreakdown, groupScheduleDays, tabletCountText } from './schedule';

/** Fill lengths a prescriber can choose (days). */
export const FILL_DAY_CHOICES = [7, 14, 28, 30, 56, 84] as const;
export const DEFAULT_FILL_DAYS = 28;

export interface PrescriptionDose {
  label: string;
  mg: number;
  /** "1½ tablets of 10 mg", "1 tablet of 40 mg and 1 tablet of 30 mg", "7.5 mL". */
  amount: string;
  /** Tablets (or mL) in this one dose, across strengths. */
  count: number;
}

export interface PrescriptionStep {
  from: string;
  to: string;
  days: number;
  phase: PlanDay['phase'];
  doses: PrescriptionDose[];
  dailyMg: number;
  /** "Take 1½ tablets (15 mg) by mouth in the morning, at noon and in the evening." */
  directions: string;
}

export interface PrescriptionFill {
  number: number;
  from: string;
  to: string;
  quantity: DispenseLine[];
}

export interface Prescription {
  product: Product;
  /** What the pharmacist dispenses, in words: "Baclofen 10 mg tablets, scored (half tablets used)". */
  productText: string;
  steps: PrescriptionStep[];
  fillDays: number;
  fills: PrescriptionFill[];
  total: DispenseLine[];
}

/** mg as printed: no trailing zeros, a leading zero below 1 ("0.5", "7.5", "10"). */
export function mgText(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded);
}

function tablets(count: number, strengthMg: number): string {
  return `${tabletCountText(count)} ${count > 1 ? 'tablets' : 'tablet'} of ${mgText(strengthMg)} mg`;
}

/** The dose as what the patient takes, and how many tablets (or mL) that is. */
export function doseAmount(mg: number, product: Product): { amount: string; count: number } {
  const dose = doseBreakdown(mg, product);
  if (dose.form === 'solution') return { amount: `${mgText(dose.ml)} mL`, count: dose.ml };
  return {
    amount: dose.parts.map((part) => tablets(part.count, part.strengthMg)).join(' and '),
    count: dose.parts.reduce((sum, part) => sum + part.count, 0),
  };
}

/** The product in a pharmacist's words. */
export function productText(product: Product): string {
  if (product.form === 'solution')
    return `Baclofen oral solution ${mgText(product.strengthsMg[0] ?? 1)} mg/mL`;
  const strengths = [...product.strengthsMg].sort((a, b) => a - b).map(mgText);
  if (product.id === 'baclocur') {
    return `Baclocur (baclofen) ${strengths.slice(0, -1).join(', ')} and ${strengths.at(-1) ?? ''} mg tablets`;
  }
  const strength = strengths[0] ?? '';
  return product.halvesTablets
    ? `Baclofen ${strength} mg tablets, scored (half tablets used)`
    : `Baclofen ${strength} mg tablets (whole tablets only)`;
}

const WHEN: Record<string, string> = {
  morning: 'in the morning',
  noon: 'at noon',
  midday: 'at noon',
  evening: 'in the evening',
  bedtime: 'at bedtime',
  night: 'at bedtime',
};

/** "in the morning", "at noon"; a label the clinician typed ("1 h before high-risk time") as typed. */
export function whenWords(label: string): string {
  return WHEN[label.trim().toLowerCase()] ?? label.trim().replace(/\b1 h\b/, '1 hour');
}

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

function amountPart(dose: PrescriptionDose, product: Product): string {
  return product.form === 'solution'
    ? `${dose.amount} (${mgText(dose.mg)} mg)`
    : `${dose.amount.replace(/ of \d+(\.\d+)? mg$/, '')} (${mgText(dose.mg)} mg)`;
}

/** Directions for one step, doses of the same size said once with all their times. */
export function stepDirections(doses: readonly PrescriptionDose[], product: Product): string {
  const groups: { dose: PrescriptionDose; times: string[] }[] = [];
  for (const dose of doses) {
    const same = groups.find((group) => group.dose.mg === dose.mg);
    if (same) same.times.push(whenWords(dose.label));
    else groups.push({ dose, times: [whenWords(dose.label)] });
  }
  // Single-strength tablets: "1½ tablets (15 mg)"; several strengths keep "1 tablet of 40 mg and …".
  const multi = product.form === 'tablet' && product.strengthsMg.length > 1;
  const parts = groups.map(({ dose, times }, index) => {
    const amount = multi ? `${dose.amount} (${mgText(dose.mg)} mg)` : amountPart(dose, product);
    return `${amount}${index === 0 ? ' by mouth' : ''} ${joinWords(times)}`;
  });
  return `Take ${groups.length > 2 ? joinWords(parts) : parts.join(', and ')}.`;
}

function stepsOf(plan: Plan, product: Product): PrescriptionStep[] {
  return groupScheduleDays(plan.days)
    .filter((range) => range.totalMg > 0)
    .map((range) => {
      const doses = range.administrations
        .filter((dose) => dose.mg > 0) // a 0 mg administration is no dose: never a line of its own
        .map((dose) => ({ label: dose.label, mg: dose.mg, ...doseAmount(dose.mg, product) }));
      return {
        from: range.firstDate,
        to: range.lastDate,
        days: range.lastDay - range.firstDay + 1,
        phase: range.phase,
        doses,
        dailyMg: range.totalMg,
        directions: stepDirections(doses, product),
      };
    });
}

/** Consecutive fills of `fillDays` dosed days each, with what each needs (the rules' tablet count). */
function fillsOf(plan: Plan, product: Product, fillDays: number): PrescriptionFill[] {
  const dosed = plan.days.filter((day) => day.totalMg > 0);
  const fills: PrescriptionFill[] = [];
  for (let start = 0; start < dosed.length; start += fillDays) {
    const slice = dosed.slice(start, start + fillDays);
    const first = slice[0];
    const last = slice.at(-1);
    if (!first || !last) continue;
    fills.push({
      number: fills.length + 1,
      from: first.date,
      to: last.date,
      quantity: dispenseForAdministrations(
        product,
        slice.flatMap((day) => day.administrations.map((dose) => dose.mg)),
      ),
    });
  }
  return fills;
}

/** Adds dispensing lines of the same strength. */
export function sumDispense(lines: readonly DispenseLine[]): DispenseLine[] {
  const sums = new Map<string, DispenseLine>();
  for (const line of lines) {
    const key = `${line.unit}|${line.strengthMg}`;
    const seen = sums.get(key);
    sums.set(key, seen ? { ...seen, count: seen.count + line.count } : { ...line });
  }
  return [...sums.values()].sort((a, b) => b.strengthMg - a.strengthMg);
}

/** The product the plan was built for, as the rules recorded it. */
export function planProduct(plan: Plan): Product | undefined {
  const productId = plan.summary?.effective?.product;
  return productId ? getProduct(productId) : undefined;
}

/**
 * The prescription of a plan, or undefined for a plan with no days or no product (nothing to
 * dispense). `product` is for plans made elsewhere that do not record theirs.
 */
export function buildPrescription(
  plan: Plan,
  fillDays = DEFAULT_FILL_DAYS,
  product = planProduct(plan),
): Prescription | undefined {
  if (!product || plan.days.length === 0) return undefined;
  const fills = fillsOf(plan, product, fillDays);
  return {
    product,
    productText: productText(product),
    steps: stepsOf(plan, product),
    fillDays,
    fills,
    total: sumDispense(fills.flatMap((fill) => fill.quantity)),
  };
}

/** "63 tablets of 10 mg", "1 tablet of 40 mg + …", "420 mL". */
export function quantityText(lines: readonly DispenseLine[]): string {
  if (lines.length === 0) return 'none';
  return lines
    .map((line) =>
      line.unit === 'mL'
        ? `${line.count} mL`
        : `${line.count} ${line.count === 1 ? 'tablet' : 'tablets'} of ${mgText(line.strengthMg)} mg`,
    )
    .join(' + ');
}
