/**
 * Splitting a daily total into administrations (spec §3 "Dose split"). Every administration is a whole
 * number of product units and they add up exactly to the daily total, so what the patient takes is
 * what the plan says.
 */
import { RulesInputError } from './errors';

/** Default administration labels by doses per day. */
export const DEFAULT_SPLIT_LABELS: Readonly<Record<2 | 3 | 4, readonly string[]>> = {
  2: ['morning', 'evening'],
  3: ['morning', 'noon', 'evening'],
  4: ['morning', 'noon', 'evening', 'bedtime'],
};

/**
 * Order in which leftover units are added: the evening dose first, then the later doses, then the
 * earlier ones. Baclofen's main early adverse effect is sedation, so the larger share goes where
 * drowsiness matters least and the morning dose (driving, work) stays the smallest.
 */
function remainderOrder(dosesPerDay: number): number[] {
  const evening = dosesPerDay === 2 ? 1 : 2;
  const order = [evening];
  for (let i = evening + 1; i < dosesPerDay; i++) order.push(i);
  for (let i = evening - 1; i >= 0; i--) order.push(i);
  return order;
}

const remainderOrderCache = new Map<number, number[]>();

/**
 * Split `totalMg` (rounded down to a multiple of `unitMg`) into `dosesPerDay` administrations that are
 * multiples of `unitMg` and sum exactly to the rounded total. Units are shared in proportion to
 * `splitWeights` (default equal) by largest remainder; ties go to the evening dose first (see above).
 * Administrations may be 0 mg when the total is smaller than one unit per dose; they are kept so every
 * day has the same columns.
 */
export function splitDose(
  totalMg: number,
  unitMg: number,
  dosesPerDay: number,
  splitWeights?: readonly number[],
): number[] {
  if (!Number.isFinite(unitMg) || unitMg <= 0)
    throw new RulesInputError('unitMg', 'The unit must be a positive number of mg.');
  if (!Number.isInteger(dosesPerDay) || dosesPerDay < 1 || dosesPerDay > 4) {
    throw new RulesInputError('dosesPerDay', 'Doses per day must be 2, 3 or 4.');
  }
  if (!Number.isFinite(totalMg) || totalMg < 0)
    throw new RulesInputError('totalMg', 'The daily total must be ≥ 0 mg.');
  if (
    splitWeights &&
    (splitWeights.length !== dosesPerDay || splitWeights.some((w) => !Number.isFinite(w) || w <= 0))
  ) {
    throw new RulesInputError('splitWeights', 'Split weights must be positive, one per dose.');
  }
  const units = Math.floor(totalMg / unitMg + 1e-9);
  const result = splitUnits(units, dosesPerDay, splitWeights);
  return result.map((u) => u * unitMg);
}

/** The same split in units; internal fast path for the planner (inputs already validated). */
export function splitUnits(units: number, dosesPerDay: number, splitWeights?: readonly number[]): number[] {
  let order = remainderOrderCache.get(dosesPerDay);
  if (!order) {
    order = remainderOrder(dosesPerDay);
    remainderOrderCache.set(dosesPerDay, order);
  }
  const shares: number[] = new Array<number>(dosesPerDay);
  const fractions: number[] = new Array<number>(dosesPerDay);
  let weightSum = 0;
  for (let i = 0; i < dosesPerDay; i++) weightSum += splitWeights?.[i] ?? 1;
  let assigned = 0;
  for (let i = 0; i < dosesPerDay; i++) {
    const exact = (units * (splitWeights?.[i] ?? 1)) / weightSum;
    // Plain floor: the leftover is then always between 0 and dosesPerDay, so the loop below places it all.
    const base = Math.floor(exact);
    shares[i] = base;
    fractions[i] = exact - base;
    assigned += base;
  }
  let remaining = units - assigned;
  if (remaining > 0) {
    // Largest remainder first; equal remainders in sedation order (order index breaks ties).
    const byRemainder = order.slice().sort((a, b) => {
      const diff = (fractions[b] ?? 0) - (fractions[a] ?? 0);
      return Math.abs(diff) > 1e-9 ? diff : order.indexOf(a) - order.indexOf(b);
    });
    for (const index of byRemainder) {
      if (remaining === 0) break;
      shares[index] = (shares[index] ?? 0) + 1;
      remaining--;
    }
  }
  return shares;
}
