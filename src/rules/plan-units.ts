/**
 * Whole product units and whole days, the arithmetic every schedule is built from. Rounding is always
 * in the slower, safer direction: doses down, days up.
 */
const EPSILON = 1e-9;

/** Whole units in `mg`, rounded down (never above what was asked for). */
export function floorUnits(mg: number, unitMg: number): number {
  return Math.floor(mg / unitMg + EPSILON);
}

export function ceilDays(days: number): number {
  return Math.ceil(days - EPSILON);
}

/** A step in whole units and the days it is held, at a rate never above the step per interval asked. */
export interface UnitStep {
  units: number;
  intervalDays: number;
  /** True when the step was smaller than one unit and the interval was lengthened instead. */
  lengthened: boolean;
}

/**
 * The rate-preserving step (spec §3, §5): whole units rounded down; when that is less than one unit,
 * one unit every ceil(interval × unit ÷ step) days, so the mg per day of change never exceeds
 * step ÷ interval.
 */
export function unitStep(stepMg: number, intervalDays: number, unitMg: number): UnitStep {
  const units = floorUnits(stepMg, unitMg);
  if (units >= 1) return { units, intervalDays, lengthened: false };
  return { units: 1, intervalDays: ceilDays((intervalDays * unitMg) / stepMg), lengthened: true };
}
