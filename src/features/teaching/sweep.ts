/**
 * Creatinine sweep for the what-if lab: the same patient at a range of creatinine values, each point
 * computed by the rules module (assessRenal, then buildPlan for the cap), so the chart shows exactly
 * where the bands, dose factors and caps change.
 */
import { assessRenal, buildPlan, RulesInputError, type RenalAssessment, type RenalInput } from '../../rules';
import type { CaseInputs } from './caseTypes';

export const SWEEP_RANGE_MG_DL = { min: 0.5, max: 5, step: 0.1 } as const;

export interface SweepPoint {
  creatinineMgDl: number;
  crclMlMin: number;
  egfrMlMin173: number;
  band: RenalAssessment['band'];
  decidedBy: RenalAssessment['decidedBy'];
  doseFactor: number;
  /** The plan's cap (0 when a hard stop blocks the plan). */
  capMgPerDay: number;
  blocked: boolean;
  /** The cap a specialist override would allow (severe band × 1/3). */
  capIfOverriddenMgPerDay: number;
}

/** The case's patient without dialysis (a creatinine sweep says nothing on dialysis), in mg/dL. */
export function sweepBase(renal: RenalInput): Omit<RenalInput, 'creatinine'> {
  const { creatinine: _creatinine, onDialysis: _onDialysis, ...base } = renal;
  return base;
}

const OVERRIDE_FOR_SWEEP = { reason: 'what-if: cap a specialist override would allow' };

export function sweepPoint(
  base: Omit<RenalInput, 'creatinine'>,
  creatinineMgDl: number,
  plan: Pick<CaseInputs, 'regimenId' | 'params' | 'profile' | 'startDate'>,
): SweepPoint | null {
  try {
    const renal = assessRenal({ ...base, creatinine: { value: creatinineMgDl, unit: 'mg/dL' } });
    const planInput = {
      regimenId: plan.regimenId,
      startDate: plan.startDate,
      renal,
      ...(plan.params ? { params: plan.params } : {}),
      ...(plan.profile ? { profile: plan.profile } : {}),
    };
    const built = buildPlan(planInput);
    const overridden = built.blocked ? buildPlan({ ...planInput, override: OVERRIDE_FOR_SWEEP }) : built;
    return {
      creatinineMgDl,
      crclMlMin: renal.crclMlMin,
      egfrMlMin173: renal.egfrMlMin173,
      band: renal.band,
      decidedBy: renal.decidedBy,
      doseFactor: renal.doseFactor,
      capMgPerDay: built.capMgPerDay,
      blocked: built.blocked,
      capIfOverriddenMgPerDay: overridden.capMgPerDay,
    };
  } catch (caught) {
    // e.g. a cap below one tablet unit: that point has no plan, the sweep simply skips it.
    if (caught instanceof RulesInputError) return null;
    throw caught;
  }
}

/** Creatinine values of the sweep, rounded so 0.1 steps stay exact. */
export function sweepValues(): number[] {
  const { min, max, step } = SWEEP_RANGE_MG_DL;
  const count = Math.round((max - min) / step) + 1;
  return Array.from({ length: count }, (_, index) => Math.round((min + index * step) * 10) / 10);
}

export function sweepSeries(
  base: Omit<RenalInput, 'creatinine'>,
  plan: Pick<CaseInputs, 'regimenId' | 'params' | 'profile' | 'startDate'>,
): SweepPoint[] {
  return sweepValues()
    .map((value) => sweepPoint(base, value, plan))
    .filter((point): point is SweepPoint => point !== null);
}

export interface SweepSegment {
  fromMgDl: number;
  toMgDl: number;
  band: SweepPoint['band'];
  doseFactor: number;
  capMgPerDay: number;
  blocked: boolean;
}

/** Consecutive points with the same band and cap merged: the sweep chart's table alternative. */
export function sweepSegments(points: readonly SweepPoint[]): SweepSegment[] {
  const segments: SweepSegment[] = [];
  for (const point of points) {
    const last = segments[segments.length - 1];
    if (
      last &&
      last.band === point.band &&
      last.capMgPerDay === point.capMgPerDay &&
      last.blocked === point.blocked
    ) {
      last.toMgDl = point.creatinineMgDl;
    } else {
      segments.push({
        fromMgDl: point.creatinineMgDl,
        toMgDl: point.creatinineMgDl,
        band: point.band,
        doseFactor: point.doseFactor,
        capMgPerDay: point.capMgPerDay,
        blocked: point.blocked,
      });
    }
  }
  return segments;
}
