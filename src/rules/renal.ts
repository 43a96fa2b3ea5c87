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
  KDIGO_STEADY_STATE,
  RENAL_BANDS,
  RENAL_FINDING_RULES,
  RENAL_FORMULAS,
  RENAL_INPUT_LIMITS,
  UNIT_QUESTION_RULE_ID,
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

/** Whether Devine's ideal body weight is defined for this height: from 152.4 cm (60 in) only. */
export function devineDefined(heightCm: number): boolean {
  return heightCm >= DEVINE_IBW.definedFromCm;
}

/**
 * Devine ideal body weight in kg: 50 (male) or 45.5 (female) + 2.3 kg per inch over 60 in.
 * Undefined below 152.4 cm (spec §2.1, ruleset 1.2): Devine gives no weight there, and extending its
 * line downwards would be a number without a source.
 */
export function idealBodyWeightKg(sex: Sex, heightCm: number): number | undefined {
  if (!devineDefined(heightCm)) return undefined;
  const heightIn = heightCm / DEVINE_IBW.cmPerInch;
  return DEVINE_IBW.baseKg[sex] + DEVINE_IBW.kgPerInch * (heightIn - DEVINE_IBW.fromInches);
}

/** Adjusted body weight in kg: IBW + 0.4 × (actual − IBW). */
export function adjustedBodyWeightKg(actualWeightKg: number, ibwKg: number): number {
  return ibwKg + ADJUSTED_WEIGHT.excessFraction * (actualWeightKg - ibwKg);
}

/**
 * The weight basis chosen automatically (spec §2.2): without height (or IBW, below 152.4 cm), actual;
 * actual ≤ IBW, actual; up to 1.2 × IBW, IBW; above, adjusted.
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

/** A creatinine in mg/dL for text: two decimals, or two significant digits when that would show 0.0x. */
function mgDlText(creatinineMgDl: number): string {
  return creatinineMgDl >= 0.1 ? fixed(creatinineMgDl, 2) : significant(creatinineMgDl);
}

/** A creatinine in µmol/L for text: whole numbers, or two significant digits below 10. */
function umolLText(creatinineUmolL: number): string {
  return creatinineUmolL >= 10 ? fixed(creatinineUmolL, 0) : significant(creatinineUmolL);
}

/**
 * The unit question for a creatinine (spec §2.4, ruleset 1.2), or null when none is asked: mg/dL above
 * 20 is almost certainly µmol/L ("Is this µmol/L?"), µmol/L below 20 almost certainly mg/dL ("Is this
 * mg/dL?"). Asked whatever the rest of the input says; only the clinician's answer closes it.
 */
export function creatinineUnitQuestion(
  value: number,
  unit: CreatinineUnit,
): { question: string; otherUnit: CreatinineUnit } | null {
  const limits = RENAL_INPUT_LIMITS.creatinine;
  if (unit === 'mg/dL' && value > limits.suspectMgDlAbove) {
    return { question: 'Is this µmol/L?', otherUnit: 'umol/L' };
  }
  if (unit === 'umol/L' && value < limits.suspectUmolLBelow) {
    return { question: 'Is this mg/dL?', otherUnit: 'mg/dL' };
  }
  return null;
}

/** True for the unit-question finding (`renal.unit-unconfirmed`): block planning and overrides on it. */
export function isUnitQuestion(finding: Pick<Finding, 'ruleId'> | null | undefined): boolean {
  return finding?.ruleId === UNIT_QUESTION_RULE_ID;
}

/** What a creatinine reading gives: the estimates and band, when age, sex and weight are known. */
interface CreatinineReading {
  value: number;
  unit: CreatinineUnit;
  creatinineMgDl: number;
  estimates?: { crclMlMin: number; egfrMlMin173: number; band: NumericRenalBand };
}

function readingText(reading: CreatinineReading): string {
  const { value, unit, creatinineMgDl, estimates } = reading;
  const umolL = creatinineMgDlToUmolL(value);
  const amount =
    unit === 'mg/dL'
      ? `${String(value)} mg/dL` + (Number.isFinite(umolL) ? ` (= ${umolLText(umolL)} µmol/L)` : '')
      : `${String(value)} µmol/L = ${mgDlText(creatinineMgDl)} mg/dL`;
  if (estimates === undefined) return amount;
  return (
    `${amount}: Cockcroft–Gault CrCl ${fixed(estimates.crclMlMin)} mL/min, CKD-EPI 2021 eGFR ` +
    `${fixed(estimates.egfrMlMin173)} mL/min/1.73 m², band ${estimates.band}`
  );
}

/** The unit-question finding, with both readings side by side. */
function unitQuestionFinding(
  asEntered: CreatinineReading,
  other: CreatinineReading,
  question: string,
): Finding {
  const enteredText = `${String(asEntered.value)} ${UNIT_TEXT[asEntered.unit]}`;
  const risk =
    asEntered.unit === 'umol/L'
      ? 'A creatinine in mg/dL entered as µmol/L makes failing kidneys look normal.'
      : 'A creatinine in µmol/L entered as mg/dL makes working kidneys look like kidney failure.';
  return finding(RENAL_FINDING_RULES.unitUnconfirmed, {
    title: question,
    detail:
      `${enteredText} is almost certainly ${UNIT_TEXT[other.unit]}. As entered, ${readingText(asEntered)}; ` +
      `read as ${UNIT_TEXT[other.unit]}, ${readingText(other)}. ${risk} Until the unit is confirmed or ` +
      `changed, every renal number here uses ${enteredText} as entered.`,
    action:
      `Check the laboratory unit: confirm ${UNIT_TEXT[asEntered.unit]} as entered, or change the unit to ` +
      `${UNIT_TEXT[other.unit]}. An override does not answer this question; bacloplan never converts the value silently.`,
  });
}

function lowSuspectFinding(value: number, unit: CreatinineUnit): Finding {
  const creatinineMgDl = creatinineToMgDl(value, unit);
  const amount =
    unit === 'mg/dL'
      ? `${String(value)} mg/dL (= ${significant(creatinineMgDlToUmolL(value))} µmol/L)`
      : `${String(value)} µmol/L (= ${significant(creatinineMgDl)} mg/dL)`;
  return finding(RENAL_FINDING_RULES.creatinineLowSuspect, {
    title: 'Creatinine implausibly low',
    detail:
      `${amount} is below any plausible adult value; check the value and the unit. ` +
      `Every renal number here uses ${String(value)} ${UNIT_TEXT[unit]} as entered.`,
    action: 'Check the laboratory value and unit and re-enter the creatinine.',
  });
}

/** True when a creatinine is 0.01 to < 0.1 mg/dL (0.884 to < 8.84 µmol/L), in the unit entered. */
function creatinineLowSuspect(value: number, unit: CreatinineUnit): boolean {
  const limits = RENAL_INPUT_LIMITS.creatinine;
  return value < (unit === 'mg/dL' ? limits.lowMgDlBelow : limits.lowUmolLBelow);
}

/**
 * A creatinine whose unit (or value) looks wrong, or null. Never converts: the clinician answers.
 * - mg/dL above 20 or µmol/L below 20 raises the unit question (`renal.unit-unconfirmed`, hard stop)
 *   unless `unitConfirmed` is true (spec §2.4, ruleset 1.2);
 * - otherwise 0.01 to < 0.1 mg/dL (0.884 to < 8.84 µmol/L) is implausibly low
 *   (`renal.creatinine-low-suspect`, major).
 * Without age, sex and weight the finding gives both readings in mg/dL and µmol/L only;
 * `assessRenal` adds the CrCl, eGFR and band of each.
 */
export function checkCreatinineUnit(
  value: number,
  unit: CreatinineUnit,
  unitConfirmed = false,
): Finding | null {
  const question = creatinineUnitQuestion(value, unit);
  if (question && !unitConfirmed) {
    const other = question.otherUnit;
    return unitQuestionFinding(
      { value, unit, creatinineMgDl: creatinineToMgDl(value, unit) },
      { value, unit: other, creatinineMgDl: creatinineToMgDl(value, other) },
      question.question,
    );
  }
  if (creatinineLowSuspect(value, unit)) return lowSuspectFinding(value, unit);
  return null;
}

/**
 * The steady-state check (KDIGO 2012 AKI criteria; spec §2.4, ruleset 1.2), on creatinine in mg/dL:
 * a rise of ≥ 0.3 mg/dL with the earlier result at most 48 h old, or a current value ≥ 1.5 × the
 * earlier one at most 7 days (168 h) old.
 */
export function creatinineSteadyState(args: {
  creatinineMgDl: number;
  previousMgDl: number;
  hoursBefore: number;
}): { riseMgDl: number; ratio: number; byRise: boolean; byRatio: boolean; notSteadyState: boolean } {
  const { creatinineMgDl, previousMgDl, hoursBefore } = args;
  const rule = KDIGO_STEADY_STATE;
  const riseMgDl = creatinineMgDl - previousMgDl;
  // A huge current value over a tiny earlier one overflows; the ratio is then as large as a number gets.
  const ratio = Math.min(creatinineMgDl / previousMgDl, Number.MAX_VALUE);
  const byRise = hoursBefore <= rule.riseWithinHours && riseMgDl >= rule.riseMgDl - rule.tolerance;
  const byRatio =
    hoursBefore <= rule.ratioWithinHours &&
    creatinineMgDl >= rule.ratio * previousMgDl * (1 - rule.tolerance);
  return { riseMgDl, ratio, byRise, byRatio, notSteadyState: byRise || byRatio };
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
  unitConfirmed: boolean;
  previous: { value: number; unit: CreatinineUnit; hoursBefore: number } | undefined;
  onDialysis: boolean;
  requestedBasis: NonNullable<RenalInput['weightBasis']>;
}

const RENAL_INPUT_KEYS: ReadonlySet<string> = new Set([
  'ageYears',
  'sex',
  'weightKg',
  'heightCm',
  'creatinine',
  'previousCreatinine',
  'onDialysis',
  'weightBasis',
]);
const CREATININE_KEYS: ReadonlySet<string> = new Set(['value', 'unit', 'unitConfirmed']);
const PREVIOUS_CREATININE_KEYS: ReadonlySet<string> = new Set(['value', 'unit', 'hoursBefore']);

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

/**
 * A creatinine `{ value, unit }` at `path` ('creatinine' or 'previousCreatinine'): a finite number
 * above 0, in mg/dL or µmol/L, and not below 0.01 mg/dL (0.884 µmol/L, `renal.creatinine-lower-limit`).
 */
function validateCreatinine(
  record: Record<string, unknown>,
  path: string,
  knownKeys: ReadonlySet<string>,
  words: { label: string; name: string },
): { value: number; unit: CreatinineUnit } {
  const { label, name } = words;
  rejectMisspeltKeys(record, knownKeys, `${path}.`);
  const value = ownValue(record, 'value');
  const rawUnit = ownValue(record, 'unit');
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RulesInputError(
      `${path}.value`,
      `${label} must be a number greater than 0; got ${describe(value)}.`,
    );
  }
  if (value <= RENAL_INPUT_LIMITS.creatinine.aboveExclusive) {
    throw new RulesInputError(`${path}.value`, `${label} must be greater than 0; got ${value}.`);
  }
  if (!RENAL_INPUT_LIMITS.creatinine.units.includes(rawUnit as CreatinineUnit)) {
    throw new RulesInputError(
      `${path}.unit`,
      `${name} unit must be 'mg/dL' or 'umol/L' (µmol/L); got ${describe(rawUnit)}.`,
    );
  }
  const unit = rawUnit as CreatinineUnit;
  const lowest = RENAL_INPUT_LIMITS.creatinine.implausiblyLowBelow;
  if (value < lowest[unit]) {
    const otherReading = unit === 'umol/L' ? ` Did you mean ${String(value)} mg/dL?` : '';
    throw new RulesInputError(
      `${path}.value`,
      `${name} ${String(value)} ${UNIT_TEXT[unit]} is implausibly low; check the value and the unit ` +
        `(the lowest accepted is ${lowest['mg/dL']} mg/dL = ${lowest['umol/L']} µmol/L).${otherReading}`,
    );
  }
  return { value, unit };
}

function validateHoursBefore(value: unknown): number {
  const limits = RENAL_INPUT_LIMITS.previousCreatinine;
  const bounds = `more than ${limits.hoursBeforeAboveExclusive} and at most ${limits.hoursBeforeMax} hours`;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RulesInputError(
      'previousCreatinine.hoursBefore',
      `How many hours before the current creatinine the earlier one was taken must be a number, ${bounds}; got ${describe(value)}.`,
    );
  }
  if (value <= limits.hoursBeforeAboveExclusive || value > limits.hoursBeforeMax) {
    throw new RulesInputError(
      'previousCreatinine.hoursBefore',
      `The earlier creatinine must be ${bounds} before the current one (${limits.why}); got ${value}.`,
    );
  }
  return value;
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
  const { value: creatinineValue, unit: creatinineUnit } = validateCreatinine(
    creatinine,
    'creatinine',
    CREATININE_KEYS,
    { label: 'Serum creatinine', name: 'Creatinine' },
  );
  const unitConfirmed = ownValue(creatinine, 'unitConfirmed');
  if (unitConfirmed !== undefined && typeof unitConfirmed !== 'boolean') {
    // Text such as "false" is truthy; reading it as an answer could close the unit question unasked.
    throw new RulesInputError(
      'creatinine.unitConfirmed',
      `Unit confirmed must be true or false; got ${describe(unitConfirmed)}.`,
    );
  }

  // Absent (undefined, or null from a chart or a form) means no earlier result: no steady-state check.
  const rawPrevious = raw('previousCreatinine');
  let previous: ValidRenalInput['previous'];
  if (rawPrevious !== undefined && rawPrevious !== null) {
    if (!isRecord(rawPrevious)) {
      throw new RulesInputError(
        'previousCreatinine',
        `The earlier creatinine must give a value, a unit and how many hours before it was taken; got ${describe(rawPrevious)}.`,
      );
    }
    const { value, unit } = validateCreatinine(rawPrevious, 'previousCreatinine', PREVIOUS_CREATININE_KEYS, {
      label: 'The earlier creatinine',
      name: 'The earlier creatinine',
    });
    previous = { value, unit, hoursBefore: validateHoursBefore(ownValue(rawPrevious, 'hoursBefore')) };
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
  if ((basis === 'ideal' || basis === 'adjusted') && heightCm !== undefined && !devineDefined(heightCm)) {
    throw new RulesInputError(
      'weightBasis',
      `${basis === 'ideal' ? 'Ideal' : 'Adjusted'} body weight cannot be used for a height of ${heightCm} cm: ` +
        `ideal body weight (Devine) is defined from ${DEVINE_IBW.definedFromCm} cm (60 in) only. Choose actual weight or automatic.`,
    );
  }

  return {
    ageYears,
    sex,
    weightKg,
    heightCm,
    creatinineValue,
    creatinineUnit,
    unitConfirmed: unitConfirmed === true,
    previous,
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

  const ibwKg = heightCm === undefined ? undefined : idealBodyWeightKg(sex, heightCm);
  let adjustedWeightKg: number | undefined;
  if (heightCm !== undefined && ibwKg !== undefined) {
    const heightIn = heightCm / DEVINE_IBW.cmPerInch;
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
    // Unreachable: validation refuses ideal and adjusted weight below 152.4 cm, where Devine is
    // undefined, and from 152.4 cm IBW is at least 45.5 kg. Kept as the backstop.
    throw new RulesInputError(
      'weightBasis',
      `Ideal body weight (Devine) is not defined for a height of ${String(heightCm)} cm; choose actual weight.`,
    );
  }
  explain.push(
    step(RENAL_FORMULAS.weightBasis, {
      inputs: {
        requested: requestedBasis,
        'actual weight (kg)': weightKg,
        ...(heightCm === undefined
          ? { 'height (cm)': 'not given' }
          : ibwKg === undefined
            ? { 'height (cm)': heightCm, 'IBW (kg)': `not defined below ${DEVINE_IBW.definedFromCm} cm` }
            : { 'IBW (kg)': ibwKg, '1.2 × IBW (kg)': ADJUSTED_WEIGHT.obeseAboveIbwRatio * ibwKg }),
      },
      substituted:
        requestedBasis === 'auto'
          ? `automatic choice: ${weightBasis}` +
            (heightCm !== undefined && ibwKg === undefined
              ? ` (height under ${DEVINE_IBW.definedFromCm} cm: Devine not defined)`
              : '')
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

  // The unit question comes before anything else (spec §2.4): it is pushed first, so it leads the
  // hard stops after sorting, and it carries both readings with what each would mean.
  const findings: Finding[] = [];
  const question = creatinineUnitQuestion(valid.creatinineValue, valid.creatinineUnit);
  let unitQuestion: RenalAssessment['unitQuestion'];
  if (question) {
    const readingOf = (unit: CreatinineUnit) => {
      const mgDl = creatinineToMgDl(valid.creatinineValue, unit);
      const crcl = cockcroftGaultMlMin({ ageYears, sex, weightKg: weightUsedKg, creatinineMgDl: mgDl });
      const egfr = ckdEpi2021({ ageYears, sex, creatinineMgDl: mgDl });
      return {
        value: valid.creatinineValue,
        unit,
        creatinineMgDl: mgDl,
        crclMlMin: crcl,
        egfrMlMin173: egfr,
        band: moreConservativeBand(bandFromCrcl(crcl), bandFromEgfr(egfr)),
      };
    };
    const asEntered = readingOf(valid.creatinineUnit);
    const otherReading = readingOf(question.otherUnit);
    const asReading = (reading: typeof asEntered): CreatinineReading => ({
      value: reading.value,
      unit: reading.unit,
      creatinineMgDl: reading.creatinineMgDl,
      estimates: reading,
    });
    if (valid.unitConfirmed) {
      findings.push(
        finding(RENAL_FINDING_RULES.unitConfirmed, {
          title: `Creatinine unit confirmed: ${UNIT_TEXT[valid.creatinineUnit]}`,
          detail:
            `The clinician confirmed ${String(valid.creatinineValue)} ${UNIT_TEXT[valid.creatinineUnit]} as entered, ` +
            `answering the unit question ("${question.question}") with no. Read as ${UNIT_TEXT[question.otherUnit]} it ` +
            `would have been ${readingText(asReading(otherReading))}.`,
        }),
      );
    } else {
      unitQuestion = { question: question.question, asEntered, otherReading };
      findings.push(unitQuestionFinding(asReading(asEntered), asReading(otherReading), question.question));
    }
  }

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

  let creatinineChange: RenalAssessment['creatinineChange'];
  if (valid.previous) {
    const previousMgDl = creatinineToMgDl(valid.previous.value, valid.previous.unit);
    const { hoursBefore } = valid.previous;
    const change = creatinineSteadyState({ creatinineMgDl, previousMgDl, hoursBefore });
    creatinineChange = {
      previousMgDl,
      hoursBefore,
      riseMgDl: change.riseMgDl,
      ratio: change.ratio,
      notSteadyState: change.notSteadyState,
    };
    const rule = KDIGO_STEADY_STATE;
    const met = [
      ...(change.byRise ? [`a rise of ≥ ${rule.riseMgDl} mg/dL within ${rule.riseWithinHours} h`] : []),
      ...(change.byRatio ? [`≥ ${rule.ratio} × the earlier value within 7 days`] : []),
    ];
    explain.push(
      step(RENAL_FORMULAS.steadyState, {
        inputs: {
          'SCr now (mg/dL)': creatinineMgDl,
          'SCr before (mg/dL)': previousMgDl,
          'hours before': hoursBefore,
        },
        substituted:
          `rise ${short(creatinineMgDl, 3)} − ${short(previousMgDl, 3)} = ${short(change.riseMgDl, 3)} mg/dL ` +
          `in ${short(hoursBefore, 1)} h; ratio ${short(change.ratio, 3)}`,
        result: change.notSteadyState ? `not steady (${met.join('; ')})` : 'no KDIGO criterion met',
      }),
    );
    if (change.notSteadyState) {
      const before = `${String(valid.previous.value)} ${UNIT_TEXT[valid.previous.unit]}`;
      const now = `${String(valid.creatinineValue)} ${UNIT_TEXT[valid.creatinineUnit]}`;
      findings.push(
        finding(RENAL_FINDING_RULES.notSteadyState, {
          title: 'Creatinine is changing (AKI criteria)',
          detail:
            'Creatinine is changing (AKI criteria): CrCl and eGFR assume a steady state; recheck before starting or ' +
            `escalating. Earlier ${before} (${short(hoursBefore, 1)} h before), now ${now}: a change of ` +
            `${change.riseMgDl >= 0 ? '+' : ''}${fixed(change.riseMgDl, 2)} mg/dL (${mgDlText(previousMgDl)} → ` +
            `${mgDlText(creatinineMgDl)} mg/dL, × ${fixed(change.ratio, 2)}); KDIGO 2012 criterion met: ${met.join('; ')}.`,
          action: 'Recheck creatinine before starting or escalating baclofen.',
        }),
      );
    }
  }

  const beersByEgfr = egfrMlMin173 < 60;
  const beersByCrcl = crclMlMin < 60;
  if (ageYears >= 65 && (beersByEgfr || beersByCrcl)) {
    const advice =
      'If used, give the lowest effective dose and watch for encephalopathy: the risk is dose-related and appears ' +
      'early (median 3 days; starting ≥ 20 mg/day vs < 20 mg/day RR 3.54, Muanda 2019).';
    const action =
      'If baclofen is used: lowest effective dose; watch for confusion and drowsiness, especially in the first days.';
    findings.push(
      beersByEgfr
        ? finding(RENAL_FINDING_RULES.beersElderly, {
            title: 'Age ≥ 65 with eGFR < 60: avoid baclofen (Beers 2023)',
            detail:
              `AGS Beers Criteria 2023: avoid baclofen in older adults with eGFR < 60 mL/min/1.73 m² (age ${short(ageYears, 1)} years, ` +
              `eGFR ${fixed(egfrMlMin173)}). ${advice}`,
            action,
          })
        : finding(RENAL_FINDING_RULES.beersElderlyByCrcl, {
            title: 'Age ≥ 65 with CrCl < 60: avoid baclofen (Beers 2023, extended by bacloplan)',
            detail:
              `AGS Beers Criteria 2023: avoid baclofen in older adults with reduced kidney function (age ${short(ageYears, 1)} years). ` +
              `Here eGFR is ${fixed(egfrMlMin173)} mL/min/1.73 m² (≥ 60) but Cockcroft–Gault CrCl is ${fixed(crclMlMin)} mL/min ` +
              '(< 60): Beers itself says eGFR; bacloplan also applies it on CrCl (bacloplan default, conservative). ' +
              advice,
            action,
          }),
    );
  }

  if (band === 'dialysis') {
    // A creatinine recheck means nothing on dialysis (spec §2.4); the dose timing does.
    findings.push(
      finding(RENAL_FINDING_RULES.dialysisTiming, {
        title: 'Give the dose after dialysis',
        detail:
          'Baclofen is removed by haemodialysis: give the dose after dialysis on dialysis days (Brvar 2007).',
        action: 'On dialysis days, give the dose after the session.',
      }),
    );
  } else if (band !== 'normal') {
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
  } else if (ibwKg === undefined) {
    findings.push(
      finding(RENAL_FINDING_RULES.heightBelowDevine, {
        title: 'Height under 152 cm: ideal body weight is not defined',
        detail:
          'Height under 152 cm: ideal body weight is not defined; actual weight used; CrCl may be overestimated if the ' +
          `patient is obese. (Height ${short(heightCm, 1)} cm; Devine starts at ${DEVINE_IBW.definedFromCm} cm = 60 in; ` +
          `actual weight ${short(weightKg, 1)} kg used.)`,
        action: 'If the patient is obese, read the CrCl as an upper estimate.',
      }),
    );
  }

  // While the unit question is open it says everything the value needs; once it is answered (or for a
  // value in mg/dL), a creatinine of 0.01 to 0.1 mg/dL is still below any adult value.
  if (!unitQuestion && creatinineLowSuspect(valid.creatinineValue, valid.creatinineUnit)) {
    findings.push(lowSuspectFinding(valid.creatinineValue, valid.creatinineUnit));
  }

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
    ...(unitQuestion === undefined ? {} : { unitQuestion }),
    ...(creatinineChange === undefined ? {} : { creatinineChange }),
  };
}
