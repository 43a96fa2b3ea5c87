/**
 * Renal rules (clinical spec §2). Expected values come from the spec's tables and worked examples or
 * from hand calculation written beside them — never from the implementation.
 */
import { describe, expect, it } from 'vitest';
// The public entry re-exports this file; tests import it directly so they run while sibling modules
// of the entry are still being written.
import {
  RENAL_BANDS,
  RENAL_INPUT_LIMITS,
  RENAL_WORKED_EXAMPLES,
  adjustedBodyWeightKg,
  assessRenal,
  autoWeightBasis,
  bandFromCrcl,
  bandFromEgfr,
  checkCreatinineUnit,
  ckdEpi2021,
  cockcroftGaultMlMin,
  creatinineToMgDl,
  idealBodyWeightKg,
} from '../../../src/rules/renal';
import { RulesInputError } from '../../../src/rules/errors';
import { SOURCES } from '../../../src/rules/sources';
import type { RenalInput } from '../../../src/rules/types';

/** Spec §2.5, copied by hand (the data table in renal-data.ts is checked against this copy). */
const SPEC_EXAMPLES = [
  {
    name: 'M 60 y, 80 kg, SCr 1.2 mg/dL, no height',
    input: { ageYears: 60, sex: 'male', weightKg: 80, creatinine: { value: 1.2, unit: 'mg/dL' } },
    crcl: 74.1,
    egfr: 69.2,
    band: 'mild',
  },
  {
    name: 'F 45 y, 60 kg, SCr 0.8 mg/dL, no height',
    input: { ageYears: 45, sex: 'female', weightKg: 60, creatinine: { value: 0.8, unit: 'mg/dL' } },
    crcl: 84.1,
    egfr: 92.5,
    band: 'normal',
  },
  {
    name: 'M 72 y, 70 kg, SCr 150 µmol/L, no height',
    input: { ageYears: 72, sex: 'male', weightKg: 70, creatinine: { value: 150, unit: 'umol/L' } },
    crcl: 39.0,
    egfr: 42.4,
    band: 'moderate',
  },
  {
    name: 'F 80 y, 55 kg, SCr 1.4 mg/dL, no height',
    input: { ageYears: 80, sex: 'female', weightKg: 55, creatinine: { value: 1.4, unit: 'mg/dL' } },
    crcl: 27.8,
    egfr: 38.0,
    band: 'severe',
  },
  {
    name: 'M 50 y, 175 cm, 120 kg, SCr 1.0 mg/dL',
    input: {
      ageYears: 50,
      sex: 'male',
      weightKg: 120,
      heightCm: 175,
      creatinine: { value: 1.0, unit: 'mg/dL' },
    },
    crcl: 112.8,
    egfr: 91.7,
    band: 'normal',
  },
] as const satisfies readonly { name: string; input: RenalInput; crcl: number; egfr: number; band: string }[];

const base: RenalInput = {
  ageYears: 60,
  sex: 'male',
  weightKg: 80,
  creatinine: { value: 1.2, unit: 'mg/dL' },
};

function expectInputError(input: unknown, field: string, message?: RegExp | string): void {
  try {
    assessRenal(input as RenalInput);
  } catch (error) {
    expect(error).toBeInstanceOf(RulesInputError);
    expect((error as RulesInputError).field).toBe(field);
    if (message !== undefined) expect((error as RulesInputError).message).toMatch(message);
    return;
  }
  throw new Error(`expected RulesInputError on '${field}'`);
}

const ruleIds = (input: RenalInput) => assessRenal(input).findings.map((f) => f.ruleId);

describe('worked examples (spec §2.5), to 0.1', () => {
  it.each(SPEC_EXAMPLES)('$name', ({ input, crcl, egfr, band }) => {
    const result = assessRenal(input);
    expect(result.crclMlMin).toBeCloseTo(crcl, 1);
    expect(result.egfrMlMin173).toBeCloseTo(egfr, 1);
    expect(result.band).toBe(band);
  });

  it('obese man: IBW 70.5, adjusted 90.3 used, CG 112.8, eGFR 91.7', () => {
    const result = assessRenal(SPEC_EXAMPLES[4].input);
    expect(result.ibwKg).toBeCloseTo(70.5, 1);
    expect(result.adjustedWeightKg).toBeCloseTo(90.3, 1);
    expect(result.weightBasis).toBe('adjusted');
    expect(result.weightUsedKg).toBeCloseTo(90.3, 1);
    expect(result.crclMlMin).toBeCloseTo(112.8, 1);
    expect(result.egfrMlMin173).toBeCloseTo(91.7, 1);
    expect(result.doseFactor).toBe(1);
    expect(ruleIds(SPEC_EXAMPLES[4].input)).not.toContain('renal.height-missing');
  });

  it('72-year-old man at 150 µmol/L: converted to 1.70 mg/dL, moderate, Beers warning', () => {
    const result = assessRenal(SPEC_EXAMPLES[2].input);
    expect(result.creatinineMgDl).toBeCloseTo(150 / 88.4, 10);
    expect(result.doseFactor).toBe(1 / 2);
    expect(result.intervalFactor).toBe(2);
    const beers = result.findings.find((f) => f.ruleId === 'renal.beers-elderly');
    expect(beers?.severity).toBe('major');
    expect(beers?.evidence).toBe('guideline');
    expect(beers?.sources).toEqual(expect.arrayContaining(['beers-2023', 'muanda-2019']));
    expect(beers?.detail).toMatch(/lowest effective dose/);
    expect(beers?.detail).toMatch(/encephalopathy/);
  });

  it('80-year-old woman: CG says severe, CKD-EPI moderate → severe, decided by cockcroft-gault, hard stop', () => {
    const result = assessRenal(SPEC_EXAMPLES[3].input);
    expect(result.bandByCrcl).toBe('severe');
    expect(result.bandByEgfr).toBe('moderate');
    expect(result.band).toBe('severe');
    expect(result.decidedBy).toBe('cockcroft-gault');
    expect(result.doseFactor).toBe(1 / 3);
    expect(result.intervalFactor).toBe(2);
    const stop = result.findings.find((f) => f.ruleId === 'renal.severe-hard-stop');
    expect(stop?.severity).toBe('hard-stop');
    expect(stop?.detail).toContain('Avoid baclofen (CrCl ≤ 30 mL/min). Specialist override required.');
    expect(result.findings[0]?.ruleId).toBe('renal.severe-hard-stop');
  });

  it('first four examples have no height: actual weight and an info finding', () => {
    for (const example of SPEC_EXAMPLES.slice(0, 4)) {
      const result = assessRenal(example.input);
      expect(result.weightBasis).toBe('actual');
      expect(result.weightUsedKg).toBe(example.input.weightKg);
      expect(result.ibwKg).toBeUndefined();
      const note = result.findings.find((f) => f.ruleId === 'renal.height-missing');
      expect(note?.severity).toBe('info');
      expect(note?.title).toMatch(/height missing — CrCl may be overestimated in obesity/i);
    }
  });

  it('the worked-example data shipped for teaching mode matches the spec', () => {
    expect(RENAL_WORKED_EXAMPLES).toHaveLength(SPEC_EXAMPLES.length);
    RENAL_WORKED_EXAMPLES.forEach((example, i) => {
      const spec = SPEC_EXAMPLES[i]!;
      expect(example.input).toEqual(spec.input);
      expect(example.crclMlMin).toBe(spec.crcl);
      expect(example.egfrMlMin173).toBe(spec.egfr);
      expect(example.band).toBe(spec.band);
      expect(assessRenal(example.input).weightUsedKg).toBeCloseTo(example.weightUsedKg, 1);
    });
  });
});

describe('formulas (spec §2.1)', () => {
  it('µmol/L ÷ 88.4 = mg/dL; mg/dL passes through', () => {
    expect(creatinineToMgDl(88.4, 'umol/L')).toBeCloseTo(1, 12);
    expect(creatinineToMgDl(176.8, 'umol/L')).toBeCloseTo(2, 12);
    expect(creatinineToMgDl(1.2, 'mg/dL')).toBe(1.2);
  });

  it('Cockcroft–Gault by hand', () => {
    // (140 − 60) × 72 / (72 × 1) = 80
    expect(cockcroftGaultMlMin({ ageYears: 60, sex: 'male', weightKg: 72, creatinineMgDl: 1 })).toBeCloseTo(
      80,
      10,
    );
    // same × 0.85 for a woman = 68
    expect(cockcroftGaultMlMin({ ageYears: 60, sex: 'female', weightKg: 72, creatinineMgDl: 1 })).toBeCloseTo(
      68,
      10,
    );
  });

  it('CKD-EPI 2021 below κ uses α (not covered by the spec examples; hand-calculated)', () => {
    // F 30 y, SCr 0.6: 142 × (0.6/0.7)^−0.241 × 0.9938^30 × 1.012 = 123.76
    expect(ckdEpi2021({ ageYears: 30, sex: 'female', creatinineMgDl: 0.6 })).toBeCloseTo(123.76, 1);
    // M 25 y, SCr 0.7: 142 × (0.7/0.9)^−0.302 × 0.9938^25 = 131.14
    expect(ckdEpi2021({ ageYears: 25, sex: 'male', creatinineMgDl: 0.7 })).toBeCloseTo(131.14, 1);
    // Far below κ the exponent α dominates: F 30 y, SCr 0.2 → 161.272; M 25 y, SCr 0.3 → 169.377
    expect(ckdEpi2021({ ageYears: 30, sex: 'female', creatinineMgDl: 0.2 })).toBeCloseTo(161.272, 2);
    expect(ckdEpi2021({ ageYears: 25, sex: 'male', creatinineMgDl: 0.3 })).toBeCloseTo(169.377, 2);
    // At SCr = κ both power terms are 1: 142 × 0.9938^20 (× 1.012 for a woman)
    expect(ckdEpi2021({ ageYears: 20, sex: 'male', creatinineMgDl: 0.9 })).toBeCloseTo(142 * 0.9938 ** 20, 8);
    expect(ckdEpi2021({ ageYears: 20, sex: 'female', creatinineMgDl: 0.7 })).toBeCloseTo(
      142 * 0.9938 ** 20 * 1.012,
      8,
    );
  });

  it('Devine IBW: 50 / 45.5 kg at 60 in (152.4 cm), + 2.3 kg per inch', () => {
    expect(idealBodyWeightKg('male', 152.4)).toBeCloseTo(50, 10);
    expect(idealBodyWeightKg('female', 152.4)).toBeCloseTo(45.5, 10);
    expect(idealBodyWeightKg('male', 152.4 + 2.54 * 10)).toBeCloseTo(73, 10);
    // F 165 cm = 64.96 in → 45.5 + 2.3 × 4.96 = 56.91
    expect(idealBodyWeightKg('female', 165)).toBeCloseTo(56.91, 2);
  });

  it('Devine is not defined below 152.4 cm (ruleset 1.2): no IBW', () => {
    expect(idealBodyWeightKg('male', 152.39)).toBeUndefined();
    expect(idealBodyWeightKg('female', 100)).toBeUndefined();
  });

  it('adjusted body weight = IBW + 0.4 × excess', () => {
    expect(adjustedBodyWeightKg(120, 70)).toBeCloseTo(90, 10);
    expect(adjustedBodyWeightKg(70, 70)).toBe(70);
  });
});

describe('weight basis (spec §2.2)', () => {
  it('automatic choice at its boundaries (IBW 50 kg)', () => {
    expect(autoWeightBasis(80, undefined)).toBe('actual');
    expect(autoWeightBasis(49.9, 50)).toBe('actual');
    expect(autoWeightBasis(50, 50)).toBe('actual');
    expect(autoWeightBasis(50.01, 50)).toBe('ideal');
    expect(autoWeightBasis(60, 50)).toBe('ideal');
    expect(autoWeightBasis(60.01, 50)).toBe('adjusted');
  });

  it('end to end: a 152.4 cm man (IBW 50 kg)', () => {
    const at = (weightKg: number) =>
      assessRenal({ ...base, heightCm: 152.4, weightKg, creatinine: { value: 1, unit: 'mg/dL' } });
    expect(at(50).weightBasis).toBe('actual');
    expect(at(55).weightBasis).toBe('ideal');
    expect(at(55).weightUsedKg).toBeCloseTo(50, 10);
    expect(at(60).weightBasis).toBe('ideal');
    expect(at(61).weightBasis).toBe('adjusted');
    expect(at(61).weightUsedKg).toBeCloseTo(50 + 0.4 * 11, 10);
  });

  it('manual override: actual / ideal / adjusted on the obese example', () => {
    const obese = SPEC_EXAMPLES[4].input;
    const actual = assessRenal({ ...obese, weightBasis: 'actual' });
    expect(actual.weightBasis).toBe('actual');
    expect(actual.weightUsedKg).toBe(120);
    expect(actual.crclMlMin).toBeCloseTo((90 * 120) / 72, 8); // 150
    const ideal = assessRenal({ ...obese, weightBasis: 'ideal' });
    expect(ideal.weightUsedKg).toBeCloseTo(70.5, 1);
    expect(ideal.crclMlMin).toBeCloseTo(88.1, 1);
    const adjusted = assessRenal({ ...obese, weightBasis: 'adjusted' });
    expect(adjusted.weightUsedKg).toBeCloseTo(90.3, 1);
    expect(assessRenal({ ...obese, weightBasis: 'auto' }).weightBasis).toBe('adjusted');
  });

  it('ideal or adjusted without height is an error on heightCm', () => {
    expectInputError({ ...base, weightBasis: 'ideal' }, 'heightCm', /height is needed.*ideal/i);
    expectInputError({ ...base, weightBasis: 'adjusted' }, 'heightCm', /height is needed.*adjusted/i);
  });

  it('actual-weight override without height still notes the missing height', () => {
    expect(ruleIds({ ...base, weightBasis: 'actual' })).toContain('renal.height-missing');
  });
});

describe('band boundaries (spec §2.3): boundary → safer band', () => {
  const crclCases: [number, string][] = [
    [Number.MAX_VALUE, 'normal'],
    [80.0001, 'normal'],
    [80, 'mild'],
    [50.0001, 'mild'],
    [50, 'moderate'],
    [30.0001, 'moderate'],
    [30, 'severe'],
    [0, 'severe'],
  ];
  it.each(crclCases)('CrCl %s → %s', (crcl, band) => expect(bandFromCrcl(crcl)).toBe(band));

  const egfrCases: [number, string][] = [
    [90.0001, 'normal'],
    [90, 'mild'],
    [60.0001, 'mild'],
    [60, 'moderate'],
    [30.0001, 'moderate'],
    [30, 'severe'],
    [1, 'severe'],
  ];
  it.each(egfrCases)('eGFR %s → %s', (egfr, band) => expect(bandFromEgfr(egfr)).toBe(band));

  it('NaN never gets a band', () => {
    expect(() => bandFromCrcl(Number.NaN)).toThrow(RulesInputError);
    expect(() => bandFromEgfr(Number.NaN)).toThrow(RulesInputError);
  });

  // Man, SCr 1.0 mg/dL, no height: CrCl = (140 − age) × weight / 72; at age 20 eGFR is 110.5 (normal),
  // so the CrCl band decides; at age 60 eGFR is 86.2 (mild), below the severe/moderate boundary.
  const e2e: [number, number, number, string][] = [
    [20, 48, 80, 'mild'],
    [20, 48.01, 80.017, 'normal'],
    [20, 30, 50, 'moderate'],
    [20, 30.01, 50.017, 'mild'],
    [60, 27, 30, 'severe'],
    [60, 27.01, 30.011, 'moderate'],
  ];
  it.each(e2e)('end to end: age %s, %s kg → CrCl %s → %s', (ageYears, weightKg, crcl, band) => {
    const result = assessRenal({ ageYears, sex: 'male', weightKg, creatinine: { value: 1, unit: 'mg/dL' } });
    expect(result.crclMlMin).toBeCloseTo(crcl, 2);
    expect(result.bandByCrcl).toBe(band);
    expect(result.band).toBe(band);
    expect(result.decidedBy).toBe('cockcroft-gault');
  });

  it('exact boundary values come out exactly (no rounding before banding)', () => {
    const at80 = assessRenal({
      ageYears: 20,
      sex: 'male',
      weightKg: 48,
      creatinine: { value: 1, unit: 'mg/dL' },
    });
    expect(at80.crclMlMin).toBe(80);
    // 79.99 would round to 80.0 for display but is still mild; 80.04 would round to 80.0 but is normal
    expect(bandFromCrcl(80.04)).toBe('normal');
  });
});

describe('band choice, dose and interval factors', () => {
  it('CKD-EPI decides when its band is more conservative', () => {
    // M 50 y, 120 kg, SCr 1.3, no height: CrCl 115.4 (normal), eGFR 66.9 (mild)
    const result = assessRenal({
      ageYears: 50,
      sex: 'male',
      weightKg: 120,
      creatinine: { value: 1.3, unit: 'mg/dL' },
    });
    expect(result.crclMlMin).toBeCloseTo(115.4, 1);
    expect(result.egfrMlMin173).toBeCloseTo(66.9, 1);
    expect(result.bandByCrcl).toBe('normal');
    expect(result.bandByEgfr).toBe('mild');
    expect(result.band).toBe('mild');
    expect(result.decidedBy).toBe('ckd-epi-2021');
    expect(result.doseFactor).toBe(2 / 3);
    expect(result.intervalFactor).toBe(1);
  });

  it('severe by eGFR alone is still a hard stop, worded for eGFR', () => {
    // M 40 y, 200 kg, SCr 3.0: CrCl 92.6 (normal), eGFR 26.1 (severe)
    const result = assessRenal({
      ageYears: 40,
      sex: 'male',
      weightKg: 200,
      creatinine: { value: 3, unit: 'mg/dL' },
    });
    expect(result.crclMlMin).toBeCloseTo(92.6, 1);
    expect(result.egfrMlMin173).toBeCloseTo(26.1, 1);
    expect(result.band).toBe('severe');
    expect(result.decidedBy).toBe('ckd-epi-2021');
    const stop = result.findings.find((f) => f.ruleId === 'renal.severe-hard-stop');
    expect(stop?.severity).toBe('hard-stop');
    expect(stop?.detail).toMatch(/^Avoid baclofen \(eGFR ≤ 30 mL\/min\/1\.73 m²/);
    expect(stop?.detail).toContain('Specialist override required.');
  });

  it('a tie is attributed to Cockcroft–Gault', () => {
    const result = assessRenal(SPEC_EXAMPLES[0].input); // both mild
    expect(result.bandByCrcl).toBe('mild');
    expect(result.bandByEgfr).toBe('mild');
    expect(result.decidedBy).toBe('cockcroft-gault');
  });

  it('band table: dose factors 1, 2/3, 1/2, 1/3, 0 and interval ×2 from moderate on', () => {
    const byId = Object.fromEntries(RENAL_BANDS.map((band) => [band.id, band]));
    expect(byId.normal?.doseFactor).toBe(1);
    expect(byId.mild?.doseFactor).toBe(2 / 3);
    expect(byId.moderate?.doseFactor).toBe(1 / 2);
    expect(byId.severe?.doseFactor).toBe(1 / 3);
    expect(byId.dialysis?.doseFactor).toBe(0);
    expect(RENAL_BANDS.map((b) => b.intervalFactor)).toEqual([1, 1, 2, 2, 2]);
    expect(byId.dialysis?.overrideMaxMgPerDay).toBe(5);
    for (const band of RENAL_BANDS) {
      expect(band.sources.length).toBeGreaterThan(0);
      for (const key of band.sources) expect(SOURCES[key], key).toBeDefined();
    }
  });
});

describe('dialysis', () => {
  const onDialysis: RenalInput = { ...base, onDialysis: true };

  it('band dialysis, decided by dialysis, dose factor 0, interval ×2; numbers still computed', () => {
    const result = assessRenal(onDialysis);
    expect(result.band).toBe('dialysis');
    expect(result.decidedBy).toBe('dialysis');
    expect(result.doseFactor).toBe(0);
    expect(result.intervalFactor).toBe(2);
    expect(result.crclMlMin).toBeCloseTo(74.1, 1);
    expect(result.egfrMlMin173).toBeCloseTo(69.2, 1);
    expect(result.bandByCrcl).toBe('mild');
    expect(result.bandByEgfr).toBe('mild');
  });

  it('hard stop mentions the 5 mg/day maximum if overridden (PMS-Baclofen)', () => {
    const result = assessRenal(onDialysis);
    const stop = result.findings.find((f) => f.ruleId === 'renal.dialysis-hard-stop');
    expect(stop?.severity).toBe('hard-stop');
    expect(stop?.detail).toMatch(/5 mg\/day/);
    expect(stop?.detail).toMatch(/PMS-Baclofen/);
    expect(stop?.sources).toContain('pms-baclofen');
    expect(result.findings[0]?.ruleId).toBe('renal.dialysis-hard-stop');
  });

  it('severe numbers on dialysis give the dialysis stop, not a second severe stop', () => {
    const ids = ruleIds({ ...SPEC_EXAMPLES[3].input, onDialysis: true });
    expect(ids).toContain('renal.dialysis-hard-stop');
    expect(ids).not.toContain('renal.severe-hard-stop');
  });

  it('onDialysis false is the same as absent', () => {
    expect(assessRenal({ ...base, onDialysis: false })).toEqual(assessRenal(base));
  });
});

describe('findings (spec §2.4)', () => {
  it('normal band: no recheck, no hard stop', () => {
    const ids = ruleIds(SPEC_EXAMPLES[4].input);
    expect(ids).toEqual([]);
  });

  it('any band other than normal: creatinine recheck (info, bacloplan default)', () => {
    for (const example of SPEC_EXAMPLES.filter((e) => e.band !== 'normal')) {
      const recheck = assessRenal(example.input).findings.find(
        (f) => f.ruleId === 'renal.recheck-creatinine',
      );
      expect(recheck?.severity).toBe('info');
      expect(recheck?.evidence).toBe('default');
      expect(recheck?.detail).toMatch(/before each escalation above the previous maximum/);
      expect(recheck?.detail).toMatch(/at least monthly/);
    }
  });

  it('Beers needs age ≥ 65 and eGFR < 60', () => {
    // M 72 y at 150 µmol/L has eGFR 42.4; the same at 64.9 y has eGFR < 60 too but is under 65
    expect(ruleIds({ ...SPEC_EXAMPLES[2].input, ageYears: 65 })).toContain('renal.beers-elderly');
    expect(ruleIds({ ...SPEC_EXAMPLES[2].input, ageYears: 64.9 })).not.toContain('renal.beers-elderly');
    // M 70 y, SCr 0.9 mg/dL: eGFR = 142 × 0.9938^70 = 91.8 → no Beers at 70
    expect(ruleIds({ ...base, ageYears: 70, creatinine: { value: 0.9, unit: 'mg/dL' } })).not.toContain(
      'renal.beers-elderly',
    );
  });

  it('findings are sorted most serious first and cite known sources', () => {
    const result = assessRenal({ ...SPEC_EXAMPLES[3].input, ageYears: 80 });
    const severities = result.findings.map((f) => f.severity);
    expect(severities).toEqual(['hard-stop', 'major', 'info', 'info']);
    for (const f of result.findings) {
      expect(f.sources.length).toBeGreaterThan(0);
      for (const key of f.sources) expect(SOURCES[key], key).toBeDefined();
    }
  });
});

describe('creatinine entered in mg/dL but probably µmol/L: the unit question (ruleset 1.2)', () => {
  it('asks "Is this µmol/L?" as a hard stop with both readings, and does not convert', () => {
    const result = assessRenal({ ...base, creatinine: { value: 150, unit: 'mg/dL' } });
    expect(result.creatinineMgDl).toBe(150);
    // (140 − 60) × 80 / (72 × 150) = 0.593, computed with the value as given
    expect(result.crclMlMin).toBeCloseTo(0.593, 3);
    const question = result.findings.find((f) => f.ruleId === 'renal.unit-unconfirmed');
    expect(question?.severity).toBe('hard-stop');
    expect(question?.title).toBe('Is this µmol/L?');
    // 150 µmol/L = 150 ÷ 88.4 = 1.70 mg/dL
    expect(question?.detail).toContain('read as µmol/L, 150 µmol/L = 1.70 mg/dL');
    expect(result.findings[0]?.ruleId).toBe('renal.unit-unconfirmed');
  });

  it('threshold is > 20 mg/dL; plausible µmol/L values never trigger it', () => {
    expect(checkCreatinineUnit(20, 'mg/dL')).toBeNull();
    expect(checkCreatinineUnit(20.1, 'mg/dL')?.ruleId).toBe('renal.unit-unconfirmed');
    expect(checkCreatinineUnit(1.2, 'mg/dL')).toBeNull();
    expect(checkCreatinineUnit(150, 'umol/L')).toBeNull();
    expect(checkCreatinineUnit(5000, 'umol/L')).toBeNull();
    expect(RENAL_INPUT_LIMITS.creatinine.suspectMgDlAbove).toBe(20);
  });
});

describe('input validation (spec §2.4)', () => {
  it('age message in clinical words', () => {
    expectInputError(
      { ...base, ageYears: 15 },
      'ageYears',
      'Age must be between 18 and 120 years (this is an adult tool); got 15.',
    );
  });

  it.each([
    ['ageYears', { ageYears: 17.9 }],
    ['ageYears', { ageYears: 120.1 }],
    ['ageYears', { ageYears: Number.NaN }],
    ['ageYears', { ageYears: '60' }],
    ['ageYears', { ageYears: undefined }],
    ['sex', { sex: 'F' }],
    ['sex', { sex: undefined }],
    ['weightKg', { weightKg: 24.9 }],
    ['weightKg', { weightKg: 350.1 }],
    ['weightKg', { weightKg: Number.POSITIVE_INFINITY }],
    ['heightCm', { heightCm: 99.9 }],
    ['heightCm', { heightCm: 250.1 }],
    ['heightCm', { heightCm: Number.NaN }],
    ['heightCm', { heightCm: '175' }],
    ['creatinine.value', { creatinine: { value: 0, unit: 'mg/dL' } }],
    ['creatinine.value', { creatinine: { value: -1, unit: 'umol/L' } }],
    ['creatinine.value', { creatinine: { value: Number.NaN, unit: 'mg/dL' } }],
    ['creatinine.value', { creatinine: { value: Number.POSITIVE_INFINITY, unit: 'mg/dL' } }],
    ['creatinine.value', { creatinine: undefined }],
    ['creatinine.unit', { creatinine: { value: 1, unit: 'mmol/L' } }],
    ['creatinine.unit', { creatinine: { value: 1, unit: 'µmol/L' } }],
    ['weightBasis', { weightBasis: 'lean' }],
    ['onDialysis', { onDialysis: 'false' }],
  ])('%s: %o', (field, patch) => expectInputError({ ...base, ...patch }, field));

  it('limits are inclusive at both ends', () => {
    for (const [ageYears, weightKg, heightCm] of [
      [18, 25, 100],
      [120, 350, 250],
    ] as const) {
      expect(() => assessRenal({ ...base, ageYears, weightKg, heightCm })).not.toThrow();
    }
  });

  it('a missing height may arrive as null from a chart', () => {
    const result = assessRenal({ ...base, heightCm: null as unknown as undefined });
    expect(result.weightBasis).toBe('actual');
    expect(result.findings.map((f) => f.ruleId)).toContain('renal.height-missing');
  });

  it('rejects a missing input object', () => {
    expectInputError(undefined, 'input');
  });
});

describe('explain steps', () => {
  it('every calculation step, in order, with evidence and known sources', () => {
    const result = assessRenal(SPEC_EXAMPLES[4].input);
    expect(result.explain?.map((s) => s.ruleId)).toEqual([
      'renal.creatinine-unit-conversion',
      'renal.ideal-body-weight-devine',
      'renal.adjusted-body-weight',
      'renal.weight-basis',
      'renal.cockcroft-gault',
      'renal.ckd-epi-2021',
      'renal.band-by-crcl',
      'renal.band-by-egfr',
      'renal.band-chosen',
      'renal.dose-factor',
      'renal.interval-factor',
    ]);
    for (const s of result.explain ?? []) {
      expect(s.label).not.toBe('');
      expect(s.formula).toBeTruthy();
      expect(s.sources.length).toBeGreaterThan(0);
      for (const key of s.sources) expect(SOURCES[key], key).toBeDefined();
    }
    const byId = Object.fromEntries((result.explain ?? []).map((s) => [s.ruleId, s]));
    expect(byId['renal.cockcroft-gault']?.result).toBe(result.crclMlMin);
    expect(byId['renal.cockcroft-gault']?.unit).toBe('mL/min');
    expect(byId['renal.cockcroft-gault']?.substituted).toBe('(140 − 50) × 90.28 / (72 × 1)');
    expect(byId['renal.ckd-epi-2021']?.result).toBe(result.egfrMlMin173);
    expect(byId['renal.ideal-body-weight-devine']?.result).toBe(result.ibwKg);
    expect(byId['renal.weight-basis']?.result).toBe(result.weightUsedKg);
    expect(byId['renal.band-chosen']?.result).toBe('normal');
    expect(byId['renal.dose-factor']?.result).toBe(1);
  });

  it('µmol/L conversion is shown; no IBW steps without height', () => {
    const result = assessRenal(SPEC_EXAMPLES[2].input);
    const conversion = result.explain?.[0];
    expect(conversion?.substituted).toBe('150 ÷ 88.4');
    expect(conversion?.result).toBeCloseTo(1.697, 3);
    expect(result.explain?.map((s) => s.ruleId)).not.toContain('renal.ideal-body-weight-devine');
  });
});
