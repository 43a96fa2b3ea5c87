/**
 * Property tests for the renal rules (spec §2). Expected band limits, dose and interval factors are
 * written here from the spec's table, independently of the data in src/rules/renal-data.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessRenal, bandFromCrcl, bandFromEgfr } from '../../../src/rules/renal';
import { RulesInputError } from '../../../src/rules/errors';
import type { RenalBand, RenalInput } from '../../../src/rules/types';

const RUNS = { numRuns: 1000 };

/** Spec §2.3, least to most conservative. */
const SPEC_ORDER: RenalBand[] = ['normal', 'mild', 'moderate', 'severe', 'dialysis'];
const rank = (band: RenalBand | undefined) => SPEC_ORDER.indexOf(band as RenalBand);
const SPEC_DOSE_FACTOR: Record<RenalBand, number> = {
  normal: 1,
  mild: 2 / 3,
  moderate: 1 / 2,
  severe: 1 / 3,
  dialysis: 0,
};
const SPEC_INTERVAL_FACTOR: Record<RenalBand, number> = {
  normal: 1,
  mild: 1,
  moderate: 2,
  severe: 2,
  dialysis: 2,
};
const specCrclBand = (crcl: number) =>
  crcl > 80 ? 'normal' : crcl > 50 ? 'mild' : crcl > 30 ? 'moderate' : 'severe';
const specEgfrBand = (egfr: number) =>
  egfr > 90 ? 'normal' : egfr > 60 ? 'mild' : egfr > 30 ? 'moderate' : 'severe';

const double = (min: number, max: number) => fc.double({ min, max, noNaN: true });

const unitConfirmedArb = fc.option(fc.boolean(), { nil: undefined });
const creatinineArb = fc.oneof(
  fc.record(
    { value: double(0.01, 30), unit: fc.constant('mg/dL' as const), unitConfirmed: unitConfirmedArb },
    { requiredKeys: ['value', 'unit'] },
  ),
  fc.record(
    { value: double(1, 3000), unit: fc.constant('umol/L' as const), unitConfirmed: unitConfirmedArb },
    { requiredKeys: ['value', 'unit'] },
  ),
);
const previousCreatinineArb = fc.option(
  fc.oneof(
    fc.record({
      value: double(0.01, 30),
      unit: fc.constant('mg/dL' as const),
      hoursBefore: double(0.01, 8760),
    }),
    fc.record({
      value: double(1, 3000),
      unit: fc.constant('umol/L' as const),
      hoursBefore: double(0.01, 8760),
    }),
  ),
  { nil: undefined },
);

/** Spec §2.4 (ruleset 1.2): mg/dL above 20 or µmol/L below 20 asks the unit question until confirmed. */
const unitQuestionOpen = (creatinine: RenalInput['creatinine']) =>
  creatinine.unitConfirmed !== true &&
  ((creatinine.unit === 'mg/dL' && creatinine.value > 20) ||
    (creatinine.unit === 'umol/L' && creatinine.value < 20));

/** Any input the spec calls valid. */
const validInputArb: fc.Arbitrary<RenalInput> = fc
  .record({
    ageYears: double(18, 120),
    sex: fc.constantFrom('female' as const, 'male' as const),
    weightKg: double(25, 350),
    heightCm: fc.option(double(100, 250), { nil: undefined }),
    creatinine: creatinineArb,
    previousCreatinine: previousCreatinineArb,
    onDialysis: fc.option(fc.boolean(), { nil: undefined }),
    weightBasis: fc.option(
      fc.constantFrom('auto' as const, 'actual' as const, 'ideal' as const, 'adjusted' as const),
      {
        nil: undefined,
      },
    ),
  })
  .map((input) => {
    const needsHeight = input.weightBasis === 'ideal' || input.weightBasis === 'adjusted';
    // Devine is defined from 152.4 cm only (spec §2.1, ruleset 1.2): ideal or adjusted weight below it
    // (or without a height) is an error by design, covered in its own tests, so it is left out here.
    return needsHeight && (input.heightCm === undefined || input.heightCm < 152.4)
      ? { ...input, weightBasis: 'auto' as const }
      : input;
  });

function numbersIn(value: unknown, path = 'result'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => numbersIn(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => numbersIn(item, `${path}.${key}`));
  }
  return [];
}

function thrownField(input: unknown): string | undefined {
  try {
    assessRenal(input as RenalInput);
  } catch (error) {
    if (error instanceof RulesInputError) return error.field;
    throw error;
  }
  return undefined;
}

describe('renal properties', () => {
  it('no NaN or Infinity anywhere in the output for any valid input; CrCl and eGFR positive', () => {
    fc.assert(
      fc.property(validInputArb, (input) => {
        const result = assessRenal(input);
        for (const [path, n] of numbersIn(result)) expect(Number.isFinite(n), path).toBe(true);
        expect(result.crclMlMin).toBeGreaterThan(0);
        expect(result.egfrMlMin173).toBeGreaterThan(0);
        expect(result.weightUsedKg).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('CrCl and eGFR strictly fall as creatinine rises (all else fixed)', () => {
    fc.assert(
      fc.property(validInputArb, double(1e-6, 5), (input, rise) => {
        const higher = {
          ...input,
          creatinine: { ...input.creatinine, value: input.creatinine.value * (1 + rise) },
        };
        const a = assessRenal(input);
        const b = assessRenal(higher);
        expect(b.crclMlMin).toBeLessThan(a.crclMlMin);
        expect(b.egfrMlMin173).toBeLessThan(a.egfrMlMin173);
      }),
      RUNS,
    );
  });

  it('CrCl and eGFR strictly fall as age rises (all else fixed)', () => {
    fc.assert(
      fc.property(validInputArb, double(18, 120), double(18, 120), (input, ageA, ageB) => {
        fc.pre(Math.abs(ageA - ageB) > 1e-6);
        const [younger, older] = ageA < ageB ? [ageA, ageB] : [ageB, ageA];
        const a = assessRenal({ ...input, ageYears: younger });
        const b = assessRenal({ ...input, ageYears: older });
        expect(b.crclMlMin).toBeLessThan(a.crclMlMin);
        expect(b.egfrMlMin173).toBeLessThan(a.egfrMlMin173);
      }),
      RUNS,
    );
  });

  it('band from each estimator follows the spec table; the chosen band is the more conservative', () => {
    fc.assert(
      fc.property(validInputArb, (input) => {
        const result = assessRenal(input);
        expect(result.bandByCrcl).toBe(specCrclBand(result.crclMlMin));
        expect(result.bandByEgfr).toBe(specEgfrBand(result.egfrMlMin173));
        expect(rank(result.band)).toBeGreaterThanOrEqual(rank(result.bandByCrcl));
        expect(rank(result.band)).toBeGreaterThanOrEqual(rank(result.bandByEgfr));
        if (input.onDialysis === true) {
          expect(result.band).toBe('dialysis');
          expect(result.decidedBy).toBe('dialysis');
        } else {
          const expected =
            rank(result.bandByEgfr) > rank(result.bandByCrcl) ? result.bandByEgfr : result.bandByCrcl;
          expect(result.band).toBe(expected);
          expect(result.decidedBy).toBe(
            rank(result.bandByEgfr) > rank(result.bandByCrcl) ? 'ckd-epi-2021' : 'cockcroft-gault',
          );
        }
      }),
      RUNS,
    );
  });

  it('dose and interval factors match the band; hard stop exactly for severe and dialysis', () => {
    fc.assert(
      fc.property(validInputArb, (input) => {
        const result = assessRenal(input);
        expect(result.doseFactor).toBe(SPEC_DOSE_FACTOR[result.band]);
        expect(result.intervalFactor).toBe(SPEC_INTERVAL_FACTOR[result.band]);
        const hardStops = result.findings.filter((f) => f.severity === 'hard-stop').map((f) => f.ruleId);
        const bandStops =
          result.band === 'dialysis'
            ? ['renal.dialysis-hard-stop']
            : result.band === 'severe'
              ? ['renal.severe-hard-stop']
              : [];
        // The unit question comes before anything else (spec §2.4, ruleset 1.2).
        const expectedStops = unitQuestionOpen(input.creatinine)
          ? ['renal.unit-unconfirmed', ...bandStops]
          : bandStops;
        expect(hardStops).toEqual(expectedStops);
        expect(result.unitQuestion !== undefined).toBe(unitQuestionOpen(input.creatinine));
        const ids = result.findings.map((f) => f.ruleId);
        // Dialysis: no recheck; the dose-timing advice instead (spec §2.4, ruleset 1.2).
        expect(ids.includes('renal.recheck-creatinine')).toBe(
          result.band !== 'normal' && result.band !== 'dialysis',
        );
        expect(ids.includes('renal.dialysis-timing')).toBe(result.band === 'dialysis');
        // Beers on eGFR < 60, and on Cockcroft–Gault CrCl < 60 too (ruleset 1.2).
        expect(ids.includes('renal.beers-elderly')).toBe(
          input.ageYears >= 65 && (result.egfrMlMin173 < 60 || result.crclMlMin < 60),
        );
        expect(ids.includes('renal.height-missing')).toBe(input.heightCm === undefined);
        expect(ids.includes('renal.height-below-devine')).toBe(
          input.heightCm !== undefined && input.heightCm < 152.4,
        );
        expect(result.ibwKg === undefined).toBe(input.heightCm === undefined || input.heightCm < 152.4);
        expect(ids.includes('renal.creatinine-unit-suspect')).toBe(false);
        expect(ids.includes('renal.creatinine-umol-unit-suspect')).toBe(false);
        expect(ids.includes('renal.not-steady-state')).toBe(result.creatinineChange?.notSteadyState === true);
      }),
      RUNS,
    );
  });

  it('bandFromCrcl / bandFromEgfr agree with the spec limits for any number', () => {
    const anyValue = fc.oneof(double(-10, 200), fc.constantFrom(30, 50, 60, 80, 90), double(-1e300, 1e300));
    fc.assert(
      fc.property(anyValue, (value) => {
        expect(bandFromCrcl(value)).toBe(specCrclBand(value));
        expect(bandFromEgfr(value)).toBe(specEgfrBand(value));
      }),
      RUNS,
    );
  });
});

describe('every invalid input throws RulesInputError naming its field', () => {
  const nonNumbers = fc.oneof(
    fc.constantFrom<unknown>(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, true, [], {}),
    fc.string(),
  );
  const outside = (min: number, max: number) =>
    fc.oneof(
      fc.double({ min: -1e12, max: min, maxExcluded: true, noNaN: true }),
      fc.double({ min: max, minExcluded: true, max: 1e12, noNaN: true }),
      nonNumbers,
    );
  const notOneOf = (allowed: string[]) =>
    fc.oneof(
      fc.string().filter((s) => !allowed.includes(s)),
      fc.constantFrom<unknown>(1, true, {}, ...allowed.map((s) => s.toUpperCase())),
    );

  const cases: [string, fc.Arbitrary<unknown>, (input: RenalInput, bad: unknown) => unknown][] = [
    [
      'ageYears',
      fc.oneof(outside(18, 120), fc.constantFrom(null, undefined)),
      (i, bad) => ({ ...i, ageYears: bad }),
    ],
    [
      'sex',
      fc.oneof(notOneOf(['female', 'male']), fc.constantFrom(null, undefined)),
      (i, bad) => ({ ...i, sex: bad }),
    ],
    [
      'weightKg',
      fc.oneof(outside(25, 350), fc.constantFrom(null, undefined)),
      (i, bad) => ({ ...i, weightKg: bad }),
    ],
    ['heightCm', outside(100, 250), (i, bad) => ({ ...i, heightCm: bad })],
    [
      'creatinine.value',
      fc.oneof(fc.double({ min: -1e12, max: 0, noNaN: true }), nonNumbers, fc.constantFrom(null, undefined)),
      (i, bad) => ({ ...i, creatinine: { ...i.creatinine, value: bad } }),
    ],
    [
      'creatinine.unit',
      fc.oneof(notOneOf(['mg/dL', 'umol/L']), fc.constantFrom('µmol/L', 'mmol/L', 'mg/dl', null, undefined)),
      (i, bad) => ({ ...i, creatinine: { ...i.creatinine, unit: bad } }),
    ],
    [
      'weightBasis',
      notOneOf(['auto', 'actual', 'ideal', 'adjusted']),
      (i, bad) => ({ ...i, weightBasis: bad }),
    ],
    [
      'onDialysis',
      fc.oneof(fc.string(), fc.constantFrom<unknown>(0, 1, null)),
      (i, bad) => ({ ...i, onDialysis: bad }),
    ],
    [
      'creatinine.unitConfirmed',
      fc.oneof(fc.string(), fc.constantFrom<unknown>(0, 1, null, {}, [])),
      (i, bad) => ({ ...i, creatinine: { ...i.creatinine, unitConfirmed: bad } }),
    ],
    [
      'previousCreatinine.value',
      fc.oneof(fc.double({ min: -1e12, max: 0, noNaN: true }), nonNumbers, fc.constantFrom(null, undefined)),
      (i, bad) => ({ ...i, previousCreatinine: { value: bad, unit: 'mg/dL', hoursBefore: 24 } }),
    ],
    [
      'previousCreatinine.unit',
      fc.oneof(notOneOf(['mg/dL', 'umol/L']), fc.constantFrom('µmol/L', 'mmol/L', null, undefined)),
      (i, bad) => ({ ...i, previousCreatinine: { value: 1, unit: bad, hoursBefore: 24 } }),
    ],
    [
      'previousCreatinine.hoursBefore',
      fc.oneof(outside(0, 8760), fc.constant(0), nonNumbers, fc.constantFrom(null, undefined)),
      (i, bad) => ({ ...i, previousCreatinine: { value: 1, unit: 'mg/dL', hoursBefore: bad } }),
    ],
  ];

  it.each(cases)('%s', (field, badArb, corrupt) => {
    fc.assert(
      fc.property(validInputArb, badArb, (input, bad) => {
        expect(thrownField(corrupt(input, bad))).toBe(field);
      }),
      RUNS,
    );
  });

  it('ideal or adjusted basis without height → heightCm', () => {
    fc.assert(
      fc.property(
        validInputArb,
        fc.constantFrom('ideal' as const, 'adjusted' as const),
        (input, weightBasis) => {
          expect(thrownField({ ...input, heightCm: undefined, weightBasis })).toBe('heightCm');
        },
      ),
      RUNS,
    );
  });

  it('ideal or adjusted basis below 152.4 cm, where Devine is not defined → weightBasis', () => {
    fc.assert(
      fc.property(
        validInputArb,
        fc.double({ min: 100, max: 152.4, maxExcluded: true, noNaN: true }),
        fc.constantFrom('ideal' as const, 'adjusted' as const),
        (input, heightCm, weightBasis) => {
          expect(thrownField({ ...input, heightCm, weightBasis })).toBe('weightBasis');
        },
      ),
      RUNS,
    );
  });
});
