/**
 * Renal function, weight basis and renal band (clinical spec §2). Pure: no I/O, no clock.
 * The numbers (coefficients, limits, band table, finding rules) live in `renal-data.ts`; this file
 * applies them and explains each step so every number on screen can say where it came from.
 */
import { RulesInputError } from './errors';
import { describeValue as describe, isRecord, keyText, ownValue, unknownKeys } from './input-guards';
import {
  ADJUSTED_WEIGHT,
  CKD_EPI_2021,
  COCKCROFT_GAULT,
  CREATININE_UMOL_PER_MG_DL,
  DEVINE_IBW,
  RENAL_BANDS,
  RENAL_FINDING_RULES,
  RENAL_FORMULAS,
  RENAL_INPUT_LIMITS,
  type NumericRenalBand,
  type RenalBandRange,
  type RenalBandRule,
  type RenalFindingRule,
  type RenalFormulaRule,
  type RenalInputRange,
} from './renal-data';
import { sortFindings } from './severity';
import type { ExplainStep, Finding, RenalAssessment, RenalBand, RenalInput, Sex } from './types';

export * from './renal-data';

export type CreatinineUnit = RenalInput['creatinine']['unit'];
export type WeightBasis = RenalAssessment['weightBasis'];

const SEXES: readonly Sex[] = ['female', 'male'];
const REQUESTED_BASES: readonly NonNullable<RenalInput['weightBasis']>[] = [
  'auto',
  'actual',
  'ideal',
  'adjusted',
];

// ---------------------------------------------------------------------------------------------------
// Formulas (spec §2.1). They assume validated input; `assessRenal` validates.

/** Serum creatinine in mg/dL from a value in mg/dL or µmol/L (µmol/L ÷ 88.4). */
export function creatinineToMgDl(value: number, unit: CreatinineUnit): number {
  return unit === 'umol/L' ? value / CREATININE_UMOL_PER_MG_DL : value;
}

/** Serum creatinine in µmol/L from mg/dL (× 88.4). */
export function creatinineMgDlToUmolL(creatinineMgDl: number): number {
  return creatinineMgDl * CREATININE_UMOL_PER_MG_DL;
}

/**
 * Cockcroft–Gault creatinine clearance in mL/min: (140 − age) × weight / (72 × SCr), × 0.85 if female.
 * `weightKg` is the weight chosen by the weight-basis rule, not necessarily the actual weight.
 */
export function cockcroftGaultMlMin(args: {
  ageYears: number;
  sex: Sex;
  weightKg: number;
  creatinineMgDl: number;
}): number {
  const { ageYears, sex, weightKg, creatinineMgDl } = args;
  const crclMlMin =
    ((COCKCROFT_GAULT.ageFromYears - ageYears) * weightKg) / (COCKCROFT_GAULT.divisor * creatinineMgDl);
  return sex === 'female' ? crclMlMin * COCKCROFT_GAULT.femaleFactor : crclMlMin;
}

/**
 * CKD-EPI 2021 race-free eGFR in mL/min/1.73 m² (Inker 2021). The 2009 equation with a race
 * coefficient is deliberately not offered.
 */
export function ckdEpi2021(args: { ageYears: number; sex: Sex; creatinineMgDl: number }): number {
  const { ageYears, sex, creatinineMgDl } = args;
  const ratio = creatinineMgDl / CKD_EPI_2021.kappa[sex];
  const egfrMlMin173 =
    CKD_EPI_2021.coefficient *
    Math.min(ratio, 1) ** CKD_EPI_2021.alpha[sex] *
    Math.max(ratio, 1) ** CKD_EPI_2021.exponentAboveKappa *
    CKD_EPI_2021.ageBase ** ageYears;
  return sex === 'female' ? egfrMlMin173 * CKD_EPI_2021.femaleFactor : egfrMlMin173;
}

/**
 * Devine ideal body weight in kg: 50 (male) or 45.5 (female) + 2.3 kg per inch over 60 in.
 * Applied linearly as the spec writes it, so heights under 60 in (152.4 cm) give less than the base.
 */
export function idealBodyWeightKg(sex: Sex, heightCm: number): number {
  const heightIn = heightCm / DEVINE_IBW.cmPerInch;
  return DEVINE_IBW.baseKg[sex] + DEVINE_IBW.kgPerInch * (heightIn - DEVINE_IBW.fromInches);
}

/** Adjusted body weight in kg: IBW + 0.4 × (actual − IBW). */
export function adjustedBodyWeightKg(actualWeightKg: number, ibwKg: number): number {
  return ibwKg + ADJUSTED_WEIGHT.excessFraction * (actualWeightKg - ibwKg);
}

/**
 * The weight basis chosen automatically (spec §2.2): without height, actual; actual ≤ IBW, actual;
 * up to 1.2 × IBW, IBW; above, adjusted.
 */
export function autoWeightBasis(actualWeightKg: number, ibwKg: number | undefined): WeightBasis {
  if (ibwKg === undefined) return 'actual';
  if (actualWeightKg <= ibwKg) return 'actual';
  if (actualWeightKg <= ADJUSTED_WEIGHT.obeseAboveIbwRatio * ibwKg) return 'ideal';
  return 'adjusted';
}

// ---------------------------------------------------------------------------------------------------
// Bands (spec §2.3)

const BAND_ORDER: readonly RenalBand[] = RENAL_BANDS.map((band) => band.id);

/** 0 for normal up to 4 for dialysis: a higher rank is more conservative. */
export function renalBandRank(band: RenalBand): number {
  return BAND_ORDER.indexOf(band);
}

/** The band with the more conservative rank; on a tie, the first argument. */
export function moreConservativeBand<T extends RenalBand>(a: T, b: T): T {
  return renalBandRank(b) > renalBandRank(a) ? b : a;
}

/** The data row (dose factor, interval factor, evidence) for a band. */
export function renalBandRule(band: RenalBand): RenalBandRule {
  const rule = RENAL_BANDS.find((row) => row.id === band);
  if (!rule) throw new RulesInputError('band', `Unknown renal band '${String(band)}'.`);
  return rule;
}

function inRange(value: number, range: RenalBandRange): boolean {
  return (
    (range.aboveExclusive === null || value > range.aboveExclusive) &&
    (range.atMostInclusive === null || value <= range.atMostInclusive)
  );
}

function bandFrom(
  value: number,
  pick: (rule: RenalBandRule) => RenalBandRange | null,
  field: string,
  what: string,
): NumericRenalBand {
  // NaN fails every comparison; it must never fall through to a band, least of all 'normal'.
  if (Number.isNaN(value)) throw new RulesInputError(field, `${what} is not a number.`);
  for (const rule of RENAL_BANDS) {
    const range = pick(rule);
    if (range && rule.id !== 'dialysis' && inRange(value, range)) return rule.id;
  }
  throw new RulesInputError(field, `${what} ${value} falls in no renal band.`);
}

/** Band from Cockcroft–Gault CrCl (Vlavonou 2014); a boundary value falls into the safer band. */
export function bandFromCrcl(crclMlMin: number): NumericRenalBand {
  return bandFrom(crclMlMin, (rule) => rule.crclMlMin, 'crclMlMin', 'Creatinine clearance');
}

/** Band from CKD-EPI 2021 eGFR (Wolf 2018); a boundary value falls into the safer band. */
export function bandFromEgfr(egfrMlMin173: number): NumericRenalBand {
  return bandFrom(egfrMlMin173, (rule) => rule.egfrMlMin173, 'egfrMlMin173', 'eGFR');
}

// ---------------------------------------------------------------------------------------------------
// Input checks (spec §2.4)

/** Fixed decimals for clinician-facing text only; returned numbers keep full precision. */
function fixed(value: number, decimals = 1): string {
  return value.toFixed(decimals);
}

/** Up to `decimals` places without trailing zeros, for substituted expressions in explain steps. */
function short(value: number, decimals = 4): string {
  return String(Number(value.toFixed(decimals)));
}

const UNIT_TEXT: Record<CreatinineUnit, string> = { 'mg/dL': 'mg/dL', 'umol/L': 'µmol/L' };

function finding(rule: RenalFindingRule, text: Pick<Finding, 'title' | 'detail' | 'action'>): Finding {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    title: text.title,
    detail: text.detail,
    ...(text.action === undefined ? {} : { action: text.action }),
    evidence: rule.evidence,
    sources: [...rule.sources],
  };
}

/** Significant digits, so a tiny converted value (0.0136 mg/dL) does not print as 0.00. */
function significant(value: number, digits = 2): string {
  return String(Number(value.toPrecision(digits)));
}

/**
 * A creatinine whose unit (or value) looks wrong. Returns the warning, with the other reading offered,
 * or null. Never converts: the clinician confirms the unit.
 * - mg/dL above 20 is almost certainly µmol/L (spec §2.4, `renal.creatinine-unit-suspect`);
 * - µmol/L below 20 is almost certainly mg/dL (`renal.creatinine-umol-unit-suspect`, bacloplan default);
 * - mg/dL below 0.1 is implausibly low (`renal.creatinine-low-suspect`, bacloplan default).
 */
export function checkCreatinineUnit(value: number, unit: CreatinineUnit): Finding | null {
  const limits = RENAL_INPUT_LIMITS.creatinine;
  const asEntered = `Until the unit is confirmed, every renal number here uses ${String(value)} ${UNIT_TEXT[unit]} as entered.`;
  const action =
    'Check the laboratory unit and re-enter the creatinine; bacloplan never converts it silently.';
  if (unit === 'mg/dL' && value > limits.suspectMgDlAbove) {
    const ifUmolMgDl = creatinineToMgDl(value, 'umol/L');
    return finding(RENAL_FINDING_RULES.creatinineUnitSuspect, {
      title: 'Creatinine unit looks wrong',
      detail: `${String(value)} mg/dL is implausible; did you mean ${String(value)} µmol/L (= ${fixed(ifUmolMgDl, 2)} mg/dL)? ${asEntered}`,
      action,
    });
  }
  if (unit === 'umol/L' && value < limits.suspectUmolLBelow) {
    const mgDl = creatinineToMgDl(value, 'umol/L');
    return finding(RENAL_FINDING_RULES.creatinineUmolUnitSuspect, {
      title: 'Creatinine unit looks wrong',
      detail:
        `${String(value)} µmol/L = ${significant(mgDl)} mg/dL is implausibly low: did you mean ${String(value)} mg/dL ` +
        `(= ${fixed(creatinineMgDlToUmolL(value), 0)} µmol/L)? A creatinine in mg/dL entered as µmol/L makes failing ` +
        `kidneys look normal. ${asEntered}`,
      action,
    });
  }
  if (unit === 'mg/dL' && value < limits.lowMgDlBelow) {
    return finding(RENAL_FINDING_RULES.creatinineLowSuspect, {
      title: 'Creatinine implausibly low',
      detail:
        `${String(value)} mg/dL (= ${significant(creatinineMgDlToUmolL(value))} µmol/L) is below any plausible adult value; ` +
        `check the value and the unit. ${asEntered}`,
      action,
    });
  }
  return null;
}

function checkNumberInRange(field: string, value: unknown, range: RenalInputRange): number {
  const bounds = `between ${range.min} and ${range.max} ${range.unit}`;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RulesInputError(field, `${range.label} must be a number ${bounds}; got ${describe(value)}.`);
  }
  if (value < range.min || value > range.max) {
    throw new RulesInputError(field, `${range.label} must be ${bounds} (${range.why}); got ${value}.`);
  }
  return value;
}

interface ValidRenalInput {
  ageYears: number;
  sex: Sex;
  weightKg: number;
  heightCm: number | undefined;
  creatinineValue: number;
  creatinineUnit: CreatinineUnit;
  onDialysis: boolean;
  requestedBasis: NonNullable<RenalInput['weightBasis']>;
}

const RENAL_INPUT_KEYS: ReadonlySet<string> = new Set([
  'ageYears',
  'sex',
  'weightKg',
  'heightCm',
  'creatinine',
  'onDialysis',
  'weightBasis',
]);
const CREATININE_KEYS: ReadonlySet<string> = new Set(['value', 'unit']);

const comparableKey = (key: string) => key.toLowerCase().replace(/[\s_-]/g, '');

/**
 * Other keys are ignored (charts and callers may carry more than the renal input), except one that
 * differs from a field only in case or separators: a misspelt `ondialysis: true` or `height_cm` would
 * otherwise be dropped without a word and change the band.
 */
function rejectMisspeltKeys(record: object, known: ReadonlySet<string>, prefix: string): void {
  for (const key of unknownKeys(record, known)) {
    const meant = [...known].find((field) => comparableKey(field) === comparableKey(key));
    if (meant === undefined) continue;
    throw new RulesInputError(
      `${prefix}${meant}`,
      `The renal input has '${keyText(key)}' where '${meant}' was expected; correct the name so the value is used.`,
    );
  }
}

/** Throws RulesInputError naming the RenalInput path of the first invalid field. */
function validateRenalInput(input: unknown): ValidRenalInput {
  if (!isRecord(input)) {
    throw new RulesInputError('input', 'Renal input is missing: age, sex, weight and creatinine are needed.');
  }
  rejectMisspeltKeys(input, RENAL_INPUT_KEYS, '');
  // Own values only: a value inherited from a prototype is not something the caller entered.
  const raw = (key: string) => ownValue(input, key);
  const ageYears = checkNumberInRange('ageYears', raw('ageYears'), RENAL_INPUT_LIMITS.ageYears);
  const rawSex = raw('sex');
  if (!SEXES.includes(rawSex as Sex)) {
    throw new RulesInputError(
      'sex',
      `Sex must be 'female' or 'male' (Cockcroft–Gault, CKD-EPI and ideal body weight depend on it); got ${describe(rawSex)}.`,
    );
  }
  const sex = rawSex as Sex;
  const weightKg = checkNumberInRange('weightKg', raw('weightKg'), RENAL_INPUT_LIMITS.weightKg);
  // Absent height (undefined or null from a chart) is allowed: actual weight is then used, with a note.
  const rawHeight = raw('heightCm');
  const heightCm =
    rawHeight === undefined || rawHeight === null
      ? undefined
      : checkNumberInRange('heightCm', rawHeight, RENAL_INPUT_LIMITS.heightCm);

  const creatinine = raw('creatinine');
  if (!isRecord(creatinine)) {
    throw new RulesInputError('creatinine.value', 'Serum creatinine is required (value and unit).');
  }
  rejectMisspeltKeys(creatinine, CREATININE_KEYS, 'creatinine.');
  const creatinineValue = ownValue(creatinine, 'value');
  const rawUnit = ownValue(creatinine, 'unit');
  if (typeof creatinineValue !== 'number' || !Number.isFinite(creatinineValue)) {
    throw new RulesInputError(
      'creatinine.value',
      `Serum creatinine must be a number greater than 0; got ${describe(creatinineValue)}.`,
    );
  }
  if (creatinineValue <= RENAL_INPUT_LIMITS.creatinine.aboveExclusive) {
    throw new RulesInputError(
      'creatinine.value',
      `Serum creatinine must be greater than 0; got ${creatinineValue}.`,
    );
  }
  if (!RENAL_INPUT_LIMITS.creatinine.units.includes(rawUnit as CreatinineUnit)) {
    throw new RulesInputError(
      'creatinine.unit',
      `Creatinine unit must be 'mg/dL' or 'umol/L' (µmol/L); got ${describe(rawUnit)}.`,
    );
  }
  const creatinineUnit = rawUnit as CreatinineUnit;
  const lowest = RENAL_INPUT_LIMITS.creatinine.implausiblyLowBelow;
  if (creatinineValue < lowest[creatinineUnit]) {
    const unitText = UNIT_TEXT[creatinineUnit];
    const otherReading = creatinineUnit === 'umol/L' ? ` Did you mean ${String(creatinineValue)} mg/dL?` : '';
    throw new RulesInputError(
      'creatinine.value',
      `Creatinine ${String(creatinineValue)} ${unitText} is implausibly low; check the value and the unit ` +
        `(the lowest accepted is ${lowest['mg/dL']} mg/dL = ${lowest['umol/L']} µmol/L).${otherReading}`,
    );
  }

  const onDialysis = raw('onDialysis');
  if (onDialysis !== undefined && typeof onDialysis !== 'boolean') {
    // A string such as "false" is truthy; guessing here could hide a dialysis patient.
    throw new RulesInputError(
      'onDialysis',
      `On dialysis must be true or false; got ${describe(onDialysis)}.`,
    );
  }

  const rawBasis = raw('weightBasis');
  const requestedBasis = rawBasis ?? 'auto';
  if (!REQUESTED_BASES.includes(requestedBasis as ValidRenalInput['requestedBasis'])) {
    throw new RulesInputError(
      'weightBasis',
      `Weight basis must be 'auto', 'actual', 'ideal' or 'adjusted'; got ${describe(rawBasis)}.`,
    );
  }
  const basis = requestedBasis as ValidRenalInput['requestedBasis'];
  if ((basis === 'ideal' || basis === 'adjusted') && heightCm === undefined) {
    throw new RulesInputError(
      'heightCm',
      `Height is needed to use ${basis === 'ideal' ? 'ideal' : 'adjusted'} body weight; enter the height or choose actual weight.`,
    );
  }

  return {
    ageYears,
    sex,
    weightKg,
    heightCm,
    creatinineValue,
    creatinineUnit,
    onDialysis: onDialysis === true,
    requestedBasis: basis,
  };
}

// ---------------------------------------------------------------------------------------------------
// Assessment

function step(
  rule: RenalFormulaRule,
  parts: Pick<ExplainStep, 'inputs' | 'result'> & Partial<Pick<ExplainStep, 'substituted' | 'label'>>,
): ExplainStep {
  return {
    ruleId: rule.id,
    label: parts.label ?? rule.label,
    formula: rule.formula,
    inputs: parts.inputs,
    ...(parts.substituted === undefined ? {} : { substituted: parts.substituted }),
    result: parts.result,
    ...(rule.unit === undefined ? {} : { unit: rule.unit }),
    evidence: rule.evidence,
    sources: [...rule.sources],
  };
}

const ESTIMATOR_NAME = { 'cockcroft-gault': 'Cockcroft–Gault', 'ckd-epi-2021': 'CKD-EPI 2021' } as const;

/**
 * Assess renal function for baclofen (spec §2): creatinine in mg/dL, weight basis, Cockcroft–Gault
 * CrCl and CKD-EPI 2021 eGFR, the band from each, the more conservative band, its dose and interval
 * factors, findings and an explanation of every step. Numbers are returned unrounded.
 *
 * @throws RulesInputError with `field` set to the RenalInput path of the invalid value.
 */
export function assessRenal(input: RenalInput): RenalAssessment {
  const valid = validateRenalInput(input);
  const { ageYears, sex, weightKg, heightCm, onDialysis, requestedBasis } = valid;
  const explain: ExplainStep[] = [];

  const creatinineMgDl = creatinineToMgDl(valid.creatinineValue, valid.creatinineUnit);
  explain.push(
    step(RENAL_FORMULAS.unitConversion, {
      inputs: {
        'SCr entered': valid.creatinineValue,
        unit: valid.creatinineUnit === 'umol/L' ? 'µmol/L' : 'mg/dL',
      },
      substituted:
        valid.creatinineUnit === 'umol/L'
          ? `${short(valid.creatinineValue)} ÷ ${CREATININE_UMOL_PER_MG_DL}`
          : `${short(valid.creatinineValue)} (already mg/dL)`,
      result: creatinineMgDl,
    }),
  );

  let ibwKg: number | undefined;
  let adjustedWeightKg: number | undefined;
  if (heightCm !== undefined) {
    const heightIn = heightCm / DEVINE_IBW.cmPerInch;
    ibwKg = idealBodyWeightKg(sex, heightCm);
    adjustedWeightKg = adjustedBodyWeightKg(weightKg, ibwKg);
    explain.push(
      step(RENAL_FORMULAS.idealBodyWeight, {
        inputs: { sex, 'height (cm)': heightCm, 'height (in)': heightIn },
        substituted: `${DEVINE_IBW.baseKg[sex]} + ${DEVINE_IBW.kgPerInch} × (${short(heightIn, 2)} − ${DEVINE_IBW.fromInches})`,
        result: ibwKg,
      }),
      step(RENAL_FORMULAS.adjustedBodyWeight, {
        inputs: { 'IBW (kg)': ibwKg, 'actual weight (kg)': weightKg },
        substituted: `${short(ibwKg, 2)} + ${ADJUSTED_WEIGHT.excessFraction} × (${short(weightKg, 2)} − ${short(ibwKg, 2)})`,
        result: adjustedWeightKg,
      }),
    );
  }

  const weightBasis: WeightBasis =
    requestedBasis === 'auto' ? autoWeightBasis(weightKg, ibwKg) : requestedBasis;
  const weightUsedKg =
    weightBasis === 'ideal' ? ibwKg : weightBasis === 'adjusted' ? adjustedWeightKg : weightKg;
  if (weightUsedKg === undefined || !(weightUsedKg > 0)) {
    // Only reachable for a very short height with the ideal basis: Devine's line drops below zero.
    throw new RulesInputError(
      'heightCm',
      `Ideal body weight (Devine) is not meaningful for a height of ${heightCm} cm; choose actual weight.`,
    );
  }
  explain.push(
    step(RENAL_FORMULAS.weightBasis, {
      inputs: {
        requested: requestedBasis,
        'actual weight (kg)': weightKg,
        ...(ibwKg === undefined
          ? { 'height (cm)': 'not given' }
          : { 'IBW (kg)': ibwKg, '1.2 × IBW (kg)': ADJUSTED_WEIGHT.obeseAboveIbwRatio * ibwKg }),
      },
      substituted:
        requestedBasis === 'auto'
          ? `automatic choice: ${weightBasis}`
          : `chosen by the clinician: ${weightBasis} (automatic would be ${autoWeightBasis(weightKg, ibwKg)})`,
      result: weightUsedKg,
      label: `Weight used for Cockcroft–Gault: ${weightBasis}`,
    }),
  );

  const crclMlMin = cockcroftGaultMlMin({ ageYears, sex, weightKg: weightUsedKg, creatinineMgDl });
  explain.push(
    step(RENAL_FORMULAS.cockcroftGault, {
      inputs: {
        'age (years)': ageYears,
        sex,
        'weight used (kg)': weightUsedKg,
        'SCr (mg/dL)': creatinineMgDl,
      },
      substituted:
        `(${COCKCROFT_GAULT.ageFromYears} − ${short(ageYears)}) × ${short(weightUsedKg, 2)} / ` +
        `(${COCKCROFT_GAULT.divisor} × ${short(creatinineMgDl)})` +
        (sex === 'female' ? ` × ${COCKCROFT_GAULT.femaleFactor}` : ''),
      result: crclMlMin,
    }),
  );

  const egfrMlMin173 = ckdEpi2021({ ageYears, sex, creatinineMgDl });
  const kappa = CKD_EPI_2021.kappa[sex];
  const alpha = CKD_EPI_2021.alpha[sex];
  const ratio = short(creatinineMgDl / kappa);
  explain.push(
    step(RENAL_FORMULAS.ckdEpi2021, {
      inputs: { 'age (years)': ageYears, sex, 'SCr (mg/dL)': creatinineMgDl, κ: kappa, α: alpha },
      substituted:
        `${CKD_EPI_2021.coefficient} × min(${ratio}, 1)^${alpha} × max(${ratio}, 1)^${CKD_EPI_2021.exponentAboveKappa} × ` +
        `${CKD_EPI_2021.ageBase}^${short(ageYears)}` +
        (sex === 'female' ? ` × ${CKD_EPI_2021.femaleFactor}` : ''),
      result: egfrMlMin173,
    }),
  );

  // The input limits keep every estimate finite; this is the backstop should a limit ever be widened.
  // An infinite CrCl would otherwise fall into the normal band.
  for (const estimate of [creatinineMgDl, weightUsedKg, crclMlMin, egfrMlMin173]) {
    if (!Number.isFinite(estimate)) {
      throw new RulesInputError(
        'creatinine.value',
        `Kidney function cannot be estimated from a creatinine of ${String(valid.creatinineValue)} ` +
          `${UNIT_TEXT[valid.creatinineUnit]}; check the value and the unit.`,
      );
    }
  }

  const bandByCrcl = bandFromCrcl(crclMlMin);
  const bandByEgfr = bandFromEgfr(egfrMlMin173);
  explain.push(
    step(RENAL_FORMULAS.bandByCrcl, {
      inputs: { 'CrCl (mL/min)': crclMlMin },
      result: bandByCrcl,
    }),
    step(RENAL_FORMULAS.bandByEgfr, {
      inputs: { 'eGFR (mL/min/1.73 m²)': egfrMlMin173 },
      result: bandByEgfr,
    }),
  );

  // On a tie Cockcroft–Gault is named: it is the estimator the dose-adjustment study used.
  const numericBand = moreConservativeBand(bandByCrcl, bandByEgfr);
  const estimator: 'cockcroft-gault' | 'ckd-epi-2021' =
    renalBandRank(bandByEgfr) > renalBandRank(bandByCrcl) ? 'ckd-epi-2021' : 'cockcroft-gault';
  const band: RenalBand = onDialysis ? 'dialysis' : numericBand;
  const decidedBy: RenalAssessment['decidedBy'] = onDialysis ? 'dialysis' : estimator;
  explain.push(
    step(RENAL_FORMULAS.bandChosen, {
      inputs: {
        'band by CrCl': bandByCrcl,
        'band by eGFR': bandByEgfr,
        'on dialysis': onDialysis ? 'yes' : 'no',
      },
      substituted: onDialysis
        ? 'on dialysis: band is dialysis whatever the estimates say'
        : bandByCrcl === bandByEgfr
          ? `both estimators give ${band}`
          : `${ESTIMATOR_NAME[estimator]} gives the more conservative band (${band})`,
      result: band,
    }),
  );

  const bandRule = renalBandRule(band);
  const { doseFactor, intervalFactor } = bandRule;
  explain.push(
    step(RENAL_FORMULAS.doseFactor, {
      inputs: { band },
      substituted: `${band} → ${bandRule.doseFactorText}`,
      result: doseFactor,
    }),
    step(RENAL_FORMULAS.intervalFactor, {
      inputs: { band },
      substituted: `${band} → × ${intervalFactor}`,
      result: intervalFactor,
    }),
  );

  const findings: Finding[] = [];
  const valuesText = `Cockcroft–Gault CrCl ${fixed(crclMlMin)} mL/min; CKD-EPI 2021 eGFR ${fixed(egfrMlMin173)} mL/min/1.73 m²`;

  if (band === 'dialysis') {
    findings.push(
      finding(RENAL_FINDING_RULES.dialysisHardStop, {
        title: 'On dialysis: avoid baclofen',
        detail:
          'Avoid baclofen in patients on dialysis: it is mainly excreted unchanged by the kidney and is removed by ' +
          `haemodialysis. Specialist override required. If overridden, the maximum is ${bandRule.overrideMaxMgPerDay} mg/day ` +
          `(PMS-Baclofen monograph). Creatinine-based estimates (${valuesText}) do not describe kidney function on dialysis.`,
        action:
          'A plan can be produced only after an explicit specialist override with a recorded reason; the override is ' +
          'shown on the plan and in the PDF.',
      }),
    );
  } else if (band === 'severe') {
    const limit =
      estimator === 'cockcroft-gault' ? 'CrCl ≤ 30 mL/min' : 'eGFR ≤ 30 mL/min/1.73 m², CKD-EPI 2021';
    findings.push(
      finding(RENAL_FINDING_RULES.severeHardStop, {
        title: 'Severe renal impairment: avoid baclofen',
        detail:
          `Avoid baclofen (${limit}). Specialist override required. ${valuesText}. ` +
          'If overridden: start dose, step size and daily cap × 1/3 and step interval doubled (Vlavonou 2014).',
        action:
          'A plan can be produced only after an explicit specialist override with a recorded reason; the override is ' +
          'shown on the plan and in the PDF.',
      }),
    );
  }

  if (ageYears >= 65 && egfrMlMin173 < 60) {
    findings.push(
      finding(RENAL_FINDING_RULES.beersElderly, {
        title: 'Age ≥ 65 with eGFR < 60: avoid baclofen (Beers 2023)',
        detail:
          `AGS Beers Criteria 2023: avoid baclofen in older adults with eGFR < 60 mL/min/1.73 m² (age ${short(ageYears, 1)} years, ` +
          `eGFR ${fixed(egfrMlMin173)}). If used, give the lowest effective dose and watch for encephalopathy: the risk is ` +
          'dose-related and appears early (median 3 days; starting ≥ 20 mg/day vs < 20 mg/day RR 3.54, Muanda 2019).',
        action:
          'If baclofen is used: lowest effective dose; watch for confusion and drowsiness, especially in the first days.',
      }),
    );
  }

  if (band !== 'normal') {
    findings.push(
      finding(RENAL_FINDING_RULES.recheckCreatinine, {
        title: 'Recheck creatinine',
        detail: `Renal band ${band}: recheck creatinine before each escalation above the previous maximum dose and at least monthly.`,
        action: 'Order a creatinine before each escalation past the previous maximum and at least monthly.',
      }),
    );
  }

  if (heightCm === undefined) {
    findings.push(
      finding(RENAL_FINDING_RULES.heightMissing, {
        title: 'Height missing — CrCl may be overestimated in obesity',
        detail:
          `Without height, ideal and adjusted body weight cannot be computed, so Cockcroft–Gault uses actual weight ` +
          `(${short(weightKg, 1)} kg).`,
        action: 'Enter height to let the weight basis follow body size.',
      }),
    );
  }

  const unitFinding = checkCreatinineUnit(valid.creatinineValue, valid.creatinineUnit);
  if (unitFinding) findings.push(unitFinding);

  return {
    crclMlMin,
    egfrMlMin173,
    weightBasis,
    weightUsedKg,
    band,
    decidedBy,
    doseFactor,
    findings: sortFindings(findings),
    creatinineMgDl,
    ...(ibwKg === undefined ? {} : { ibwKg }),
    ...(adjustedWeightKg === undefined ? {} : { adjustedWeightKg }),
    bandByCrcl,
    bandByEgfr,
    intervalFactor,
    explain,
  };
}
