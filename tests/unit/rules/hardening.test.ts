/**
 * Regression tests for what the pipeline fuzzer (tests/unit/fuzz) found: hostile input must give a
 * valid, JSON-safe result or a RulesInputError naming a field with a message a clinician can act on —
 * never a TypeError, an Infinity on screen, or a value read from a prototype. Expected values are
 * written out here (limits, conversions), not read back from the implementation.
 */
import { describe, expect, it } from 'vitest';
import {
  assessRenal,
  buildPlan,
  checkCreatinineUnit,
  checkInteractions,
  checkInteractionsDetailed,
  RENAL_INPUT_LIMITS,
  RULESET_VERSION,
  RulesInputError,
  type Finding,
  type PlanInput,
  type RenalAssessment,
  type RenalInput,
} from '../../../src/rules/index';

const START = '2026-12-01';
const VALID: RenalInput = {
  ageYears: 50,
  sex: 'male',
  weightKg: 70,
  creatinine: { value: 1, unit: 'mg/dL' },
};
const LONG = 'ä'.repeat(50_000);

/** The RulesInputError `fn` throws; anything else (a result, a TypeError) fails the test. */
function inputError(fn: () => unknown): RulesInputError {
  let result: unknown;
  try {
    result = fn();
  } catch (error) {
    if (error instanceof RulesInputError) return error;
    throw error;
  }
  throw new Error(`expected a RulesInputError, got a result: ${JSON.stringify(result)?.slice(0, 200)}`);
}

/** A message a clinician can read: short, and no leaked internals. */
function expectReadable(error: RulesInputError): void {
  expect(error.field).not.toBe('');
  expect(error.message).not.toBe('');
  expect(error.message.length).toBeLessThan(400);
  expect(error.message).not.toMatch(/\[object|TypeError|undefined|NaN|Infinity/);
}

/** Every value JSON can carry unchanged: finite numbers, text, booleans, null, lists and objects of them. */
function expectJsonSafe(value: unknown, path = 'result'): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} is ${value}`).toBe(true);
  } else if (['bigint', 'symbol', 'function'].includes(typeof value)) {
    throw new Error(`${path} is a ${typeof value}`);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) expectJsonSafe(item, `${path}.${key}`);
  }
}

const renalWith = (patch: Record<string, unknown>) => ({ ...VALID, ...patch }) as RenalInput;
const creatinine = (value: unknown, unit: unknown = 'mg/dL') =>
  renalWith({ creatinine: { value, unit } as RenalInput['creatinine'] });
const ruleIds = (renal: RenalAssessment) => renal.findings.map((f) => f.ruleId);

/** Runs `fn` with `key` planted on Object.prototype, then removes it whatever happens. */
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

describe('ruleset version', () => {
  it('is 1.2.x: the spec now holds the creatinine limits, the unit question and the 1.2 plan rules', () => {
    expect(RULESET_VERSION).toBe('1.2.3');
  });
});

describe('bug 1: a tiny positive creatinine gave CrCl = Infinity', () => {
  it.each([5e-324, Number.MIN_VALUE, 1e-300, 0.0099])(
    '%s mg/dL is an input error on creatinine.value',
    (value) => {
      const error = inputError(() => assessRenal(creatinine(value, 'mg/dL')));
      expect(error.field).toBe('creatinine.value');
      expect(error.message).toContain('is implausibly low; check the value and the unit');
      expectReadable(error);
    },
  );

  it.each([5e-324, 0.5, 0.8839])('%s µmol/L is an input error that offers the mg/dL reading', (value) => {
    const error = inputError(() => assessRenal(creatinine(value, 'umol/L')));
    expect(error.field).toBe('creatinine.value');
    expect(error.message).toContain(
      `Creatinine ${value} µmol/L is implausibly low; check the value and the unit`,
    );
    expect(error.message).toContain(`Did you mean ${value} mg/dL?`);
  });

  it('the limit is data: 0.01 mg/dL = 0.884 µmol/L, a labelled bacloplan default', () => {
    const limit = RENAL_INPUT_LIMITS.creatinine.implausiblyLowBelow;
    expect(limit['mg/dL']).toBe(0.01);
    expect(limit['umol/L']).toBeCloseTo(0.01 * 88.4, 12);
    expect(limit.id).toBe('renal.creatinine-lower-limit');
    expect(limit.evidence).toBe('default');
    expect(limit.sources).toEqual(['bacloplan-default']);
  });

  it('the limit itself is accepted, with finite estimates, in both units', () => {
    for (const input of [creatinine(0.01, 'mg/dL'), creatinine(0.884, 'umol/L')]) {
      const renal = assessRenal(input);
      expectJsonSafe(renal);
      // (140 − 50) × 70 / (72 × 0.01) = 8750 mL/min: absurd, hence the warnings below, but a number.
      expect(renal.crclMlMin).toBeGreaterThan(8000);
    }
  });

  it('extreme valid corners give finite numbers everywhere (no Infinity, no negative weight)', () => {
    const corners: RenalInput[] = [
      {
        ageYears: 18,
        sex: 'female',
        weightKg: 350,
        heightCm: 100,
        creatinine: { value: 0.01, unit: 'mg/dL' },
      },
      {
        ageYears: 120,
        sex: 'male',
        weightKg: 25,
        heightCm: 250,
        creatinine: { value: 0.884, unit: 'umol/L' },
      },
      { ...VALID, heightCm: 250, weightKg: 25, weightBasis: 'adjusted' },
      { ...VALID, creatinine: { value: Number.MAX_VALUE, unit: 'mg/dL' } },
      { ...VALID, creatinine: { value: 1e308, unit: 'umol/L' } },
    ];
    for (const input of corners) {
      const renal = assessRenal(input);
      expectJsonSafe(renal);
      expect(renal.crclMlMin).toBeGreaterThanOrEqual(0);
      expect(renal.egfrMlMin173).toBeGreaterThanOrEqual(0);
      expect(renal.weightUsedKg).toBeGreaterThan(0);
    }
  });
});

describe('renal.unit-unconfirmed: µmol/L below 20 is probably mg/dL (spec §2.4, ruleset 1.2)', () => {
  it('asks "Is this mg/dL?" as a hard stop with the mg/dL reading, and does not convert', () => {
    const renal = assessRenal(creatinine(15, 'umol/L'));
    // 15 ÷ 88.4 = 0.1697 mg/dL: used as entered until the clinician answers the unit question.
    expect(renal.creatinineMgDl).toBeCloseTo(0.1697, 4);
    const question = renal.findings.find((f) => f.ruleId === 'renal.unit-unconfirmed');
    expect(question).toMatchObject({
      severity: 'hard-stop',
      title: 'Is this mg/dL?',
      evidence: 'default',
      sources: ['bacloplan-default'],
    });
    expect(question?.detail).toContain('As entered, 15 µmol/L = 0.17 mg/dL');
    // 15 mg/dL × 88.4 = 1326 µmol/L
    expect(question?.detail).toContain('read as mg/dL, 15 mg/dL (= 1326 µmol/L)');
    expect(question?.detail).toContain('uses 15 µmol/L as entered');
    // The unit question comes before anything else.
    expect(renal.findings[0]?.ruleId).toBe('renal.unit-unconfirmed');
  });

  it('fires below 20 µmol/L only; mg/dL values up to 20 never trigger it', () => {
    expect(ruleIds(assessRenal(creatinine(19.99, 'umol/L')))).toContain('renal.unit-unconfirmed');
    expect(ruleIds(assessRenal(creatinine(20, 'umol/L')))).not.toContain('renal.unit-unconfirmed');
    expect(ruleIds(assessRenal(creatinine(15, 'mg/dL')))).not.toContain('renal.unit-unconfirmed');
    expect(RENAL_INPUT_LIMITS.creatinine.suspectUmolLBelow).toBe(20);
  });

  it('checkCreatinineUnit returns it too (the chart view uses it before assessing)', () => {
    // 1.2 ÷ 88.4 = 0.0136 mg/dL; 1.2 × 88.4 = 106 µmol/L
    expect(checkCreatinineUnit(1.2, 'umol/L')?.detail).toContain(
      'As entered, 1.2 µmol/L = 0.014 mg/dL; read as mg/dL, 1.2 mg/dL (= 106 µmol/L)',
    );
    expect(checkCreatinineUnit(20.1, 'mg/dL')?.ruleId).toBe('renal.unit-unconfirmed');
    expect(checkCreatinineUnit(150, 'umol/L')).toBeNull();
    // Answered: the question is gone (1.2 µmol/L confirmed is still implausibly low: < 8.84 µmol/L).
    expect(checkCreatinineUnit(20.1, 'mg/dL', true)).toBeNull();
    expect(checkCreatinineUnit(1.2, 'umol/L', true)?.ruleId).toBe('renal.creatinine-low-suspect');
  });
});

describe('renal.creatinine-low-suspect: 0.01 to 0.1 mg/dL (spec §2.4, ruleset 1.2)', () => {
  it('warns (major) between the error limit and 0.1 mg/dL', () => {
    const renal = assessRenal(creatinine(0.05, 'mg/dL'));
    const warning = renal.findings.find((f) => f.ruleId === 'renal.creatinine-low-suspect');
    expect(warning).toMatchObject({ severity: 'major', evidence: 'default', sources: ['bacloplan-default'] });
    // 0.05 × 88.4 = 4.42 µmol/L
    expect(warning?.detail).toContain('0.05 mg/dL (= 4.4 µmol/L) is below any plausible adult value');
    expect(ruleIds(assessRenal(creatinine(0.1, 'mg/dL')))).not.toContain('renal.creatinine-low-suspect');
    expect(RENAL_INPUT_LIMITS.creatinine.lowMgDlBelow).toBe(0.1);
  });
});

describe('bug 2: unknown parameter keys were echoed into the plan', () => {
  const plan = (params: unknown) =>
    buildPlan({ regimenId: 'baclocur-80', startDate: START, params } as unknown as PlanInput);

  it.each([
    ['{"taperParams":{"x":1e999}}', 'params.taperParams.x'],
    ['{"foo":1}', 'params.foo'],
    ['{"__proto__":{"capMgPerDay":300}}', 'params.__proto__'],
    ['{"constructor":2}', 'params.constructor'],
    ['{"toString":1e999}', 'params.toString'],
    ['{"capMgperDay":60}', 'params.capMgperDay'],
    ['{"":0}', 'params.(empty name)'],
    ['{"taperParams":{"__proto__":{"stepMgPerDay":1}}}', 'params.taperParams.__proto__'],
  ])('%s is refused on %s', (json, field) => {
    const error = inputError(() => plan(JSON.parse(json)));
    expect(error.field).toBe(field);
    expect(error.message).toContain('is not a regimen parameter bacloplan knows');
    expectReadable(error);
  });

  it('a BigInt under an unknown taper key is refused, not put on the plan', () => {
    expect(inputError(() => plan({ taperParams: { '': 0n } })).field).toBe('params.taperParams.(empty name)');
  });

  it.each([
    ['startMgPerDay', 10n],
    ['startMgPerDay', '10'],
    ['capMgPerDay', Number.NaN],
    ['holdDays', Number.POSITIVE_INFINITY],
  ])('known parameter %s = %s must be a finite number', (key, value) => {
    expect(inputError(() => plan({ [key]: value })).field).toBe(`params.${key}`);
  });

  it.each([
    ['percent', 10n],
    ['intervalDays', '3'],
    ['stepMgPerDay', Number.NaN],
  ])('taper parameter %s = %s must be a finite number', (key, value) => {
    expect(inputError(() => plan({ taperParams: { [key]: value } })).field).toBe(`params.taperParams.${key}`);
  });

  it('taper parameters given as a list are refused', () => {
    expect(inputError(() => plan({ taperParams: [] })).field).toBe('params.taperParams');
  });

  it('inherited edits are not edits', () => {
    const inherited = plan(Object.create({ capMgPerDay: 10, taperParams: { intervalDays: 14 } }));
    expect(inherited.capMgPerDay).toBe(80);
    expect(inherited.summary?.changedParams).toEqual([]);
  });

  it('a key planted on Object.prototype changes nothing', () => {
    const polluted = withPollutedPrototype('capMgPerDay', 10, () => plan({}));
    expect(polluted.capMgPerDay).toBe(80);
    expect(polluted.summary?.changedParams).toEqual([]);
  });

  it('real edits are still recorded, and the plan is JSON-safe', () => {
    const edited = plan({ capMgPerDay: 60, taperParams: { intervalDays: 4 } });
    expect(edited.summary?.changedParams).toEqual([
      { key: 'capMgPerDay', from: 80, to: 60 },
      { key: 'taperParams.intervalDays', from: 3, to: 4 },
    ]);
    expectJsonSafe(edited);
  });
});

describe('bug 3: a regimenId that is not text threw a TypeError', () => {
  it.each([
    ['an object with a non-function toString', { toString: 'x' }],
    ['a null-prototype object', Object.create(null) as unknown],
    ['a symbol', Symbol('regimen')],
    ['a BigInt', 10n],
    ['a number', 42],
    ['null', null],
    ['a list', ['baclocur-80']],
    ['nothing', undefined],
  ])('%s → RulesInputError on regimenId', (_label, regimenId) => {
    const error = inputError(() => buildPlan({ regimenId, startDate: START } as unknown as PlanInput));
    expect(error.field).toBe('regimenId');
    expect(error.message).toMatch(/regimen/i);
    expect(error.message).not.toMatch(/\[object/);
  });

  it('an unknown id is quoted back shortened, not as 50 000 characters', () => {
    const error = inputError(() => buildPlan({ regimenId: LONG, startDate: START }));
    expect(error.field).toBe('regimenId');
    expect(error.message.length).toBeLessThan(200);
  });
});

describe('bug 4: a renal assessment that is not one threw a TypeError', () => {
  const assessed = assessRenal(VALID);
  const finding: Finding = {
    ruleId: 'renal.x',
    severity: 'info',
    title: 't',
    detail: 'd',
    evidence: 'default',
    sources: ['bacloplan-default'],
  };
  const planWith = (renal: unknown) =>
    buildPlan({ regimenId: 'baclocur-80', startDate: START, renal } as unknown as PlanInput);

  it.each([
    ['findings [null]', { findings: [null] }, 'renal.findings.0'],
    ['findings [1, 2, 3]', { findings: [1, 2, 3] }, 'renal.findings.0'],
    ['findings of text', { findings: ['renal.x'] }, 'renal.findings.0'],
    ['a finding whose rule id is a number', { findings: [{ ruleId: 5 }] }, 'renal.findings.0'],
    [
      'a finding with an unknown severity',
      { findings: [{ ...finding, severity: 'bad' }] },
      'renal.findings.0',
    ],
    ['a finding whose sources are numbers', { findings: [{ ...finding, sources: [1] }] }, 'renal.findings.0'],
    ['findings not a list', { findings: 'renal.x' }, 'renal.findings'],
    ['no findings', { findings: undefined }, 'renal.findings'],
    ['an unknown band', { band: 'unknown' }, 'renal.band'],
    ['a dose factor not matching the band (normal × 1/2)', { doseFactor: 0.5 }, 'renal.doseFactor'],
    ['a mild band with factor 1', { band: 'mild', doseFactor: 1, intervalFactor: 1 }, 'renal.doseFactor'],
    ['a dose factor as text', { doseFactor: '1' }, 'renal.doseFactor'],
    ['an interval factor not matching the band', { intervalFactor: 3 }, 'renal.intervalFactor'],
    ['a NaN interval factor', { intervalFactor: Number.NaN }, 'renal.intervalFactor'],
    ['a NaN creatinine clearance', { crclMlMin: Number.NaN }, 'renal.crclMlMin'],
    ['an infinite eGFR', { egfrMlMin173: Number.POSITIVE_INFINITY }, 'renal.egfrMlMin173'],
    ['a BigInt weight', { weightUsedKg: 70n }, 'renal.weightUsedKg'],
    ['an unknown weight basis', { weightBasis: 'lean' }, 'renal.weightBasis'],
    ['an unknown estimator', { decidedBy: 'mdrd' }, 'renal.decidedBy'],
  ])('%s', (_label, patch, field) => {
    const error = inputError(() => planWith({ ...assessed, ...patch }));
    expect(error.field).toBe(field);
    expect(error.message).toMatch(
      /^The renal assessment is not valid: .+ — recompute it with assessRenal\.$/,
    );
    expectReadable(error);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a band name', 'normal'],
    ['a list', []],
    ['a symbol', Symbol('renal')],
  ])('%s is not an assessment', (_label, renal) => {
    const error = inputError(() => planWith(renal));
    expect(error.field).toBe('renal');
    expect(error.message).toContain('recompute it with assessRenal');
  });

  it('a finding is copied field by field: nothing else it holds reaches the plan', () => {
    const extra = { ...finding, extra: 10n, nested: { x: Number.POSITIVE_INFINITY } };
    const plan = planWith({ ...assessed, findings: [extra] });
    expect(plan.findings.find((f) => f.ruleId === 'renal.x')).toEqual(finding);
    expect(() => JSON.stringify(plan)).not.toThrow();
    expectJsonSafe(plan);
  });

  it('assessments from assessRenal still plan in every band (dialysis and severe with an override)', () => {
    const inputs: RenalInput[] = [
      VALID,
      { ...VALID, creatinine: { value: 1.4, unit: 'mg/dL' } },
      { ...VALID, creatinine: { value: 2, unit: 'mg/dL' } },
      { ...VALID, creatinine: { value: 4, unit: 'mg/dL' } },
      { ...VALID, onDialysis: true },
    ];
    const bands = inputs.map((input) => {
      const renal = assessRenal(input);
      const plan = buildPlan({
        regimenId: 'addolorato-30',
        startDate: START,
        renal,
        override: { reason: 'specialist agreed' },
      });
      expect(plan.blocked).toBe(false);
      expect(plan.days.length).toBeGreaterThan(0);
      return renal.band;
    });
    expect(bands).toEqual(['normal', 'mild', 'moderate', 'severe', 'dialysis']);
  });
});

describe('bug 5: checkInteractions with lists that are not lists, or junk entries', () => {
  it.each(['Xanax', null, 42, { 0: 'Xanax' }, new Set(['Xanax'])])(
    'medications = %o → RulesInputError',
    (meds) => {
      const error = inputError(() => checkInteractions(meds as never));
      expect(error.field).toBe('medications');
      expectReadable(error);
    },
  );

  it.each(['epilepsy', null, {}])('conditions = %o → RulesInputError', (conditions) => {
    const error = inputError(() => checkInteractions([], conditions as never));
    expect(error.field).toBe('conditions');
    expectReadable(error);
  });

  it('junk medication entries are read as text, reported as not checked, or skipped when empty', () => {
    const result = checkInteractions([
      6813, // a bare number is an RxNorm code, as when typed: methadone
      { name: null, rxnorm: 596 }, // a numeric code: alprazolam
      null,
      undefined,
      {},
      { name: '', rxnorm: '' },
      42,
      Number.NaN,
      true,
      10n,
      Symbol('sym'),
      { display: 'Xanax' },
      [1, 2],
      '__proto__',
      'constructor',
      LONG,
    ] as never);
    expect(result.findings.map((f) => f.subject)).toEqual(
      expect.arrayContaining(['methadone', 'alprazolam']),
    );
    expect(result.unrecognized).toEqual([
      '42',
      'NaN',
      'true',
      '10',
      'sym',
      '(medication entry with no name or RxNorm code)',
      '__proto__',
      'constructor',
      `${'ä'.repeat(120)}…`,
    ]);
    expectJsonSafe(result);
  });

  it('a very long line is still matched, and quoted back shortened', () => {
    const result = checkInteractions([`Xanax ${LONG}`]);
    const alprazolam = result.findings.find((f) => f.subject === 'alprazolam');
    expect(alprazolam?.detail.length).toBeLessThan(600);
    expect(result.unrecognized).toEqual([]);
  });

  it('junk condition entries likewise', () => {
    const detailed = checkInteractionsDetailed([], [
      { name: 5 },
      { text: 'epilepsy' },
      'epilepsy',
      7,
      null,
      { name: '', icd10: '' },
    ] as never);
    expect(detailed.findings.map((f) => f.ruleId)).toContain('condition.epilepsy');
    expect(detailed.unrecognizedConditions).toEqual(['5', '(condition entry with no name or code)', '7']);
  });
});

describe('bug 6: assessRenal with hostile shapes', () => {
  it.each([
    ['ageYears', { ageYears: '72' }],
    ['weightKg', { weightKg: '70' }],
    ['heightCm', { heightCm: '175' }],
    ['ageYears', { ageYears: 72n }],
    ['sex', { sex: Symbol('male') }],
    ['creatinine.value', { creatinine: { value: '1.2', unit: 'mg/dL' } }],
    ['creatinine.value', { creatinine: [1.2, 'mg/dL'] }],
    ['creatinine.unit', { creatinine: { value: 1.2, unit: Symbol('mg/dL') } }],
  ])('%s: %o → RulesInputError on the field', (field, patch) => {
    const error = inputError(() => assessRenal(renalWith(patch)));
    expect(error.field).toBe(field);
    expectReadable(error);
  });

  it('a BigInt creatinine is named as such', () => {
    const error = inputError(() => assessRenal(creatinine(10n)));
    expect(error.field).toBe('creatinine.value');
    expect(error.message).toContain('BigInt');
  });

  it('values inherited from a prototype are not input', () => {
    expect(inputError(() => assessRenal(Object.create(VALID) as RenalInput)).field).toBe('ageYears');
  });

  it('a flag planted on Object.prototype does not make the patient a dialysis patient', () => {
    const renal = withPollutedPrototype('onDialysis', true, () => assessRenal(VALID));
    expect(renal.band).toBe('normal');
  });

  it('an own __proto__ key (as JSON makes it) is ignored', () => {
    const input = JSON.parse(
      '{"__proto__":{"onDialysis":true},"ageYears":50,"sex":"male","weightKg":70,"creatinine":{"value":1,"unit":"mg/dL","__proto__":{"unit":"umol/L"}}}',
    ) as RenalInput;
    expect(assessRenal(input).band).toBe('normal');
  });

  it('a misspelt field is refused rather than silently dropped', () => {
    const dialysis = inputError(() => assessRenal(renalWith({ ondialysis: true })));
    expect(dialysis.field).toBe('onDialysis');
    expect(dialysis.message).toContain("'ondialysis' where 'onDialysis' was expected");
    expect(inputError(() => assessRenal(renalWith({ height_cm: 180 }))).field).toBe('heightCm');
    expect(
      inputError(() => assessRenal(renalWith({ creatinine: { value: 1, unit: 'mg/dL', Unit: 'umol/L' } })))
        .field,
    ).toBe('creatinine.unit');
  });

  it('other extra keys (a chart carries more) are ignored', () => {
    const extra = assessRenal(
      renalWith({ mrn: '123', note: 'fasting', creatinine: { value: 1, unit: 'mg/dL', loinc: '2160-0' } }),
    );
    expect(extra).toEqual(assessRenal(VALID));
  });
});
