import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePlannerSearch } from '../../../src/lib/plannerSearch';

describe('planner search params', () => {
  it('keeps valid values and names every invalid one instead of guessing', () => {
    const parsed = parsePlannerSearch({
      age: 60,
      sex: 'male',
      weightKg: 'eighty',
      scr: Number.NaN,
      scrUnit: 'mmol/L',
      start: '2026-12-01',
      meds: ['Xanax 0.5 mg', { name: 'methadone', rxnorm: '6813' }],
      conds: [{ name: 'epilepsy', icd10: 'G40', extra: 'x' }],
    });
    expect(parsed).toMatchObject({ age: 60, sex: 'male', start: '2026-12-01' });
    expect(parsed.meds).toEqual(['Xanax 0.5 mg', { name: 'methadone', rxnorm: '6813' }]);
    expect(parsed.invalidFields?.sort()).toEqual(['conds', 'scr', 'scrUnit', 'weightKg']);
    expect(parsed).not.toHaveProperty('weightKg');
  });

  it('accepts only FHIR-id-shaped patient ids (no names in links)', () => {
    expect(parsePlannerSearch({ patient: 'demo-01' }).patient).toBe('demo-01');
    expect(parsePlannerSearch({ patient: 'Claire Martin' }).invalidFields).toEqual(['patient']);
  });

  it('keeps regimen edits only when every key is known and of its type (ranges are the rules module’s)', () => {
    const ok = { stepMgPerDay: 5, splitWeights: [1, 1, 2], taperParams: { mode: 'percent', percent: 10 } };
    expect(parsePlannerSearch({ params: ok }).params).toEqual(ok);
    for (const params of [
      { splitWeights: 5 },
      { splitLabels: 'morning' },
      { taperParams: { mode: 'linear' } },
      { taperParams: 3 },
      { dosesPerDay: 5 },
      { stepMgPerDay: '10' },
      { capMgperDay: 80 },
    ]) {
      const parsed = parsePlannerSearch({ params });
      expect(parsed.params).toBeUndefined();
      expect(parsed.invalidFields).toEqual(['params']);
    }
  });

  it('never throws and never returns a non-finite number, whatever the link holds', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('age', 'scr', 'meds', 'params', 'override', '__proto__'),
          fc.anything(),
        ),
        (raw) => {
          const parsed = parsePlannerSearch(raw);
          for (const key of ['age', 'scr'] as const) {
            const value = parsed[key];
            if (value !== undefined) expect(Number.isFinite(value)).toBe(true);
          }
          expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
