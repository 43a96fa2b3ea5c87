/**
 * Spec §9 follow-up visits: one test (or more) per rule, with hand-worked plans. The plan under test
 * is baclocur-80 from 2026-01-05 with normal kidneys: 15 mg/day for 3 days, then +10 mg/day every
 * 3 days (25, 35, 45, 55, 65, 75), capped at 80 mg/day (5 mg units of the scored 10 mg tablet).
 */
import { describe, expect, it } from 'vitest';
import { RulesInputError } from '../../../src/rules/errors';
import { buildPlan } from '../../../src/rules/plan';
import type { PlanInput, RenalInput, Visit } from '../../../src/rules/types';
import { suggestAtVisit, visitMeetsGoal } from '../../../src/rules/visit';
import { makeRenal } from './plan-helpers';

const PLAN: PlanInput = { regimenId: 'baclocur-80', startDate: '2026-01-05', renal: makeRenal('normal') };
const FR = 10;

function suggest(
  visit: Visit,
  history: Visit[] = [],
  extra: Partial<Parameters<typeof suggestAtVisit>[0]> = {},
) {
  return suggestAtVisit({ plan: PLAN, sex: 'male', visit, history, ...extra });
}

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof RulesInputError) return error.field;
    throw error;
  }
  return undefined;
}

const totals = (input: PlanInput) => buildPlan(input).days.map((day) => day.totalMg);

describe('every suggestion re-plans from the visit date at the dose actually taken', () => {
  it('continue: tolerated, goal not met — titration goes on from the dose taken, not the planned one', () => {
    // Planned on 2026-01-17 (day 13): 55 mg/day; the patient took 30.
    const result = suggest({
      date: '2026-01-17',
      doseTakenMgPerDay: 30,
      drinksPerDay: 6,
      drinkSizeG: FR,
      cravingScore: 6,
    });
    expect(result.action).toBe('continue');
    expect(result.ruleId).toBe('visit.continue');
    expect(result.replan).toMatchObject({ mode: 'replan', startDate: '2026-01-17', currentDoseMgPerDay: 30 });
    const days = totals(result.replan);
    expect(days.slice(0, 3)).toEqual([30, 30, 30]);
    expect(days[3]).toBe(40);
    expect(result.findings.map((finding) => finding.ruleId)).toContain('visit.dose-differs');
    expect(result.gramsPerDay).toBe(60);
    expect(result.goalMet).toBe(false);
  });

  it('drops the old plan’s intolerance day numbers (they counted days of another plan)', () => {
    const plan = { ...PLAN, params: { intoleranceDays: [2] } };
    const result = suggestAtVisit({
      plan,
      sex: 'male',
      visit: { date: '2026-01-20', doseTakenMgPerDay: 40 },
    });
    expect(result.replan.params?.intoleranceDays).toBeUndefined();
  });
});

describe('rule 1: red flags', () => {
  it('confusion at any grade: urgent review, no escalation, major finding', () => {
    const result = suggest({ date: '2026-01-20', doseTakenMgPerDay: 55, sideEffects: { confusion: 'mild' } });
    expect(result.action).toBe('urgent-review');
    expect(result.findings[0]).toMatchObject({ ruleId: 'visit.red-flag', severity: 'major' });
    expect(result.findings[0]?.detail).toMatch(/never stop baclofen abruptly/i);
    expect(Math.max(...totals(result.replan))).toBe(55);
  });

  it.each(['suicidal-ideation', 'seizure', 'slowed-breathing', 'low-mood'] as const)(
    '%s (mild) is a red flag',
    (effect) => {
      expect(
        suggest({ date: '2026-01-20', doseTakenMgPerDay: 55, sideEffects: { [effect]: 'mild' } }).action,
      ).toBe('urgent-review');
    },
  );

  it('a red flag graded none is not one; red flags come before troublesome side effects', () => {
    expect(
      suggest({ date: '2026-01-20', doseTakenMgPerDay: 55, sideEffects: { seizure: 'none' } }).action,
    ).toBe('continue');
    const both = suggest({
      date: '2026-01-20',
      doseTakenMgPerDay: 55,
      sideEffects: { somnolence: 'troublesome', 'slowed-breathing': 'mild' },
    });
    expect(both.action).toBe('urgent-review');
  });
});

describe('rule 2: troublesome side effects — the §3 intolerance rule', () => {
  it('first time at 45: step back to 35, hold 3 days, retry 45 once', () => {
    const result = suggest({
      date: '2026-01-20',
      doseTakenMgPerDay: 45,
      sideEffects: { somnolence: 'troublesome' },
    });
    expect(result.action).toBe('step-back');
    expect(result.ruleId).toBe('visit.intolerance');
    const plan = buildPlan(result.replan);
    expect(plan.days.slice(0, 3).map((day) => [day.totalMg, day.phase])).toEqual([
      [35, 'hold'],
      [35, 'hold'],
      [35, 'hold'],
    ]);
    expect(plan.days[3]?.totalMg).toBe(45);
  });

  it('mild side effects are tolerated: continue', () => {
    expect(
      suggest({ date: '2026-01-20', doseTakenMgPerDay: 45, sideEffects: { nausea: 'mild' } }).action,
    ).toBe('continue');
  });

  it('not tolerated again at the same dose: the last tolerated dose (35) becomes the maintenance dose', () => {
    const history: Visit[] = [
      { date: '2026-01-20', doseTakenMgPerDay: 45, sideEffects: { dizziness: 'troublesome' } },
    ];
    const result = suggest(
      { date: '2026-01-27', doseTakenMgPerDay: 45, sideEffects: { dizziness: 'troublesome' } },
      history,
    );
    expect(result.action).toBe('step-back');
    expect(result.ruleId).toBe('visit.intolerance-again');
    const days = totals(result.replan);
    expect(days[0]).toBe(35);
    expect(days.every((mg) => mg <= 35)).toBe(true);
    expect(buildPlan(result.replan).days[3]?.phase).toBe('maintenance');
  });

  it('in maintenance at the cap (80): step back to 70 and maintain it, never back to 80', () => {
    const result = suggest({
      date: '2026-02-20',
      doseTakenMgPerDay: 80,
      sideEffects: { insomnia: 'troublesome' },
    });
    expect(result.ruleId).toBe('visit.intolerance-maintenance');
    const days = totals(result.replan);
    expect(days[0]).toBe(70);
    expect(days.every((mg) => mg <= 70)).toBe(true);
  });
});

describe('the individual maximum stays the ceiling of later re-plans', () => {
  it('after 45 was not tolerated twice, a later “continue” never goes above 35', () => {
    const history: Visit[] = [
      { date: '2026-01-20', doseTakenMgPerDay: 45, sideEffects: { nausea: 'troublesome' } },
      { date: '2026-01-27', doseTakenMgPerDay: 45, sideEffects: { nausea: 'troublesome' } },
    ];
    const result = suggest(
      { date: '2026-02-10', doseTakenMgPerDay: 35, drinksPerDay: 6, drinkSizeG: FR },
      history,
    );
    expect(result.action).toBe('continue');
    expect(result.replan.params?.targetMgPerDay).toBe(35);
    expect(Math.max(...totals(result.replan))).toBe(35);
  });

  it('earlier visits may predate the plan they are read with (a re-plan starts at its own visit)', () => {
    const replanned: PlanInput = {
      ...PLAN,
      startDate: '2026-02-01',
      mode: 'replan',
      currentDoseMgPerDay: 35,
    };
    const result = suggestAtVisit({
      plan: replanned,
      sex: 'male',
      visit: { date: '2026-02-10', doseTakenMgPerDay: 45 },
      history: [{ date: '2026-01-20', doseTakenMgPerDay: 25 }],
    });
    expect(result.action).toBe('continue');
    expect(
      fieldOf(() =>
        suggestAtVisit({
          plan: replanned,
          sex: 'male',
          visit: { date: '2026-01-30', doseTakenMgPerDay: 45 },
        }),
      ),
    ).toBe('date');
  });
});

describe('rule 3: goal reached at two visits in a row', () => {
  const met: Visit = { date: '2026-01-20', doseTakenMgPerDay: 45, drinksPerDay: 3, drinkSizeG: FR };

  it('men ≤ 40 g/day at two visits: stop escalating, maintain the dose taken', () => {
    const result = suggest({ date: '2026-01-27', doseTakenMgPerDay: 55, drinksPerDay: 4, drinkSizeG: FR }, [
      met,
    ]);
    expect(result.action).toBe('maintain');
    expect(result.ruleId).toBe('visit.goal-reached');
    expect(Math.max(...totals(result.replan))).toBe(55);
  });

  it('once is not enough: continue, saying the next visit decides', () => {
    const result = suggest({ date: '2026-01-27', doseTakenMgPerDay: 55, drinksPerDay: 4, drinkSizeG: FR });
    expect(result.action).toBe('continue');
    expect(result.findings[0]?.detail).toMatch(/met again at the next/);
  });

  it('the limit follows the sex of the plan: 30 g/day meets it for a man, not for a woman (≤ 20)', () => {
    const visit: Visit = { date: '2026-01-27', doseTakenMgPerDay: 55, drinksPerDay: 3, drinkSizeG: FR };
    expect(visitMeetsGoal(visit, 'male')).toBe(true);
    expect(visitMeetsGoal(visit, 'female')).toBe(false);
    expect(visitMeetsGoal({ ...visit, drinksPerDay: 2 }, 'female')).toBe(true);
  });

  it('abstinence or craving ≤ 2 meets it; nothing recorded is unknown, not met', () => {
    const base: Visit = { date: '2026-01-27', doseTakenMgPerDay: 55 };
    expect(visitMeetsGoal({ ...base, drinksPerDay: 0, drinkSizeG: 14 }, 'female')).toBe(true);
    expect(visitMeetsGoal({ ...base, drinksPerDay: 8, drinkSizeG: 14, cravingScore: 2 }, 'male')).toBe(true);
    expect(visitMeetsGoal({ ...base, drinksPerDay: 8, drinkSizeG: 14, cravingScore: 3 }, 'male')).toBe(false);
    expect(visitMeetsGoal(base, 'male')).toBeNull();
  });

  it('drinks are converted with the country’s drink size: 5 UK drinks = 40 g, 5 US drinks = 70 g', () => {
    const base: Visit = { date: '2026-01-27', doseTakenMgPerDay: 55, drinksPerDay: 5 };
    expect(suggest({ ...base, drinkSizeG: 8 }).gramsPerDay).toBe(40);
    expect(suggest({ ...base, drinkSizeG: 14 }).gramsPerDay).toBe(70);
  });
});

describe('rule 4: no effect at the maximum after 6 weeks', () => {
  const atCap: Visit = {
    date: '2026-02-01',
    doseTakenMgPerDay: 80,
    drinksPerDay: 7,
    drinkSizeG: FR,
    cravingScore: 7,
  };

  it('at the cap since 6 weeks, goal not met: reassess, the re-plan is a taper from the dose taken', () => {
    const result = suggest({ ...atCap, date: '2026-03-15' }, [atCap]);
    expect(result.action).toBe('reassess-taper');
    expect(result.ruleId).toBe('visit.no-effect-at-maximum');
    expect(result.evidence).toBe('label');
    expect(result.replan).toMatchObject({
      mode: 'taper-only',
      currentDoseMgPerDay: 80,
      startDate: '2026-03-15',
    });
    const days = totals(result.replan);
    expect(days[days.length - 1]).toBe(0);
  });

  it('41 days is not yet 6 weeks: continue (the plan holds at its cap)', () => {
    expect(suggest({ ...atCap, date: '2026-03-14' }, [atCap]).action).toBe('continue');
  });

  it('the weeks at the maximum count from the first tolerated visit at it, not from a dose not tolerated', () => {
    const history: Visit[] = [
      { date: '2026-01-20', doseTakenMgPerDay: 45, sideEffects: { nausea: 'troublesome' } },
      { date: '2026-01-27', doseTakenMgPerDay: 45, sideEffects: { nausea: 'troublesome' } },
      { date: '2026-02-10', doseTakenMgPerDay: 35, drinksPerDay: 6, drinkSizeG: FR },
    ];
    // 28 days at 35 (since 2026-02-10), not 49 since the first 45.
    const result = suggest(
      { date: '2026-03-10', doseTakenMgPerDay: 35, drinksPerDay: 6, drinkSizeG: FR },
      history,
    );
    expect(result.action).toBe('continue');
  });

  it('the individual maximum counts as the maximum: 35 after 45 was not tolerated twice', () => {
    const history: Visit[] = [
      { date: '2026-01-20', doseTakenMgPerDay: 45, sideEffects: { nausea: 'troublesome' } },
      { date: '2026-01-27', doseTakenMgPerDay: 45, sideEffects: { nausea: 'troublesome' } },
      { date: '2026-02-03', doseTakenMgPerDay: 35, drinksPerDay: 6, drinkSizeG: FR },
    ];
    const result = suggest(
      { date: '2026-03-17', doseTakenMgPerDay: 35, drinksPerDay: 6, drinkSizeG: FR },
      history,
    );
    expect(result.action).toBe('reassess-taper');
    expect(result.findings[0]?.detail).toMatch(/individual maximum/);
  });
});

describe('a new creatinine is re-assessed (spec §2) and the re-plan uses it', () => {
  const renalInput: RenalInput = {
    ageYears: 50,
    sex: 'male',
    weightKg: 80,
    creatinine: { value: 0.9, unit: 'mg/dL' },
  };

  it('worse kidneys (moderate band): the cap halves to 40 and 60 mg/day comes down to it', () => {
    const result = suggest(
      { date: '2026-01-23', doseTakenMgPerDay: 60, creatinine: { value: 2.2, unit: 'mg/dL' } },
      [],
      { renalInput },
    );
    expect(result.renal?.band).toBe('moderate');
    expect(result.renalInput?.creatinine.value).toBe(2.2);
    const plan = buildPlan(result.replan);
    expect(plan.capMgPerDay).toBe(40);
    expect(plan.days[0]?.totalMg).toBeLessThanOrEqual(60);
    expect(plan.findings.map((finding) => finding.ruleId)).toContain('plan.current-above-cap');
    expect(result.findings.find((finding) => finding.ruleId === 'visit.renal-changed')).toMatchObject({
      severity: 'moderate',
      title: 'Kidney function at this visit: normal band → moderate',
    });
    expect(Math.max(...plan.days.slice(10).map((day) => day.totalMg))).toBeLessThanOrEqual(40);
  });

  it('a new creatinine without the renal input is refused, not ignored', () => {
    expect(
      fieldOf(() =>
        suggest({ date: '2026-01-23', doseTakenMgPerDay: 60, creatinine: { value: 2.2, unit: 'mg/dL' } }),
      ),
    ).toBe('renalInput');
  });
});

describe('during a taper the taper continues', () => {
  it('taper-only plan: continue the taper from the dose taken', () => {
    const plan: PlanInput = { ...PLAN, mode: 'taper-only', currentDoseMgPerDay: 60 };
    const result = suggestAtVisit({
      plan,
      sex: 'female',
      visit: { date: '2026-01-12', doseTakenMgPerDay: 50, cravingScore: 8 },
    });
    expect(result.ruleId).toBe('visit.continue-taper');
    expect(result.replan).toMatchObject({ mode: 'taper-only', currentDoseMgPerDay: 50 });
  });
});

describe('every bad value is refused at its field', () => {
  const ok: Visit = { date: '2026-01-20', doseTakenMgPerDay: 45 };
  it.each([
    [{ ...ok, drinksPerDay: 3 }, 'drinkSizeG'],
    [{ ...ok, drinksPerDay: 3, drinkSizeG: 12 }, 'drinkSizeG'],
    [{ ...ok, drinksPerDay: -1, drinkSizeG: 10 }, 'drinksPerDay'],
    [{ ...ok, cravingScore: 11 }, 'cravingScore'],
    [{ ...ok, doseTakenMgPerDay: Number.NaN }, 'doseTakenMgPerDay'],
    [{ ...ok, doseTakenMgPerDay: 0 }, 'doseTakenMgPerDay'],
    [{ ...ok, sideEffects: { nausea: 'severe' } }, 'sideEffects.nausea'],
    [{ ...ok, sideEffects: { headache: 'mild' } }, 'sideEffects.headache'],
    [{ ...ok, heavyDrinkingDays: 1.5 }, 'heavyDrinkingDays'],
    [{ ...ok, heavyDrinkingDays: 20 }, 'heavyDrinkingDays'],
    [{ ...ok, administrations: [{ label: 'morning', mg: 20 }] }, 'administrations'],
    [{ ...ok, date: '2026-02-30' }, 'date'],
    [{ ...ok, date: '2026-01-01' }, 'date'],
    [{ ...ok, adherence: 'sometimes' }, 'adherence'],
    [{ ...ok, creatinine: { value: -1, unit: 'mg/dL' } }, 'creatinine.value'],
  ])('%o → %s', (visit, field) => {
    expect(fieldOf(() => suggest(visit as Visit))).toBe(field);
  });

  it('an earlier visit on or after this one is refused at this visit’s date', () => {
    expect(fieldOf(() => suggest(ok, [{ date: '2026-01-20', doseTakenMgPerDay: 35 }]))).toBe('date');
  });

  it('the sex is required (it sets the low-risk limit)', () => {
    expect(fieldOf(() => suggestAtVisit({ plan: PLAN, sex: undefined as never, visit: ok }))).toBe('sex');
  });
});
