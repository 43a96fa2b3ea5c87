/**
 * Renal rules as data (clinical spec §2): formula constants, input limits, the band table, finding
 * rules and the spec's worked examples. Each row carries its id, evidence label and sources so the
 * citation, the number and the test case live together (kcrt/med style). `renal.ts` applies them.
 */
import type { Evidence, RenalBand, Severity, Sex } from './types';

/** µmol/L per mg/dL of creatinine (molar mass 113.12 g/mol). Spec §2.1. */
export const CREATININE_UMOL_PER_MG_DL = 88.4;

export type NumericRenalBand = Exclude<RenalBand, 'dialysis'>;

/** A formula or decision step that an `ExplainStep` can point at. */
export interface RenalFormulaRule {
  id: string;
  label: string;
  formula: string;
  unit?: string;
  evidence: Evidence;
  sources: string[];
}

export const RENAL_FORMULAS = {
  unitConversion: {
    id: 'renal.creatinine-unit-conversion',
    label: 'Serum creatinine in mg/dL',
    formula: 'SCr (mg/dL) = SCr (µmol/L) ÷ 88.4',
    unit: 'mg/dL',
    evidence: 'guideline',
    sources: ['inker-2021'],
  },
  idealBodyWeight: {
    id: 'renal.ideal-body-weight-devine',
    label: 'Ideal body weight (Devine)',
    formula: 'IBW = 50 kg (male) or 45.5 kg (female) + 2.3 kg × (height in inches − 60); 1 in = 2.54 cm',
    unit: 'kg',
    evidence: 'pk-study',
    sources: ['devine-1974'],
  },
  adjustedBodyWeight: {
    id: 'renal.adjusted-body-weight',
    label: 'Adjusted body weight',
    formula: 'AdjBW = IBW + 0.4 × (actual weight − IBW)',
    unit: 'kg',
    evidence: 'pk-study',
    sources: ['clincalc-weight'],
  },
  weightBasis: {
    id: 'renal.weight-basis',
    label: 'Weight used for Cockcroft–Gault',
    formula:
      'height unknown → actual; actual ≤ IBW → actual; IBW < actual ≤ 1.2 × IBW → IBW; actual > 1.2 × IBW → adjusted (or the clinician’s choice)',
    unit: 'kg',
    evidence: 'default',
    sources: ['clincalc-weight'],
  },
  cockcroftGault: {
    id: 'renal.cockcroft-gault',
    label: 'Creatinine clearance (Cockcroft–Gault)',
    formula: 'CrCl = (140 − age) × weight / (72 × SCr mg/dL), × 0.85 if female',
    unit: 'mL/min',
    evidence: 'pk-study',
    sources: ['cockcroft-gault-1976'],
  },
  ckdEpi2021: {
    id: 'renal.ckd-epi-2021',
    label: 'eGFR (CKD-EPI 2021, race-free)',
    formula:
      'eGFR = 142 × min(SCr/κ, 1)^α × max(SCr/κ, 1)^−1.200 × 0.9938^age × 1.012 if female; κ = 0.7 (F) / 0.9 (M), α = −0.241 (F) / −0.302 (M)',
    unit: 'mL/min/1.73 m²',
    evidence: 'guideline',
    sources: ['inker-2021'],
  },
  bandByCrcl: {
    id: 'renal.band-by-crcl',
    label: 'Renal band from CrCl',
    formula:
      'normal > 80; mild > 50 to ≤ 80; moderate > 30 to ≤ 50; severe ≤ 30 mL/min (boundary → safer band)',
    evidence: 'pk-study',
    sources: ['vlavonou-2014', 'bacloplan-default'],
  },
  bandByEgfr: {
    id: 'renal.band-by-egfr',
    label: 'Renal band from eGFR',
    formula:
      'normal > 90; mild > 60 to ≤ 90; moderate > 30 to ≤ 60; severe ≤ 30 mL/min/1.73 m² (boundary → safer band)',
    evidence: 'guideline',
    sources: ['wolf-2018', 'bacloplan-default'],
  },
  bandChosen: {
    id: 'renal.band-chosen',
    label: 'Renal band used',
    formula: 'on dialysis → dialysis; otherwise the more conservative of the CrCl band and the eGFR band',
    evidence: 'default',
    sources: ['bacloplan-default'],
  },
  doseFactor: {
    id: 'renal.dose-factor',
    label: 'Renal dose factor',
    formula:
      'normal 1; mild 2/3; moderate 1/2; severe 1/3 (applied to start dose, step size and daily cap); dialysis 0 (override: max 5 mg/day)',
    evidence: 'pk-study',
    sources: ['vlavonou-2014', 'pms-baclofen'],
  },
  intervalFactor: {
    id: 'renal.interval-factor',
    label: 'Step interval factor',
    formula: 'moderate, severe and dialysis: step interval × 2; otherwise × 1',
    evidence: 'default',
    sources: ['bacloplan-default'],
  },
  steadyState: {
    id: 'renal.steady-state-kdigo',
    label: 'Is creatinine in a steady state? (KDIGO 2012 AKI criteria)',
    formula:
      'not steady when current − previous ≥ 0.3 mg/dL within 48 h, or current ≥ 1.5 × previous within 7 days (168 h); compared in mg/dL',
    evidence: 'guideline',
    sources: ['kdigo-2012'],
  },
} satisfies Record<string, RenalFormulaRule>;

/** Coefficients of the formulas above, kept as data so teaching mode can show them. */
export const COCKCROFT_GAULT = { ageFromYears: 140, divisor: 72, femaleFactor: 0.85 } as const;

export const CKD_EPI_2021 = {
  coefficient: 142,
  kappa: { female: 0.7, male: 0.9 } satisfies Record<Sex, number>,
  alpha: { female: -0.241, male: -0.302 } satisfies Record<Sex, number>,
  exponentAboveKappa: -1.2,
  ageBase: 0.9938,
  femaleFactor: 1.012,
} as const;

export const DEVINE_IBW = {
  baseKg: { female: 45.5, male: 50 } satisfies Record<Sex, number>,
  kgPerInch: 2.3,
  fromInches: 60,
  cmPerInch: 2.54,
  /**
   * Devine is defined from 60 in (152.4 cm) only (spec §2.1, ruleset 1.2, bacloplan default): below
   * it no ideal or adjusted weight is computed, the automatic basis is actual weight, and choosing
   * ideal or adjusted weight is an input error on `weightBasis`.
   */
  definedFromCm: 152.4,
} as const;

export const ADJUSTED_WEIGHT = {
  /** Fraction of the excess over IBW that counts. */
  excessFraction: 0.4,
  /** Above this multiple of IBW the adjusted weight is used (spec §2.2). */
  obeseAboveIbwRatio: 1.2,
} as const;

/** An inclusive numeric range for an input; outside it the input is an error, not a number. */
export interface RenalInputRange {
  min: number;
  max: number;
  unit: string;
  label: string;
  why: string;
  evidence: Evidence;
  sources: string[];
}

/** A creatinine limit bacloplan adds beyond the spec (each one a labelled default). */
export interface CreatinineDefaultLimit {
  /** Stable id, listed in README "Rules added beyond the spec". */
  id: string;
  why: string;
  evidence: Evidence;
  sources: string[];
}

/** Creatinine checks of spec §2.4, plus bacloplan's lower limits. */
export interface RenalCreatinineLimits {
  /** Creatinine must be strictly greater than this. */
  aboveExclusive: number;
  /**
   * Below this value, in the unit entered, a creatinine is physiologically impossible: an input error,
   * never a number. Per unit so the boundary is exact in the unit the clinician typed.
   */
  implausiblyLowBelow: CreatinineDefaultLimit & { readonly 'mg/dL': number; readonly 'umol/L': number };
  /** A value entered in mg/dL above this is almost certainly µmol/L: warn, never convert silently. */
  suspectMgDlAbove: number;
  /** A value entered in µmol/L below this is almost certainly mg/dL: warn, never convert silently. */
  suspectUmolLBelow: number;
  /** A value entered in mg/dL below this (but above the error limit) is implausibly low: warn. */
  lowMgDlBelow: number;
  /** The same limit in µmol/L (0.1 mg/dL × 88.4), so the boundary is exact in the unit entered. */
  lowUmolLBelow: number;
  units: readonly ('mg/dL' | 'umol/L')[];
  evidence: Evidence;
  sources: string[];
}

/** Limits of the earlier creatinine of the steady-state check (spec §2.4, ruleset 1.2). */
export interface PreviousCreatinineLimits {
  /** Hours before the current result: strictly more than this. */
  hoursBeforeAboveExclusive: number;
  /** Hours before the current result: at most this. */
  hoursBeforeMax: number;
  why: string;
  evidence: Evidence;
  sources: string[];
}

/** Input limits of spec §2.4 ("implausible inputs are errors, not numbers"). Both ends are valid. */
export const RENAL_INPUT_LIMITS: {
  readonly ageYears: RenalInputRange;
  readonly weightKg: RenalInputRange;
  readonly heightCm: RenalInputRange;
  readonly creatinine: RenalCreatinineLimits;
  readonly previousCreatinine: PreviousCreatinineLimits;
} = {
  ageYears: {
    min: 18,
    max: 120,
    unit: 'years',
    label: 'Age',
    why: 'this is an adult tool',
    evidence: 'default',
    sources: ['bacloplan-default'],
  },
  weightKg: {
    min: 25,
    max: 350,
    unit: 'kg',
    label: 'Weight',
    why: 'outside this range the value is almost certainly a typing or unit error',
    evidence: 'default',
    sources: ['bacloplan-default'],
  },
  heightCm: {
    min: 100,
    max: 250,
    unit: 'cm',
    label: 'Height',
    why: 'outside this range the value is almost certainly a typing or unit error',
    evidence: 'default',
    sources: ['bacloplan-default'],
  },
  creatinine: {
    aboveExclusive: 0,
    /*
     * Spec §2.4 (ruleset 1.2): 0.01 mg/dL (0.884 µmol/L) is about a hundredth of a normal adult value:
     * no living patient has it, and smaller values drive Cockcroft–Gault towards infinity (5e-324 gave
     * CrCl = Infinity). Values below 20 µmol/L raise the unit question (`renal.unit-unconfirmed`), and
     * 0.01 to 0.1 mg/dL a major warning (`renal.creatinine-low-suspect`).
     */
    implausiblyLowBelow: {
      id: 'renal.creatinine-lower-limit',
      'mg/dL': 0.01,
      'umol/L': 0.884,
      why: 'no adult has a serum creatinine this low; the value or its unit is wrong',
      evidence: 'default',
      sources: ['bacloplan-default'],
    },
    suspectMgDlAbove: 20,
    suspectUmolLBelow: 20,
    lowMgDlBelow: 0.1,
    lowUmolLBelow: 8.84,
    units: ['mg/dL', 'umol/L'],
    evidence: 'default',
    sources: ['bacloplan-default'],
  },
  previousCreatinine: {
    hoursBeforeAboveExclusive: 0,
    /*
     * Not in the spec, which only asks how many hours before: a result older than a year says nothing
     * about today's steady state (the KDIGO windows are 48 h and 7 days), and a larger number is more
     * likely minutes or a date typed into the wrong field.
     */
    hoursBeforeMax: 8760,
    why: 'the steady-state check compares results up to 7 days apart; an older result says nothing about it',
    evidence: 'default',
    sources: ['bacloplan-default'],
  },
};

/** The steady-state check's thresholds (see `KDIGO_STEADY_STATE`). */
export interface SteadyStateRule {
  id: string;
  /** mg/dL rise that counts when the earlier result is at most `riseWithinHours` old. */
  riseMgDl: number;
  riseWithinHours: number;
  /** current ÷ previous that counts when the earlier result is at most `ratioWithinHours` old. */
  ratio: number;
  ratioWithinHours: number;
  tolerance: number;
  evidence: Evidence;
  sources: readonly string[];
}

/**
 * KDIGO 2012 AKI criteria used as the steady-state check (spec §2.4, ruleset 1.2). Compared in mg/dL
 * after conversion, so a rise of 27 µmol/L (0.305 mg/dL) counts and 26 µmol/L (0.294 mg/dL) does not.
 * Both windows are inclusive ("within").
 */
export const KDIGO_STEADY_STATE: Readonly<SteadyStateRule> = {
  id: 'renal.steady-state-kdigo',
  riseMgDl: 0.3,
  riseWithinHours: 48,
  ratio: 1.5,
  ratioWithinHours: 168,
  /*
   * Float noise only, not clinical rounding: 1.2 − 0.9 is 0.29999999999999993 and 1.2 / 0.8 is
   * 1.4999999999999998 in IEEE doubles, and both are exactly on the KDIGO threshold.
   */
  tolerance: 1e-9,
  evidence: 'guideline',
  sources: ['kdigo-2012'],
};

/** Band limits: a value belongs to the band when it is > aboveExclusive and ≤ atMostInclusive. */
export interface RenalBandRange {
  /** null: no lower limit. */
  aboveExclusive: number | null;
  /** null: no upper limit. */
  atMostInclusive: number | null;
}

export interface RenalBandRule {
  id: RenalBand;
  label: string;
  /** Cockcroft–Gault CrCl range in mL/min; null for dialysis (decided by status, not a number). */
  crclMlMin: RenalBandRange | null;
  /** CKD-EPI 2021 eGFR range in mL/min/1.73 m²; null for dialysis. */
  egfrMlMin173: RenalBandRange | null;
  /** Multiplies start dose, step size and daily cap. */
  doseFactor: number;
  doseFactorText: string;
  /** Multiplies the step interval (escalation and taper). */
  intervalFactor: number;
  intervalFactorEvidence: Evidence;
  hardStop: boolean;
  /** Highest daily dose if a specialist overrides the hard stop (dialysis only). */
  overrideMaxMgPerDay?: number;
  effect: string;
  evidence: Evidence;
  sources: string[];
}

/**
 * Spec §2.3, least to most conservative. Boundaries fall into the safer band (bacloplan default):
 * CrCl 80 → mild, 50 → moderate, 30 → severe; eGFR 90 → mild, 60 → moderate, 30 → severe.
 */
export const RENAL_BANDS: readonly RenalBandRule[] = [
  {
    id: 'normal',
    label: 'Normal renal function',
    crclMlMin: { aboveExclusive: 80, atMostInclusive: null },
    egfrMlMin173: { aboveExclusive: 90, atMostInclusive: null },
    doseFactor: 1,
    doseFactorText: '1',
    intervalFactor: 1,
    intervalFactorEvidence: 'default',
    hardStop: false,
    effect: 'no renal adjustment',
    evidence: 'pk-study',
    sources: ['vlavonou-2014', 'wolf-2018'],
  },
  {
    id: 'mild',
    label: 'Mild renal impairment',
    crclMlMin: { aboveExclusive: 50, atMostInclusive: 80 },
    egfrMlMin173: { aboveExclusive: 60, atMostInclusive: 90 },
    doseFactor: 2 / 3,
    doseFactorText: '2/3',
    intervalFactor: 1,
    intervalFactorEvidence: 'default',
    hardStop: false,
    effect: 'start dose, step size and daily cap × 2/3',
    evidence: 'pk-study',
    sources: ['vlavonou-2014', 'wolf-2018', 'bacloplan-default'],
  },
  {
    id: 'moderate',
    label: 'Moderate renal impairment',
    crclMlMin: { aboveExclusive: 30, atMostInclusive: 50 },
    egfrMlMin173: { aboveExclusive: 30, atMostInclusive: 60 },
    doseFactor: 1 / 2,
    doseFactorText: '1/2',
    intervalFactor: 2,
    intervalFactorEvidence: 'default',
    hardStop: false,
    effect: 'start dose, step size and daily cap × 1/2; step interval doubled',
    evidence: 'pk-study',
    sources: ['vlavonou-2014', 'wolf-2018', 'bacloplan-default'],
  },
  {
    id: 'severe',
    label: 'Severe renal impairment',
    crclMlMin: { aboveExclusive: null, atMostInclusive: 30 },
    egfrMlMin173: { aboveExclusive: null, atMostInclusive: 30 },
    doseFactor: 1 / 3,
    doseFactorText: '1/3',
    intervalFactor: 2,
    intervalFactorEvidence: 'default',
    hardStop: true,
    effect: 'hard stop; if overridden: start dose, step size and daily cap × 1/3, step interval doubled',
    evidence: 'pk-study',
    sources: ['vlavonou-2014', 'wolf-2018', 'bacloplan-default'],
  },
  {
    id: 'dialysis',
    label: 'On dialysis',
    crclMlMin: null,
    egfrMlMin173: null,
    doseFactor: 0,
    doseFactorText: '0',
    intervalFactor: 2,
    intervalFactorEvidence: 'default',
    hardStop: true,
    overrideMaxMgPerDay: 5,
    effect: 'hard stop; if overridden: max 5 mg/day',
    evidence: 'label',
    sources: ['pms-baclofen', 'brvar-2007'],
  },
];

/** A finding the renal check can raise; the text is filled in by `renal.ts`. */
export interface RenalFindingRule {
  id: string;
  severity: Severity;
  when: string;
  evidence: Evidence;
  sources: string[];
}

/** Spec §2.2 and §2.4. */
export const RENAL_FINDING_RULES = {
  severeHardStop: {
    id: 'renal.severe-hard-stop',
    severity: 'hard-stop',
    when: 'band is severe (CrCl ≤ 30 mL/min or eGFR ≤ 30 mL/min/1.73 m²)',
    evidence: 'guideline',
    sources: ['wolf-2018', 'vlavonou-2014'],
  },
  dialysisHardStop: {
    id: 'renal.dialysis-hard-stop',
    severity: 'hard-stop',
    when: 'patient on dialysis',
    evidence: 'label',
    sources: ['pms-baclofen', 'wolf-2018', 'brvar-2007'],
  },
  beersElderly: {
    id: 'renal.beers-elderly',
    severity: 'major',
    when: 'age ≥ 65 years and eGFR < 60 mL/min/1.73 m²',
    evidence: 'guideline',
    sources: ['beers-2023', 'muanda-2019'],
  },
  /*
   * The same finding (same id, so it is shown once) when Cockcroft–Gault CrCl < 60 mL/min but eGFR is
   * ≥ 60 (spec §2.4, ruleset 1.2): "`default`, conservative; Beers itself says eGFR". The trigger is
   * bacloplan's, so the label is `default` (never dressed up as evidence); Beers and Muanda stay in the
   * sources for the advice itself.
   */
  beersElderlyByCrcl: {
    id: 'renal.beers-elderly',
    severity: 'major',
    when: 'age ≥ 65 years, eGFR ≥ 60 and Cockcroft–Gault CrCl < 60 mL/min (bacloplan default extension)',
    evidence: 'default',
    sources: ['beers-2023', 'muanda-2019', 'bacloplan-default'],
  },
  recheckCreatinine: {
    id: 'renal.recheck-creatinine',
    severity: 'info',
    when: 'band is mild, moderate or severe (not normal, not dialysis)',
    evidence: 'default',
    sources: ['bacloplan-default'],
  },
  /* Replaces the creatinine recheck on dialysis, where creatinine says nothing about dosing. */
  dialysisTiming: {
    id: 'renal.dialysis-timing',
    severity: 'info',
    when: 'patient on dialysis',
    evidence: 'pk-study',
    sources: ['brvar-2007'],
  },
  heightMissing: {
    id: 'renal.height-missing',
    severity: 'info',
    when: 'height not given (actual weight used)',
    evidence: 'default',
    sources: ['clincalc-weight'],
  },
  heightBelowDevine: {
    id: 'renal.height-below-devine',
    severity: 'info',
    when: 'height under 152.4 cm (60 in): Devine ideal body weight not defined, actual weight used',
    evidence: 'default',
    sources: ['bacloplan-default', 'devine-1974'],
  },
  notSteadyState: {
    id: 'renal.not-steady-state',
    severity: 'major',
    when: 'creatinine rose ≥ 0.3 mg/dL within 48 h, or to ≥ 1.5 × the previous value within 7 days',
    evidence: 'guideline',
    sources: ['kdigo-2012'],
  },
  /*
   * The unit question (spec §2.4, ruleset 1.2), asked before anything else. A hard stop because every
   * renal number rests on the creatinine: mg/dL typed as µmol/L (15 for 15 mg/dL) makes failing
   * kidneys look normal, and µmol/L typed as mg/dL makes normal kidneys look like a hard stop. It is
   * answered only by `creatinine.unitConfirmed: true` or by changing the unit, never by an override.
   * Replaces `renal.creatinine-unit-suspect` (mg/dL > 20) and `renal.creatinine-umol-unit-suspect`
   * (µmol/L < 20), both major, of ruleset 1.1.
   */
  unitUnconfirmed: {
    id: 'renal.unit-unconfirmed',
    severity: 'hard-stop',
    when: 'creatinine entered in mg/dL is > 20, or in µmol/L is < 20, and the unit is not confirmed',
    evidence: 'default',
    sources: ['bacloplan-default'],
  },
  /* A record of the clinician's answer, so the plan and the PDF show that the unit was confirmed. */
  unitConfirmed: {
    id: 'renal.unit-confirmed',
    severity: 'info',
    when: 'the unit question applied and the clinician confirmed the unit as entered',
    evidence: 'default',
    sources: ['bacloplan-default'],
  },
  /*
   * Spec §2.4 (ruleset 1.2): 0.01 to 0.1 mg/dL (0.884 to 8.84 µmol/L) is below any plausible adult
   * value; below 0.01 mg/dL the value is an input error (`renal.creatinine-lower-limit`).
   */
  creatinineLowSuspect: {
    id: 'renal.creatinine-low-suspect',
    severity: 'major',
    when: 'creatinine is 0.01 to < 0.1 mg/dL (0.884 to < 8.84 µmol/L) and no unit question is open',
    evidence: 'default',
    sources: ['bacloplan-default'],
  },
} satisfies Record<string, RenalFindingRule>;

/** Rule id of the unit question: a plan must not be built, nor an override offered, while it is open. */
export const UNIT_QUESTION_RULE_ID = 'renal.unit-unconfirmed';

/** A worked example from spec §2.5 (reproduced by the tests to 0.1). */
export interface RenalWorkedExample {
  patient: string;
  input: {
    ageYears: number;
    sex: Sex;
    weightKg: number;
    heightCm?: number;
    creatinine: { value: number; unit: 'mg/dL' | 'umol/L' };
  };
  crclMlMin: number;
  egfrMlMin173: number;
  band: NumericRenalBand;
  weightUsedKg: number;
  ibwKg?: number;
  note?: string;
}

export const RENAL_WORKED_EXAMPLES: readonly RenalWorkedExample[] = [
  {
    patient: 'M 60 y, 80 kg, SCr 1.2 mg/dL, no height',
    input: { ageYears: 60, sex: 'male', weightKg: 80, creatinine: { value: 1.2, unit: 'mg/dL' } },
    crclMlMin: 74.1,
    egfrMlMin173: 69.2,
    band: 'mild',
    weightUsedKg: 80,
  },
  {
    patient: 'F 45 y, 60 kg, SCr 0.8 mg/dL, no height',
    input: { ageYears: 45, sex: 'female', weightKg: 60, creatinine: { value: 0.8, unit: 'mg/dL' } },
    crclMlMin: 84.1,
    egfrMlMin173: 92.5,
    band: 'normal',
    weightUsedKg: 60,
  },
  {
    patient: 'M 72 y, 70 kg, SCr 150 µmol/L, no height',
    input: { ageYears: 72, sex: 'male', weightKg: 70, creatinine: { value: 150, unit: 'umol/L' } },
    crclMlMin: 39.0,
    egfrMlMin173: 42.4,
    band: 'moderate',
    weightUsedKg: 70,
    note: 'Beers warning (age ≥ 65, eGFR < 60)',
  },
  {
    patient: 'F 80 y, 55 kg, SCr 1.4 mg/dL, no height',
    input: { ageYears: 80, sex: 'female', weightKg: 55, creatinine: { value: 1.4, unit: 'mg/dL' } },
    crclMlMin: 27.8,
    egfrMlMin173: 38.0,
    band: 'severe',
    weightUsedKg: 55,
    note: 'Cockcroft–Gault decides',
  },
  {
    patient: 'M 50 y, 175 cm, 120 kg, SCr 1.0 mg/dL',
    input: {
      ageYears: 50,
      sex: 'male',
      weightKg: 120,
      heightCm: 175,
      creatinine: { value: 1.0, unit: 'mg/dL' },
    },
    crclMlMin: 112.8,
    egfrMlMin173: 91.7,
    band: 'normal',
    weightUsedKg: 90.3,
    ibwKg: 70.5,
    note: 'adjusted body weight 90.3 kg (IBW 70.5 kg)',
  },
];
