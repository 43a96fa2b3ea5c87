/**
 * From parameters to product units (spec §3–§5): cap → target → start and step → taper. Rounding
 * never speeds a schedule up: start, step and cap are rounded down to the dispensable unit, and a step
 * smaller than one unit becomes one unit with its interval lengthened in proportion, so the mg per day
 * of change never exceeds the sourced rate × the renal dose factor.
 */
import type { Product } from './products';
import type { ResolvedParams } from './plan-params';
import type { RenalPlanAdjustment } from './plan-renal';
import type { TaperSpec } from './plan-schedule';
import { FR_2018_MAX_MG_PER_DAY } from './plan-thresholds';
import { HARD_CEILING_MG_PER_DAY } from './regimens';
import type { Profile } from './types';
import { ceilDays, floorUnits, unitStep, type UnitStep } from './plan-units';

const EPSILON = 1e-9;

/** Above this daily dose the taper uses its larger (high-dose) step (spec §5). */
export const TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY = 80;
/** A taper's last non-zero level is at most this, or one unit where the unit is larger (spec §5). */
export const TAPER_LAST_LEVEL_MG_PER_DAY = 5;
/** The largest last taper step spec §5 allows; a larger unit gets a finding asking for a smaller product. */
export const TAPER_LAST_STEP_MAX_MG_PER_DAY = 10;
/** Coming down to the cap from a current dose above it: −15 mg/day every 2 days (ANSM 2017). */
export const COME_DOWN_STEP_MG_PER_DAY = 15;
export const COME_DOWN_INTERVAL_DAYS = 2;
/** A flexible regimen's projected target when the clinician sets none (spec §3, ANSM 2017). */
export const FLEXIBLE_DEFAULT_TARGET_MAX_MG_PER_DAY = 80;

export interface PlanCap {
  /** min(regimen cap after edits, 300). */
  regimenCapMg: number;
  /** After the fr-2018 limit (unless overridden). */
  profileCapMg: number;
  /** The fr-2018 limit was applied (not overridden). */
  profileLimited: boolean;
  /** The fr-2018 limit was lifted by its own override. */
  profileOverridden: boolean;
  /** Before rounding: × renal dose factor, or the dialysis cap. */
  rawMg: number;
  units: number;
}

export function planCap(
  params: ResolvedParams,
  profile: Profile,
  doseProfileOverride: string | null,
  renal: RenalPlanAdjustment,
  unitMg: number,
): PlanCap {
  const regimenCapMg = Math.min(params.capMgPerDay, HARD_CEILING_MG_PER_DAY);
  const aboveProfile = profile === 'fr-2018' && regimenCapMg > FR_2018_MAX_MG_PER_DAY + EPSILON;
  const profileLimited = aboveProfile && doseProfileOverride === null;
  const profileCapMg = profileLimited ? FR_2018_MAX_MG_PER_DAY : regimenCapMg;
  const rawMg =
    renal.dialysisCapMgPerDay !== null
      ? Math.min(renal.dialysisCapMgPerDay, profileCapMg)
      : profileCapMg * renal.doseFactor;
  return {
    regimenCapMg,
    profileCapMg,
    profileLimited,
    profileOverridden: aboveProfile && doseProfileOverride !== null,
    rawMg,
    units: floorUnits(rawMg, unitMg),
  };
}

/**
 * The target before the cap: the clinician's, a fixed regimen's trial dose, or for a flexible regimen
 * without an explicit target min(regimen cap, 80 mg/day) — no automatic high dose (spec §3).
 */
export function requestedTarget(
  params: ResolvedParams,
  targetEdited: boolean,
): { mg: number; projected: boolean } {
  if (params.kind === 'flexible' && !targetEdited) {
    return {
      mg: Math.min(params.targetMgPerDay, params.capMgPerDay, FLEXIBLE_DEFAULT_TARGET_MAX_MG_PER_DAY),
      projected: true,
    };
  }
  return { mg: params.targetMgPerDay, projected: false };
}

export interface EscalationUnits {
  startRawMg: number;
  startUnitsRaw: number;
  startDays: number;
  /** The renal-scaled step and interval before rounding. */
  scaledStepMg: number;
  scaledIntervalDays: number;
  step: UnitStep;
}

export function escalationUnits(
  params: ResolvedParams,
  renal: RenalPlanAdjustment,
  unitMg: number,
): EscalationUnits {
  const startRawMg = params.startMgPerDay * renal.doseFactor;
  const scaledStepMg = params.stepMgPerDay * renal.doseFactor;
  const scaledIntervalDays = ceilDays(params.stepIntervalDays * renal.intervalFactor);
  return {
    startRawMg,
    startUnitsRaw: floorUnits(startRawMg, unitMg),
    // The start period keeps its own length: the regimen's start days × the interval factor.
    startDays: ceilDays(params.startDays * renal.intervalFactor),
    scaledStepMg,
    scaledIntervalDays,
    step: unitStep(scaledStepMg, scaledIntervalDays, unitMg),
  };
}

/** The closing taper of spec §5 in units; the interval doubles in moderate/severe bands. */
export function taperSpec(params: ResolvedParams, renal: RenalPlanAdjustment, product: Product): TaperSpec {
  const unitMg = product.unitMg;
  return {
    mode: params.taperParams.mode,
    unitMg,
    stepMg: params.taperParams.stepMgPerDay,
    highDoseStepMg: params.taperParams.highDoseStepMgPerDay,
    percent: params.taperParams.percent,
    intervalDays: ceilDays(params.taperParams.intervalDays * renal.intervalFactor),
    highDoseAboveUnits: TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY / unitMg,
    highDoseFloorUnits: floorUnits(TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY, unitMg),
    lastLevelUnits: Math.max(1, floorUnits(TAPER_LAST_LEVEL_MG_PER_DAY, unitMg)),
  };
}

/** Coming down to the cap: −15 mg/day every 2 days (not the doubled interval), then the usual pace. */
export function comeDownSpec(unitMg: number): TaperSpec {
  return {
    mode: 'step',
    unitMg,
    stepMg: COME_DOWN_STEP_MG_PER_DAY,
    highDoseStepMg: COME_DOWN_STEP_MG_PER_DAY,
    percent: 0,
    intervalDays: COME_DOWN_INTERVAL_DAYS,
    highDoseAboveUnits: Number.POSITIVE_INFINITY,
    highDoseFloorUnits: 0,
    lastLevelUnits: 1,
  };
}
