/** The `assessRenal` example in src/rules/README.md, run so the README stays true. */
import { expect, it } from 'vitest';
import { assessRenal } from '../../../src/rules/renal';
import { RulesInputError } from '../../../src/rules/errors';

it('README example: 72-year-old man, 70 kg, creatinine 150 µmol/L', () => {
  const renal = assessRenal({
    ageYears: 72,
    sex: 'male',
    weightKg: 70,
    creatinine: { value: 150, unit: 'umol/L' },
  });
  expect(renal.creatinineMgDl).toBeCloseTo(1.6968, 4);
  expect(renal.crclMlMin).toBeCloseTo(38.96, 2);
  expect(renal.egfrMlMin173).toBeCloseTo(42.4, 2);
  expect(renal.band).toBe('moderate');
  expect(renal.decidedBy).toBe('cockcroft-gault');
  expect(renal.doseFactor).toBe(0.5);
  expect(renal.intervalFactor).toBe(2);
  expect(renal.findings.map((f) => `${f.severity}: ${f.ruleId}`)).toEqual([
    'major: renal.beers-elderly',
    'info: renal.recheck-creatinine',
    'info: renal.height-missing',
  ]);
  expect(renal.explain?.find((s) => s.ruleId === 'renal.cockcroft-gault')?.substituted).toBe(
    '(140 − 72) × 70 / (72 × 1.6968)',
  );
});

it('README example: age 15 is an input error on ageYears', () => {
  let caught: unknown;
  try {
    assessRenal({ ageYears: 15, sex: 'male', weightKg: 60, creatinine: { value: 1, unit: 'mg/dL' } });
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(RulesInputError);
  expect((caught as RulesInputError).field).toBe('ageYears');
  expect((caught as RulesInputError).message).toBe(
    'Age must be between 18 and 120 years (this is an adult tool); got 15.',
  );
});
