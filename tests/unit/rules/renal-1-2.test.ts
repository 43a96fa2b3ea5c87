/**
 * Renal rules of ruleset 1.2 (clinical spec §2.1 and §2.4): the unit question, the KDIGO steady-state
 * check, Devine below 152.4 cm, Beers on CrCl and the dialysis advice. Expected values come from the
 * spec's worked examples (§2.5) or from hand calculations written beside them — never from the
 * implementation.
 */
import { describe, expect, it } from 'vitest';
import {
  UNIT_QUESTION_RULE_ID,
  assessRenal,
  checkCreatinineUnit,
  creatinineSteadyState,
  creatinineUnitQuestion,
  isUnitQuestion,
} from '../../../src/rules/renal';
import { RulesInputError } from '../../../src/rules/errors';
import { SOURCES } from '../../../src/rules/sources';
import type { RenalAssessment, RenalInput } from '../../../src/rules/types';

/** Spec §2.5 rows 3 and 4, copied by hand. */
const M72_150_UMOL: RenalInput = {
  ageYears: 72,
  sex: 'male',
  weightKg: 70,
  creatinine: { value: 150, unit: 'umol/L' },
};
const F80_1_4_MGDL: RenalInput = {
  ageYears: 80,
  sex: 'female',
  weightKg: 55,
  creatinine: { value: 1.4, unit: 'mg/dL' },
};
/** M 60 y, 80 kg, SCr 1.2 mg/dL (spec §2.5 row 1: CrCl 74.1, eGFR 69.2, mild). */
const base: RenalInput = {
  ageYears: 60,
  sex: 'male',
  weightKg: 80,
  creatinine: { value: 1.2, unit: 'mg/dL' },
};

const ids = (renal: RenalAssessment) => renal.findings.map((f) => f.ruleId);
const find = (renal: RenalAssessment, ruleId: string) => renal.findings.find((f) => f.ruleId === ruleId);
const withCreatinine = (input: RenalInput, creatinine: RenalInput['creatinine']): RenalInput => ({
  ...input,
  creatinine,
});

function inputErrorField(input: unknown): string {
  try {
    assessRenal(input as RenalInput);
  } catch (error) {
    if (error instanceof RulesInputError) return error.field;
    throw error;
  }
  throw new Error('expected a RulesInputError');
}

function withPollutedPrototype<T>(key: string, value: unknown, fn: () => T): T {
  Object.defineProperty(Object.prototype, key, {
    value,
    configurable: true,
    enumerable: false,
    writable: true,
  });
  try {
    return fn();
  } finally {
    delete (Object.prototype as Record<string, unknown>)[key];
  }
}

describe('unit question: mg/dL above 20 — "Is this µmol/L?" (spec §2.4)', () => {
  // The spec's 72-year-old man, his 150 µmol/L typed with the mg/dL unit.
  const mistyped = withCreatinine(M72_150_UMOL, { value: 150, unit: 'mg/dL' });

  it('is a hard stop, first of all findings, evidence default', () => {
    const renal = assessRenal(mistyped);
    const question = find(renal, 'renal.unit-unconfirmed');
    expect(question).toMatchObject({
      severity: 'hard-stop',
      title: 'Is this µmol/L?',
      evidence: 'default',
      sources: ['bacloplan-default'],
    });
    expect(renal.findings[0]?.ruleId).toBe('renal.unit-unconfirmed');
    expect(UNIT_QUESTION_RULE_ID).toBe('renal.unit-unconfirmed');
    expect(isUnitQuestion(question)).toBe(true);
    expect(isUnitQuestion(find(renal, 'renal.severe-hard-stop'))).toBe(false);
    expect(isUnitQuestion(undefined)).toBe(false);
  });

  it('never converts: every number uses 150 mg/dL as entered', () => {
    const renal = assessRenal(mistyped);
    expect(renal.creatinineMgDl).toBe(150);
    // (140 − 72) × 70 / (72 × 150) = 4760 / 10800 = 0.4407
    expect(renal.crclMlMin).toBeCloseTo(0.4407, 4);
    expect(renal.band).toBe('severe');
  });

  it('shows both readings side by side; read as µmol/L it is the spec example (CrCl 39.0, eGFR 42.4, moderate)', () => {
    const renal = assessRenal(mistyped);
    expect(renal.unitQuestion?.question).toBe('Is this µmol/L?');
    expect(renal.unitQuestion?.asEntered).toMatchObject({ value: 150, unit: 'mg/dL', creatinineMgDl: 150 });
    expect(renal.unitQuestion?.asEntered.crclMlMin).toBeCloseTo(0.4407, 4);
    expect(renal.unitQuestion?.asEntered.band).toBe('severe');
    const other = renal.unitQuestion?.otherReading;
    expect(other).toMatchObject({ value: 150, unit: 'umol/L', band: 'moderate' });
    expect(other?.creatinineMgDl).toBeCloseTo(150 / 88.4, 12);
    expect(other?.crclMlMin).toBeCloseTo(39.0, 1);
    expect(other?.egfrMlMin173).toBeCloseTo(42.4, 1);
    const detail = find(renal, 'renal.unit-unconfirmed')?.detail ?? '';
    // 150 mg/dL × 88.4 = 13 260 µmol/L; 150 µmol/L ÷ 88.4 = 1.70 mg/dL
    expect(detail).toContain('As entered, 150 mg/dL (= 13260 µmol/L): Cockcroft–Gault CrCl 0.4 mL/min');
    expect(detail).toContain(
      'read as µmol/L, 150 µmol/L = 1.70 mg/dL: Cockcroft–Gault CrCl 39.0 mL/min, CKD-EPI 2021 eGFR 42.4 mL/min/1.73 m², band moderate',
    );
    expect(find(renal, 'renal.unit-unconfirmed')?.action).toMatch(/override does not answer this question/);
  });

  it('boundary: 20 mg/dL is not asked, just above 20 is', () => {
    expect(ids(assessRenal(withCreatinine(base, { value: 20, unit: 'mg/dL' })))).not.toContain(
      'renal.unit-unconfirmed',
    );
    expect(ids(assessRenal(withCreatinine(base, { value: 20.0001, unit: 'mg/dL' })))).toContain(
      'renal.unit-unconfirmed',
    );
    expect(creatinineUnitQuestion(20, 'mg/dL')).toBeNull();
    expect(creatinineUnitQuestion(20.0001, 'mg/dL')).toEqual({
      question: 'Is this µmol/L?',
      otherUnit: 'umol/L',
    });
  });
});

describe('unit question: µmol/L below 20 — "Is this mg/dL?" (spec §2.4)', () => {
  // The spec's 80-year-old woman, her 1.4 mg/dL typed with the µmol/L unit.
  const mistyped = withCreatinine(F80_1_4_MGDL, { value: 1.4, unit: 'umol/L' });

  it('as entered the failing kidneys look normal; read as mg/dL it is the spec example (27.8, 38.0, severe)', () => {
    const renal = assessRenal(mistyped);
    // 1.4 ÷ 88.4 = 0.01584 mg/dL → (60 × 55) / (72 × 0.01584) × 0.85 = 2459.9 mL/min
    expect(renal.creatinineMgDl).toBeCloseTo(0.01584, 5);
    expect(renal.crclMlMin).toBeCloseTo(2459.9, 0);
    expect(renal.band).toBe('normal');
    const question = find(renal, 'renal.unit-unconfirmed');
    expect(question?.severity).toBe('hard-stop');
    expect(question?.title).toBe('Is this mg/dL?');
    expect(renal.findings[0]?.ruleId).toBe('renal.unit-unconfirmed');
    const other = renal.unitQuestion?.otherReading;
    expect(other).toMatchObject({ value: 1.4, unit: 'mg/dL', creatinineMgDl: 1.4, band: 'severe' });
    expect(other?.crclMlMin).toBeCloseTo(27.8, 1);
    expect(other?.egfrMlMin173).toBeCloseTo(38.0, 1);
    // 1.4 mg/dL × 88.4 = 124 µmol/L
    expect(question?.detail).toContain(
      'read as mg/dL, 1.4 mg/dL (= 124 µmol/L): Cockcroft–Gault CrCl 27.8 mL/min',
    );
    expect(question?.detail).toContain('makes failing kidneys look normal');
  });

  it('boundary: 20 µmol/L is not asked, just below 20 is', () => {
    expect(ids(assessRenal(withCreatinine(base, { value: 20, unit: 'umol/L' })))).not.toContain(
      'renal.unit-unconfirmed',
    );
    expect(ids(assessRenal(withCreatinine(base, { value: 19.999, unit: 'umol/L' })))).toContain(
      'renal.unit-unconfirmed',
    );
  });
});

describe('unit question: answered only by confirming the unit or changing it', () => {
  const mistyped = withCreatinine(F80_1_4_MGDL, { value: 1.4, unit: 'umol/L' });

  it('unitConfirmed: true closes it; the value is still used as entered; an info finding records the answer', () => {
    const renal = assessRenal(
      withCreatinine(F80_1_4_MGDL, { value: 1.4, unit: 'umol/L', unitConfirmed: true }),
    );
    expect(ids(renal)).not.toContain('renal.unit-unconfirmed');
    expect(renal.unitQuestion).toBeUndefined();
    expect(renal.findings.some((f) => f.severity === 'hard-stop')).toBe(false);
    expect(renal.crclMlMin).toBeCloseTo(2459.9, 0);
    const answer = find(renal, 'renal.unit-confirmed');
    expect(answer?.severity).toBe('info');
    expect(answer?.detail).toContain('confirmed 1.4 µmol/L as entered');
    // Still 0.01584 mg/dL (< 0.1): the value is implausibly low, a major warning (spec §2.4).
    expect(find(renal, 'renal.creatinine-low-suspect')?.severity).toBe('major');
  });

  it('unitConfirmed: false leaves it open', () => {
    const renal = assessRenal(
      withCreatinine(F80_1_4_MGDL, { value: 1.4, unit: 'umol/L', unitConfirmed: false }),
    );
    expect(ids(renal)).toContain('renal.unit-unconfirmed');
  });

  it('changing the unit closes it and gives the spec example', () => {
    const renal = assessRenal(F80_1_4_MGDL);
    expect(ids(renal)).not.toContain('renal.unit-unconfirmed');
    expect(renal.crclMlMin).toBeCloseTo(27.8, 1);
    expect(renal.egfrMlMin173).toBeCloseTo(38.0, 1);
  });

  it('an override (or anything else the input carries) never closes it', () => {
    const withOverride = {
      ...mistyped,
      override: { reason: 'specialist reviewed, proceed anyway' },
      creatinine: { ...mistyped.creatinine, override: { reason: 'specialist reviewed' } },
    } as unknown as RenalInput;
    expect(ids(assessRenal(withOverride))).toContain('renal.unit-unconfirmed');
  });

  it('a unitConfirmed planted on Object.prototype is not an answer', () => {
    const renal = withPollutedPrototype('unitConfirmed', true, () => assessRenal(mistyped));
    expect(ids(renal)).toContain('renal.unit-unconfirmed');
  });

  it('unitConfirmed on a plausible value changes nothing', () => {
    expect(assessRenal(withCreatinine(base, { value: 1.2, unit: 'mg/dL', unitConfirmed: true }))).toEqual(
      assessRenal(base),
    );
  });

  it.each([['yes'], ['true'], [1], [0], [null], [{}]])(
    'unitConfirmed %o is an input error',
    (unitConfirmed) => {
      const input = { ...base, creatinine: { value: 150, unit: 'mg/dL', unitConfirmed } };
      expect(inputErrorField(input)).toBe('creatinine.unitConfirmed');
    },
  );

  it('a misspelt unit_confirmed is refused, not dropped', () => {
    const input = { ...base, creatinine: { value: 150, unit: 'mg/dL', unit_confirmed: true } };
    expect(inputErrorField(input)).toBe('creatinine.unitConfirmed');
  });

  it('checkCreatinineUnit: the question unless confirmed', () => {
    expect(checkCreatinineUnit(150, 'mg/dL')?.ruleId).toBe('renal.unit-unconfirmed');
    expect(checkCreatinineUnit(150, 'mg/dL')?.detail).toContain('150 µmol/L = 1.70 mg/dL');
    expect(checkCreatinineUnit(150, 'mg/dL', true)).toBeNull();
    expect(checkCreatinineUnit(15, 'umol/L')?.title).toBe('Is this mg/dL?');
  });

  it('the 1.1 ids are gone', () => {
    for (const input of [withCreatinine(base, { value: 150, unit: 'mg/dL' }), mistyped]) {
      const found = ids(assessRenal(input));
      expect(found).not.toContain('renal.creatinine-unit-suspect');
      expect(found).not.toContain('renal.creatinine-umol-unit-suspect');
    }
  });
});

describe('creatinine limits (spec §2.4: < 0.01 mg/dL error; 0.01–0.1 mg/dL major)', () => {
  it('below 0.01 mg/dL (0.884 µmol/L) is an input error on creatinine.value', () => {
    expect(inputErrorField(withCreatinine(base, { value: 0.0099, unit: 'mg/dL' }))).toBe('creatinine.value');
    expect(inputErrorField(withCreatinine(base, { value: 0.883, unit: 'umol/L' }))).toBe('creatinine.value');
  });

  it('0.01 to < 0.1 mg/dL: renal.creatinine-low-suspect, major', () => {
    for (const value of [0.01, 0.05, 0.0999]) {
      expect(
        find(assessRenal(withCreatinine(base, { value, unit: 'mg/dL' })), 'renal.creatinine-low-suspect'),
      ).toMatchObject({ severity: 'major' });
    }
    expect(ids(assessRenal(withCreatinine(base, { value: 0.1, unit: 'mg/dL' })))).not.toContain(
      'renal.creatinine-low-suspect',
    );
  });

  it('in µmol/L: the unit question first; once confirmed, < 8.84 µmol/L (0.1 mg/dL) is low-suspect', () => {
    const open = assessRenal(withCreatinine(base, { value: 0.884, unit: 'umol/L' }));
    expect(ids(open)).toContain('renal.unit-unconfirmed');
    expect(ids(open)).not.toContain('renal.creatinine-low-suspect');
    const confirmed = (value: number) =>
      ids(assessRenal(withCreatinine(base, { value, unit: 'umol/L', unitConfirmed: true })));
    expect(confirmed(0.884)).toContain('renal.creatinine-low-suspect');
    expect(confirmed(8.83)).toContain('renal.creatinine-low-suspect');
    expect(confirmed(8.84)).not.toContain('renal.creatinine-low-suspect');
  });
});

describe('renal function not stable: KDIGO 2012 (spec §2.4)', () => {
  const withPrevious = (
    creatinine: RenalInput['creatinine'],
    previousCreatinine: NonNullable<RenalInput['previousCreatinine']>,
  ): RenalAssessment => assessRenal({ ...base, creatinine, previousCreatinine });

  it('a rise of 27 µmol/L within 48 h counts (27 ÷ 88.4 = 0.305 mg/dL ≥ 0.3)', () => {
    const renal = withPrevious(
      { value: 127, unit: 'umol/L' },
      { value: 100, unit: 'umol/L', hoursBefore: 24 },
    );
    const changing = find(renal, 'renal.not-steady-state');
    expect(changing).toMatchObject({ severity: 'major', evidence: 'guideline', sources: ['kdigo-2012'] });
    expect(changing?.detail).toContain(
      'Creatinine is changing (AKI criteria): CrCl and eGFR assume a steady state; recheck before starting or escalating.',
    );
    expect(renal.creatinineChange?.riseMgDl).toBeCloseTo(27 / 88.4, 12);
    // 127 / 100 = 1.27: below 1.5, so only the 0.3 mg/dL criterion is met
    expect(renal.creatinineChange?.ratio).toBeCloseTo(1.27, 12);
    expect(renal.creatinineChange?.notSteadyState).toBe(true);
  });

  it('a rise of 26 µmol/L does not (26 ÷ 88.4 = 0.294 mg/dL < 0.3)', () => {
    const renal = withPrevious(
      { value: 126, unit: 'umol/L' },
      { value: 100, unit: 'umol/L', hoursBefore: 24 },
    );
    expect(ids(renal)).not.toContain('renal.not-steady-state');
    expect(renal.creatinineChange?.riseMgDl).toBeCloseTo(26 / 88.4, 12);
    expect(renal.creatinineChange?.notSteadyState).toBe(false);
  });

  it('exactly 0.3 mg/dL at exactly 48 h counts (0.9 → 1.2 mg/dL); at 48.5 h it does not (ratio 1.33)', () => {
    const at = (hoursBefore: number) =>
      ids(withPrevious({ value: 1.2, unit: 'mg/dL' }, { value: 0.9, unit: 'mg/dL', hoursBefore }));
    expect(at(48)).toContain('renal.not-steady-state');
    expect(at(48.5)).not.toContain('renal.not-steady-state');
  });

  it('≥ 1.5 × within 7 days: 0.8 → 1.2 mg/dL (× 1.5 exactly) at 168 h counts, at 168.5 h not', () => {
    const at = (hoursBefore: number) =>
      ids(withPrevious({ value: 1.2, unit: 'mg/dL' }, { value: 0.8, unit: 'mg/dL', hoursBefore }));
    expect(at(100)).toContain('renal.not-steady-state');
    expect(at(168)).toContain('renal.not-steady-state');
    expect(at(168.5)).not.toContain('renal.not-steady-state');
    // 0.8 → 1.19: × 1.4875 and 72 h (the 0.3 mg/dL rise is outside 48 h) → steady by KDIGO
    expect(
      ids(withPrevious({ value: 1.19, unit: 'mg/dL' }, { value: 0.8, unit: 'mg/dL', hoursBefore: 72 })),
    ).not.toContain('renal.not-steady-state');
  });

  it('compares in mg/dL across units: 1.0 mg/dL → 115 µmol/L (1.301 mg/dL) in 24 h counts', () => {
    const renal = withPrevious(
      { value: 115, unit: 'umol/L' },
      { value: 1.0, unit: 'mg/dL', hoursBefore: 24 },
    );
    expect(renal.creatinineChange?.previousMgDl).toBe(1);
    expect(renal.creatinineChange?.riseMgDl).toBeCloseTo(115 / 88.4 - 1, 12);
    expect(ids(renal)).toContain('renal.not-steady-state');
  });

  it('a falling or stable creatinine, or none given, raises nothing and the band is unchanged', () => {
    const falling = withPrevious(
      { value: 1.2, unit: 'mg/dL' },
      { value: 2.0, unit: 'mg/dL', hoursBefore: 24 },
    );
    const stable = withPrevious(
      { value: 1.2, unit: 'mg/dL' },
      { value: 1.2, unit: 'mg/dL', hoursBefore: 24 },
    );
    for (const renal of [falling, stable]) {
      expect(ids(renal)).not.toContain('renal.not-steady-state');
      expect(renal.band).toBe('mild');
      expect(renal.crclMlMin).toBeCloseTo(74.1, 1);
    }
    expect(assessRenal(base).creatinineChange).toBeUndefined();
    expect(assessRenal({ ...base, previousCreatinine: null as unknown as undefined })).toEqual(
      assessRenal(base),
    );
  });

  it('the helper applies the same thresholds', () => {
    expect(creatinineSteadyState({ creatinineMgDl: 1.3, previousMgDl: 1.0, hoursBefore: 48 }).byRise).toBe(
      true,
    );
    expect(
      creatinineSteadyState({ creatinineMgDl: 1.29, previousMgDl: 1.0, hoursBefore: 48 }).notSteadyState,
    ).toBe(false);
    expect(creatinineSteadyState({ creatinineMgDl: 3.0, previousMgDl: 2.0, hoursBefore: 168 }).byRatio).toBe(
      true,
    );
  });

  it('the step is explained, citing KDIGO 2012', () => {
    const renal = withPrevious({ value: 1.3, unit: 'mg/dL' }, { value: 1.0, unit: 'mg/dL', hoursBefore: 24 });
    const stepExplained = renal.explain?.find((s) => s.ruleId === 'renal.steady-state-kdigo');
    expect(stepExplained?.evidence).toBe('guideline');
    expect(stepExplained?.sources).toEqual(['kdigo-2012']);
    expect(SOURCES['kdigo-2012']?.citation).toMatch(
      /KDIGO Clinical Practice Guideline for Acute Kidney Injury/,
    );
  });

  it.each([
    ['previousCreatinine', 5],
    ['previousCreatinine', [1, 'mg/dL', 24]],
    ['previousCreatinine.value', { value: 0, unit: 'mg/dL', hoursBefore: 24 }],
    ['previousCreatinine.value', { value: -1, unit: 'mg/dL', hoursBefore: 24 }],
    ['previousCreatinine.value', { value: '1.0', unit: 'mg/dL', hoursBefore: 24 }],
    ['previousCreatinine.value', { value: Number.NaN, unit: 'mg/dL', hoursBefore: 24 }],
    ['previousCreatinine.value', { value: 0.005, unit: 'mg/dL', hoursBefore: 24 }],
    ['previousCreatinine.value', { unit: 'mg/dL', hoursBefore: 24 }],
    ['previousCreatinine.unit', { value: 1, unit: 'mmol/L', hoursBefore: 24 }],
    ['previousCreatinine.unit', { value: 1, hoursBefore: 24 }],
    ['previousCreatinine.hoursBefore', { value: 1, unit: 'mg/dL', hoursBefore: 0 }],
    ['previousCreatinine.hoursBefore', { value: 1, unit: 'mg/dL', hoursBefore: -24 }],
    ['previousCreatinine.hoursBefore', { value: 1, unit: 'mg/dL', hoursBefore: Number.POSITIVE_INFINITY }],
    ['previousCreatinine.hoursBefore', { value: 1, unit: 'mg/dL', hoursBefore: '24' }],
    ['previousCreatinine.hoursBefore', { value: 1, unit: 'mg/dL', hoursBefore: 8761 }],
    ['previousCreatinine.hoursBefore', { value: 1, unit: 'mg/dL' }],
    ['previousCreatinine.hoursBefore', { value: 1, unit: 'mg/dL', hours_before: 24 }],
  ])('%s: %o is an input error', (field, previousCreatinine) => {
    expect(inputErrorField({ ...base, previousCreatinine })).toBe(field);
  });

  it('a misspelt previous_creatinine is refused; 8760 h (a year) is accepted', () => {
    expect(
      inputErrorField({ ...base, previous_creatinine: { value: 1, unit: 'mg/dL', hoursBefore: 24 } }),
    ).toBe('previousCreatinine');
    expect(() =>
      assessRenal({ ...base, previousCreatinine: { value: 1, unit: 'mg/dL', hoursBefore: 8760 } }),
    ).not.toThrow();
  });
});

describe('Devine below 152.4 cm (spec §2.1)', () => {
  // M 50 y, 120 kg, SCr 1.0 mg/dL — the spec's obese man (row 5), 150 cm tall instead of 175.
  const short: RenalInput = {
    ageYears: 50,
    sex: 'male',
    weightKg: 120,
    heightCm: 150,
    creatinine: { value: 1.0, unit: 'mg/dL' },
  };

  it('no IBW or adjusted weight; actual weight used; info finding with the spec text', () => {
    const renal = assessRenal(short);
    expect(renal.ibwKg).toBeUndefined();
    expect(renal.adjustedWeightKg).toBeUndefined();
    expect(renal.weightBasis).toBe('actual');
    expect(renal.weightUsedKg).toBe(120);
    // (140 − 50) × 120 / (72 × 1.0) = 150 mL/min
    expect(renal.crclMlMin).toBeCloseTo(150, 10);
    const note = find(renal, 'renal.height-below-devine');
    expect(note?.severity).toBe('info');
    expect(note?.detail).toContain(
      'Height under 152 cm: ideal body weight is not defined; actual weight used; CrCl may be overestimated if the patient is obese',
    );
    expect(ids(renal)).not.toContain('renal.height-missing');
    expect(renal.explain?.map((s) => s.ruleId)).not.toContain('renal.ideal-body-weight-devine');
  });

  it('at 152.4 cm Devine applies: IBW 50 kg, adjusted 50 + 0.4 × 70 = 78 kg, no note', () => {
    const renal = assessRenal({ ...short, heightCm: 152.4 });
    expect(renal.ibwKg).toBeCloseTo(50, 10);
    expect(renal.weightBasis).toBe('adjusted');
    expect(renal.weightUsedKg).toBeCloseTo(78, 10);
    expect(ids(renal)).not.toContain('renal.height-below-devine');
    expect(assessRenal({ ...short, heightCm: 152.4, weightBasis: 'ideal' }).weightUsedKg).toBeCloseTo(50, 10);
  });

  it('ideal or adjusted weight chosen below 152.4 cm is an input error on weightBasis', () => {
    expect(inputErrorField({ ...short, heightCm: 152.3, weightBasis: 'ideal' })).toBe('weightBasis');
    expect(inputErrorField({ ...short, weightBasis: 'adjusted' })).toBe('weightBasis');
    expect(inputErrorField({ ...short, heightCm: 100, weightBasis: 'ideal' })).toBe('weightBasis');
    expect(assessRenal({ ...short, weightBasis: 'actual' }).weightUsedKg).toBe(120);
  });
});

describe('Beers also on Cockcroft–Gault CrCl < 60 (spec §2.4)', () => {
  // F 70 y, 45 kg, SCr 0.7 mg/dL: eGFR = 142 × 0.9938^70 × 1.012 = 93.0 (≥ 60);
  // CrCl = (140 − 70) × 45 / (72 × 0.7) × 0.85 = 53.1 (< 60)
  const crclOnly: RenalInput = {
    ageYears: 70,
    sex: 'female',
    weightKg: 45,
    creatinine: { value: 0.7, unit: 'mg/dL' },
  };

  it('fires on CrCl alone, says so, and cites the bacloplan default beside Beers', () => {
    const renal = assessRenal(crclOnly);
    expect(renal.egfrMlMin173).toBeCloseTo(93.0, 1);
    expect(renal.crclMlMin).toBeCloseTo(53.1, 1);
    const beers = find(renal, 'renal.beers-elderly');
    expect(beers?.severity).toBe('major');
    expect(beers?.evidence).toBe('default'); // spec §2.4: "`default`, conservative; Beers itself says eGFR"
    expect(beers?.sources).toEqual(['beers-2023', 'muanda-2019', 'bacloplan-default']);
    expect(beers?.detail).toContain(
      'eGFR is 93.0 mL/min/1.73 m² (≥ 60) but Cockcroft–Gault CrCl is 53.1 mL/min',
    );
    expect(beers?.detail).toContain('Beers itself says eGFR');
  });

  it('on eGFR < 60 it is Beers as written (spec example: M 72 y at 150 µmol/L, eGFR 42.4)', () => {
    const beers = find(assessRenal(M72_150_UMOL), 'renal.beers-elderly');
    expect(beers?.sources).toEqual(['beers-2023', 'muanda-2019']);
    expect(beers?.title).toMatch(/eGFR < 60/);
  });

  it('boundaries: CrCl just under 60 fires, just over does not; under 65 never', () => {
    // M 65 y, SCr 0.9: eGFR = 142 × 0.9938^65 = 94.8; CrCl = 75 × weight / 64.8 → 60 at 51.84 kg
    const at = (weightKg: number, ageYears = 65) =>
      assessRenal({ ageYears, sex: 'male', weightKg, creatinine: { value: 0.9, unit: 'mg/dL' } });
    expect(at(51.8).crclMlMin).toBeCloseTo(59.95, 2);
    expect(ids(at(51.8))).toContain('renal.beers-elderly');
    expect(at(51.9).crclMlMin).toBeCloseTo(60.07, 2);
    expect(ids(at(51.9))).not.toContain('renal.beers-elderly');
    expect(ids(assessRenal({ ...crclOnly, ageYears: 64.9 }))).not.toContain('renal.beers-elderly');
  });
});

describe('dialysis: dose timing instead of a creatinine recheck (spec §2.4)', () => {
  it('no recheck; "give the dose after dialysis on dialysis days" (Brvar 2007, pk-study)', () => {
    const renal = assessRenal({ ...M72_150_UMOL, onDialysis: true });
    expect(renal.band).toBe('dialysis');
    expect(ids(renal)).not.toContain('renal.recheck-creatinine');
    const timing = find(renal, 'renal.dialysis-timing');
    expect(timing).toMatchObject({ severity: 'info', evidence: 'pk-study', sources: ['brvar-2007'] });
    expect(timing?.detail).toMatch(
      /baclofen is removed by haemodialysis: give the dose after dialysis on dialysis days/i,
    );
    expect(SOURCES['brvar-2007']).toBeDefined();
  });

  it('the moderate band without dialysis still gets the recheck, not the timing', () => {
    const renal = assessRenal(M72_150_UMOL);
    expect(ids(renal)).toContain('renal.recheck-creatinine');
    expect(ids(renal)).not.toContain('renal.dialysis-timing');
  });
});

describe('hostile input stays a result or a RulesInputError', () => {
  it('extreme readings give finite numbers everywhere', () => {
    const inputs: RenalInput[] = [
      withCreatinine(base, { value: Number.MAX_VALUE, unit: 'mg/dL' }),
      withCreatinine(base, { value: 0.884, unit: 'umol/L' }),
      {
        ...base,
        creatinine: { value: Number.MAX_VALUE, unit: 'mg/dL', unitConfirmed: true },
        previousCreatinine: { value: 0.01, unit: 'mg/dL', hoursBefore: 1e-9 },
      },
      { ...base, previousCreatinine: { value: Number.MAX_VALUE, unit: 'umol/L', hoursBefore: 8760 } },
    ];
    const numbersIn = (value: unknown): number[] =>
      typeof value === 'number'
        ? [value]
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(numbersIn)
          : [];
    for (const input of inputs) {
      const renal = assessRenal(input);
      for (const n of numbersIn(renal)) expect(Number.isFinite(n)).toBe(true);
      expect(JSON.parse(JSON.stringify(renal))).toEqual(renal);
      for (const f of renal.findings) expect(`${f.title} ${f.detail}`).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it.each([
    ['creatinine.unitConfirmed', { creatinine: { value: 1, unit: 'mg/dL', unitConfirmed: Symbol('yes') } }],
    ['creatinine.unitConfirmed', { creatinine: { value: 1, unit: 'mg/dL', unitConfirmed: 1n } }],
    ['previousCreatinine.value', { previousCreatinine: { value: 1n, unit: 'mg/dL', hoursBefore: 24 } }],
    ['previousCreatinine.hoursBefore', { previousCreatinine: { value: 1, unit: 'mg/dL', hoursBefore: 24n } }],
  ])('%s: %o', (field, patch) => {
    expect(inputErrorField({ ...base, ...patch })).toBe(field);
  });

  it('a previousCreatinine planted on Object.prototype is not read', () => {
    const renal = withPollutedPrototype(
      'previousCreatinine',
      { value: 0.1, unit: 'mg/dL', hoursBefore: 1 },
      () => assessRenal(base),
    );
    expect(renal.creatinineChange).toBeUndefined();
    expect(ids(renal)).not.toContain('renal.not-steady-state');
  });
});
