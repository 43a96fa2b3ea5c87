/** Dispensing totals for a plan or a part of it (what the pharmacy hands over). */
import { RulesInputError } from './errors';
import { dispenseForAdministrations, getProduct, type DispenseLine, type Product } from './products';
import type { Plan, PlanDay } from './types';

function* administrationsOf(days: readonly PlanDay[]): Generator<number> {
  for (const day of days) for (const administration of day.administrations) yield administration.mg;
}

/** Tablets per strength (or mL of solution) for a list of plan days. */
export function dispenseForDays(product: Product, days: readonly PlanDay[]): DispenseLine[] {
  return dispenseForAdministrations(product, administrationsOf(days));
}

/**
 * Tablets per strength (or mL of solution) to dispense for plan days `fromDay`..`toDay` (inclusive,
 * 1-based plan day numbers; clamped to the plan). Half tablets of a scored tablet count as halves and
 * the total is rounded up to whole tablets. Throws RulesInputError for a day range that is not one.
 */
export function dispenseForPeriod(plan: Plan, fromDay: number, toDay: number): DispenseLine[] {
  if (!Number.isInteger(fromDay) || fromDay < 1) {
    throw new RulesInputError('fromDay', 'The first day must be a plan day number (1 or more).');
  }
  if (!Number.isInteger(toDay) || toDay < fromDay) {
    throw new RulesInputError('toDay', 'The last day must be a plan day number on or after the first day.');
  }
  const productId = plan.summary?.effective?.product;
  const product = productId ? getProduct(productId) : undefined;
  if (!product) throw new RulesInputError('plan', 'This plan does not say which product it was built for.');
  // Days are consecutive from 1, so the period is a slice.
  return dispenseForDays(product, plan.days.slice(fromDay - 1, toDay));
}
