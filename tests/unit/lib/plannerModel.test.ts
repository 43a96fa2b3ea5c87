import { describe, expect, it } from 'vitest';
import { computePlanner, renalFieldErrors } from '../../../src/lib/plannerModel';

const fields = (errors: readonly { field: string }[]) => errors.map((error) => error.field).sort();

describe('every field error at once', () => {
  it('reports each bad renal field, not only the first', () => {
    const errors = renalFieldErrors({ age: 200, sex: 'male', weightKg: 5, scr: -1, heightCm: 20 });
    expect(fields(errors)).toEqual(['ageYears', 'creatinine.value', 'heightCm', 'weightKg']);
    for (const error of errors) expect(error.message).not.toMatch(/NaN|undefined/);
  });

  it('reports an impossible age before the weight is typed', () => {
    expect(fields(renalFieldErrors({ age: 200 }))).toEqual(['ageYears']);
  });

  it('reports nothing for valid or empty fields', () => {
    expect(renalFieldErrors({})).toEqual([]);
    expect(renalFieldErrors({ age: 60, sex: 'male', weightKg: 80, scr: 1.2 })).toEqual([]);
  });

  it('never builds a plan from a stand-in: any renal error, no plan', () => {
    const model = computePlanner({ age: 200, sex: 'male', weightKg: 80, scr: 1.2 }, '2026-12-01');
    expect(model.plan).toBeUndefined();
    expect(fields(model.renalErrors)).toEqual(['ageYears']);
  });

  it('reports each bad regimen edit, not only the first', () => {
    const model = computePlanner(
      {
        age: 60,
        sex: 'male',
        weightKg: 80,
        scr: 1.2,
        regimen: 'addolorato-30',
        params: { stepMgPerDay: -5, stepIntervalDays: 0 },
      },
      '2026-12-01',
    );
    expect(model.plan).toBeUndefined();
    expect(fields(model.planErrors)).toEqual(['params.stepIntervalDays', 'params.stepMgPerDay']);
  });
});

describe('practical tablets (spec §3)', () => {
  it('offers the proposed strength when a dose needs more than 4 tablets; taking it removes the finding', () => {
    const state = {
      age: 45,
      sex: 'male' as const,
      weightKg: 80,
      scr: 0.9,
      regimen: 'rtu-300',
      params: { targetMgPerDay: 150 },
    };
    const model = computePlanner(state, '2026-12-01');
    const offer = model.offers.find((item) => item.ruleId === 'plan.practical-tablets');
    expect(offer?.params).toEqual({ product: 'tablet-20' });
    expect(offer?.title).toMatch(
      /^Up to 5 tablets per dose: consider .*20 mg.*\. “Switch product” rebuilds the whole plan/,
    );
    const switched = computePlanner(
      { ...state, params: { ...state.params, ...offer!.params } },
      '2026-12-01',
    );
    expect(switched.plan?.summary?.effective?.product).toBe('tablet-20');
    expect(switched.findings.some((finding) => finding.ruleId === 'plan.practical-tablets')).toBe(false);
    expect(switched.offers.some((item) => item.ruleId === 'plan.practical-tablets')).toBe(false);
  });
});
