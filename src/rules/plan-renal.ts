/**
 * How a renal assessment changes a plan (spec §2.3): start, step and cap × dose factor; intervals
 * × interval factor; severe band and dialysis are hard stops unless overridden. The assessment is
 * taken as given (renal.ts computes it) but checked, and the more conservative of its factor and the
 * spec's band factor is used, so a plan can never be gentler on the kidneys than the spec.
 */
import { RulesInputError } from './errors';
import type { RenalAssessment, RenalBand } from './types';

interface BandDefaults {
  doseFactor: number;
  intervalFactor: number;
}

/** Spec §2.3. Dialysis uses the severe factor for start and step if overridden (bacloplan default). */
export const RENAL_BAND_PLAN_DEFAULTS: Readonly<Record<RenalBand, BandDefaults>> = {
  normal: { doseFactor: 1, intervalFactor: 1 },
  mild: { doseFactor: 2 / 3, intervalFactor: 1 },
  moderate: { doseFactor: 1 / 2, intervalFactor: 2 },
  severe: { doseFactor: 1 / 3, intervalFactor: 2 },
  dialysis: { doseFactor: 1 / 3, intervalFactor: 2 },
};

/** PMS-Baclofen monograph: at most 5 mg/day on dialysis. */
export const DIALYSIS_MAX_MG_PER_DAY = 5;

/** What a renal assessment does to a plan. */
export interface RenalPlanAdjustment {
  band: RenalBand | null;
  /** Applied to start dose, step size and (except on dialysis) the cap. */
  doseFactor: number;
  /** Applied to the start period, step interval and taper interval. */
  intervalFactor: number;
  hardStop: 'severe' | 'dialysis' | null;
  /** The cap replacing regimen cap × factor on dialysis. */
  dialysisCapMgPerDay: number | null;
}

const BANDS: readonly RenalBand[] = ['normal', 'mild', 'moderate', 'severe', 'dialysis'];

/** Check a renal assessment and derive the plan adjustments. Throws RulesInputError('renal.…'). */
export function renalAdjustment(renal: RenalAssessment | undefined): RenalPlanAdjustment {
  if (renal === undefined) {
    return { band: null, doseFactor: 1, intervalFactor: 1, hardStop: null, dialysisCapMgPerDay: null };
  }
  if (renal === null || typeof renal !== 'object') {
    throw new RulesInputError('renal', 'The renal assessment must be an object.');
  }
  const band = renal.band;
  if (!BANDS.includes(band)) throw new RulesInputError('renal.band', 'Unknown renal band.');
  const defaults = RENAL_BAND_PLAN_DEFAULTS[band];
  const givenFactor = renal.doseFactor;
  if (
    typeof givenFactor !== 'number' ||
    !Number.isFinite(givenFactor) ||
    givenFactor < 0 ||
    givenFactor > 1
  ) {
    throw new RulesInputError('renal.doseFactor', 'The renal dose factor must be between 0 and 1.');
  }
  if (band !== 'dialysis' && givenFactor === 0) {
    throw new RulesInputError('renal.doseFactor', 'The renal dose factor must be above 0 outside dialysis.');
  }
  const givenInterval = renal.intervalFactor;
  if (
    givenInterval !== undefined &&
    (typeof givenInterval !== 'number' ||
      !Number.isFinite(givenInterval) ||
      givenInterval < 1 ||
      givenInterval > 4)
  ) {
    throw new RulesInputError('renal.intervalFactor', 'The renal interval factor must be between 1 and 4.');
  }
  if (renal.findings !== undefined && !Array.isArray(renal.findings)) {
    throw new RulesInputError('renal.findings', 'Renal findings must be a list.');
  }
  const doseFactor = band === 'dialysis' ? defaults.doseFactor : Math.min(givenFactor, defaults.doseFactor);
  return {
    band,
    doseFactor,
    intervalFactor: Math.max(givenInterval ?? 1, defaults.intervalFactor),
    hardStop: band === 'severe' || band === 'dialysis' ? band : null,
    dialysisCapMgPerDay: band === 'dialysis' ? DIALYSIS_MAX_MG_PER_DAY : null,
  };
}

/** "2/3" rather than 0.6666666666666666 in explanations. */
export function factorText(factor: number): string {
  const known: [number, string][] = [
    [1, '1'],
    [2 / 3, '2/3'],
    [1 / 2, '1/2'],
    [1 / 3, '1/3'],
    [0, '0'],
  ];
  for (const [value, text] of known) if (Math.abs(factor - value) < 1e-9) return text;
  return String(Math.round(factor * 1000) / 1000);
}
