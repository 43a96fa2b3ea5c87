/**
 * How a renal assessment changes a plan (spec §2.3): start, step and cap × dose factor; intervals
 * × interval factor; severe band and dialysis are hard stops unless overridden. The assessment comes
 * from assessRenal, but often through a URL, a saved draft or another program, so every field the plan
 * relies on is checked: its factors must be the spec's factors for its band, and the factors applied
 * are the spec's own, so a plan can never be gentler on the kidneys than the spec.
 */
import { RulesInputError } from './errors';
import { isRecord, ownValue, shortText } from './input-guards';
import type { Evidence, Finding, RenalAssessment, RenalBand, Severity } from './types';

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

/**
 * The dose factor a RenalAssessment carries for each band (spec §2.3; 0 on dialysis, where the plan is
 * capped instead). An assessment whose factor differs was not made by assessRenal.
 */
const ASSESSED_DOSE_FACTOR: Readonly<Record<RenalBand, number>> = {
  normal: 1,
  mild: 2 / 3,
  moderate: 1 / 2,
  severe: 1 / 3,
  dialysis: 0,
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
  /** The assessment's findings, checked and copied field by field, for the plan to carry. */
  findings: Finding[];
}

const BANDS: readonly RenalBand[] = ['normal', 'mild', 'moderate', 'severe', 'dialysis'];
const WEIGHT_BASES: readonly unknown[] = ['actual', 'ideal', 'adjusted'];
const DECIDED_BY: readonly unknown[] = ['cockcroft-gault', 'ckd-epi-2021', 'dialysis'];
const SEVERITIES: readonly unknown[] = [
  'hard-stop',
  'contraindicated',
  'major',
  'moderate',
  'minor',
  'compatible',
  'info',
] satisfies Severity[];
const EVIDENCE: readonly unknown[] = [
  'trial',
  'label',
  'guideline',
  'pk-study',
  'default',
] satisfies Evidence[];
const FACTOR_TOLERANCE = 1e-9;

/** The one message shape for every defect: the plan cannot trust the assessment, so recompute it. */
function invalid(field: string, what: string): RulesInputError {
  return new RulesInputError(
    field,
    `The renal assessment is not valid: ${what} — recompute it with assessRenal.`,
  );
}

function checkEstimate(renal: object, key: keyof RenalAssessment, what: string, required: boolean): void {
  const value = ownValue(renal, key);
  if (value === undefined && !required) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw invalid(`renal.${key}`, `${what} is not a number of 0 or more`);
  }
}

function checkChoice(
  renal: object,
  key: keyof RenalAssessment,
  allowed: readonly unknown[],
  required: boolean,
) {
  const value = ownValue(renal, key);
  if (value === undefined && !required) return;
  if (!allowed.includes(value)) throw invalid(`renal.${key}`, `${key} is not one of ${allowed.join(', ')}`);
}

/**
 * A finding copied field by field: the plan carries only what a Finding has, so nothing else the
 * object held (a BigInt, an Infinity, a prototype trick) can reach the plan, the PDF or a saved chart.
 */
function copyFinding(value: unknown, index: number): Finding {
  const path = `renal.findings.${index}`;
  if (!isRecord(value)) throw invalid(path, `finding ${index + 1} is not a finding`);
  const get = (key: keyof Finding) => ownValue(value, key);
  const ruleId = get('ruleId');
  const severity = get('severity');
  const evidence = get('evidence');
  const sources = get('sources');
  const title = get('title');
  const detail = get('detail');
  const action = get('action');
  const subject = get('subject');
  if (typeof ruleId !== 'string' || ruleId === '') throw invalid(path, `finding ${index + 1} has no rule id`);
  const about = `finding ${index + 1} (${shortText(ruleId, 40)})`;
  if (!SEVERITIES.includes(severity)) throw invalid(path, `${about} has no known severity`);
  if (!EVIDENCE.includes(evidence)) throw invalid(path, `${about} has no known evidence label`);
  if (typeof title !== 'string' || typeof detail !== 'string') {
    throw invalid(path, `${about} has a title or detail that is not text`);
  }
  if (action !== undefined && typeof action !== 'string')
    throw invalid(path, `${about} has an action that is not text`);
  if (subject !== undefined && typeof subject !== 'string')
    throw invalid(path, `${about} has a subject that is not text`);
  if (!Array.isArray(sources) || !sources.every((source) => typeof source === 'string')) {
    throw invalid(path, `${about} has sources that are not a list of source keys`);
  }
  return {
    ruleId,
    severity: severity as Severity,
    title,
    detail,
    ...(action === undefined ? {} : { action }),
    ...(subject === undefined ? {} : { subject }),
    evidence: evidence as Evidence,
    sources: [...(sources as string[])],
  };
}

/**
 * Check a renal assessment and derive the plan adjustments. The plan trusts nothing in it: an object
 * that assessRenal could not have produced (unknown band, a dose factor that does not match the band,
 * a number that is not one, findings that are not findings) throws RulesInputError('renal…').
 */
export function renalAdjustment(renal: unknown): RenalPlanAdjustment {
  if (renal === undefined) {
    return {
      band: null,
      doseFactor: 1,
      intervalFactor: 1,
      hardStop: null,
      dialysisCapMgPerDay: null,
      findings: [],
    };
  }
  if (!isRecord(renal)) throw invalid('renal', 'it is not an assessment object');
  const band = ownValue(renal, 'band') as RenalBand;
  if (!BANDS.includes(band)) throw invalid('renal.band', `the band is not one of ${BANDS.join(', ')}`);
  const defaults = RENAL_BAND_PLAN_DEFAULTS[band];
  const givenFactor = ownValue(renal, 'doseFactor');
  if (typeof givenFactor !== 'number' || !Number.isFinite(givenFactor)) {
    throw invalid('renal.doseFactor', 'the dose factor is not a number');
  }
  // A factor that does not match the band means the object was edited or made by hand: refuse it
  // rather than guess which of the two is right.
  if (Math.abs(givenFactor - ASSESSED_DOSE_FACTOR[band]) > FACTOR_TOLERANCE) {
    throw invalid('renal.doseFactor', `a dose factor of ${givenFactor} does not belong to the ${band} band`);
  }
  const givenInterval = ownValue(renal, 'intervalFactor');
  if (
    givenInterval !== undefined &&
    (typeof givenInterval !== 'number' ||
      !Number.isFinite(givenInterval) ||
      Math.abs(givenInterval - defaults.intervalFactor) > FACTOR_TOLERANCE)
  ) {
    throw invalid(
      'renal.intervalFactor',
      `the step interval factor of the ${band} band is ${defaults.intervalFactor}`,
    );
  }
  checkEstimate(renal, 'crclMlMin', 'the creatinine clearance', true);
  checkEstimate(renal, 'egfrMlMin173', 'the eGFR', true);
  checkEstimate(renal, 'weightUsedKg', 'the weight used', true);
  checkEstimate(renal, 'creatinineMgDl', 'the creatinine', false);
  checkEstimate(renal, 'ibwKg', 'the ideal body weight', false);
  checkEstimate(renal, 'adjustedWeightKg', 'the adjusted body weight', false);
  checkChoice(renal, 'weightBasis', WEIGHT_BASES, true);
  checkChoice(renal, 'decidedBy', DECIDED_BY, true);
  checkChoice(renal, 'bandByCrcl', BANDS, false);
  checkChoice(renal, 'bandByEgfr', BANDS, false);
  if ((band === 'dialysis') !== (ownValue(renal, 'decidedBy') === 'dialysis')) {
    throw invalid('renal.decidedBy', 'only a dialysis band is decided by dialysis');
  }
  const findings = ownValue(renal, 'findings');
  if (!Array.isArray(findings)) throw invalid('renal.findings', 'its findings are not a list');

  return {
    band,
    doseFactor: defaults.doseFactor,
    intervalFactor: defaults.intervalFactor,
    hardStop: band === 'severe' || band === 'dialysis' ? band : null,
    dialysisCapMgPerDay: band === 'dialysis' ? DIALYSIS_MAX_MG_PER_DAY : null,
    // Array.from visits the holes of a sparse list (map skips them), so a hole is refused like null.
    findings: Array.from(findings as unknown[], copyFinding),
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
