/**
 * Re-planning, taper-only plans, tapers, intolerance, splitting, dispensing and input validation.
 * Expected values are hand calculations written beside each case.
 */
import { describe, expect, it } from 'vitest';
import { RulesInputError } from '../../../src/rules/errors';
import { buildPlan, dispenseForPeriod, splitDose } from '../../../src/rules/plan';
import type { PlanInput } from '../../../src/rules/types';
import { dayOf, findingOf, makeRenal, runs } from './plan-helpers';

const START = '2025-06-10';

function expectInputError(input: PlanInput, field: string) {
  let caught: unknown;
  try {
    buildPlan(input);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(RulesInputError);
  expect((caught as RulesInputError).field).toBe(field);
}

describe('default taper (spec §5)', () => {
  it('from 180: −15 every 3 days down to 80, then −10 every 3 days, last level 5, final 0', () => {
    const plan = buildPlan({
      regimenId: 'alpadir-180',
      startDate: START,
      mode: 'taper-only',
      currentDoseMgPerDay: 180,
    });
    expect(runs(plan)).toEqual([
      [1, 3, 180, 'taper'],
      [4, 6, 165, 'taper'],
      [7, 9, 150, 'taper'],
      [10, 12, 135, 'taper'],
      [13, 15, 120, 'taper'],
      [16, 18, 105, 'taper'],
      [19, 21, 90, 'taper'],
      [22, 24, 80, 'taper'],
      [25, 27, 70, 'taper'],
      [28, 30, 60, 'taper'],
      [31, 33, 50, 'taper'],
      [34, 36, 40, 'taper'],
      [37, 39, 30, 'taper'],
      [40, 42, 20, 'taper'],
      [43, 45, 10, 'taper'],
      [46, 48, 5, 'taper'],
      [49, 49, 0, 'taper'],
    ]);
    expect(plan.targetMgPerDay).toBe(0);
    expect(plan.summary?.taperStart).toBe(START);
    expect(plan.summary?.taperEnd).toBe('2025-07-28');
  });

  it('percent mode: −10 % every 7 days, rounded down to the unit, at least one unit, ends 1 → 0', () => {
    const plan = buildPlan({
      regimenId: 'custom',
      startDate: START,
      mode: 'taper-only',
      currentDoseMgPerDay: 100,
      params: {
        product: 'oral-solution-1mg-ml',
        taperParams: {
          mode: 'percent',
          percent: 10,
          intervalDays: 7,
          stepMgPerDay: 10,
          highDoseStepMgPerDay: 15,
        },
      },
    });
    // 100 → 90 (−10) → 81 (−9) → 73 (−8.1 → 8) → 66 (−7.3 → 7) → 60 (−6.6 → 6)
    expect(runs(plan).slice(0, 6)).toEqual([
      [1, 7, 100, 'taper'],
      [8, 14, 90, 'taper'],
      [15, 21, 81, 'taper'],
      [22, 28, 73, 'taper'],
      [29, 35, 66, 'taper'],
      [36, 42, 60, 'taper'],
    ]);
    const tail = runs(plan).slice(-3);
    expect(tail.map((run) => run[2])).toEqual([2, 1, 0]);
    expect(plan.summary?.changedParams).toEqual(
      expect.arrayContaining([
        { key: 'product', from: 'tablet-10-scored', to: 'oral-solution-1mg-ml' },
        { key: 'taperParams.mode', from: 'step', to: 'percent' },
        { key: 'taperParams.intervalDays', from: 3, to: 7 },
      ]),
    );
  });

  it('with a 10 mg unit the last level is one unit (10 mg), within spec §5 (at most 10 mg/day): no finding', () => {
    // start 15 → 10, step 15 → 10: 10 (days 1–3), 20 (4–6), 30 from day 7, 84 days → taper from day 91.
    const plan = buildPlan({
      regimenId: 'addolorato-30',
      startDate: START,
      params: { product: 'tablet-10' },
    });
    expect(runs(plan).slice(-3)).toEqual([
      [91, 93, 20, 'taper'],
      [94, 96, 10, 'taper'],
      [97, 97, 0, 'taper'],
    ]);
    expect(findingOf(plan, 'plan.taper-last-level')).toBeUndefined();
  });

  it('with 25 mg tablets the taper step is one unit held longer: 75 → 50 → 25 → 0 every 8 days (spec §3, §5)', () => {
    // −10 mg/day every 3 days is smaller than one 25 mg unit: 25 mg every ceil(3 × 25 / 10) = 8 days.
    const plan = buildPlan({
      regimenId: 'morley-75',
      startDate: START,
      mode: 'taper-only',
      currentDoseMgPerDay: 75,
      params: { product: 'tablet-25' },
      renal: makeRenal('normal'),
    });
    expect(runs(plan)).toEqual([
      [1, 8, 75, 'taper'],
      [9, 16, 50, 'taper'],
      [17, 24, 25, 'taper'],
      [25, 25, 0, 'taper'],
    ]);
    expect(findingOf(plan, 'plan.step-lengthened')?.title).toBe(
      'Taper step of 25 mg every 8 days (slower than one unit allows)',
    );
    expect(findingOf(plan, 'plan.taper-last-level')?.title).toBe('Last taper dose is 25 mg/day');
  });
});

describe('re-plan from today at a current dose', () => {
  it('continues the escalation from the current dose', () => {
    const plan = buildPlan({
      regimenId: 'rtu-300',
      startDate: START,
      mode: 'replan',
      currentDoseMgPerDay: 100,
      params: { targetMgPerDay: 300 },
    });
    expect(runs(plan).slice(0, 3)).toEqual([
      [1, 3, 100, 'titration'],
      [4, 6, 110, 'titration'],
      [7, 9, 120, 'titration'],
    ]);
    expect(plan.summary?.daysToTarget).toBe(61); // 20 steps of 10 mg from 100 → 300, 3 days each
    expect(dayOf(plan, 1).date).toBe(START);
  });

  it('refuses a current dose the product cannot give (rounding it down would cut the dose on day 1)', () => {
    expectInputError(
      { regimenId: 'rtu-300', startDate: START, mode: 'replan', currentDoseMgPerDay: 37 },
      'currentDoseMgPerDay',
    );
    const plan = buildPlan({
      regimenId: 'rtu-300',
      startDate: START,
      mode: 'replan',
      currentDoseMgPerDay: 37,
      params: { product: 'oral-solution-1mg-ml' },
    });
    expect(dayOf(plan, 1).totalMg).toBe(37);
  });

  it('above the renal cap: steps down with taper steps to the cap, never in one jump', () => {
    const plan = buildPlan({
      regimenId: 'rtu-300',
      startDate: START,
      mode: 'replan',
      currentDoseMgPerDay: 200,
      renal: makeRenal('moderate'),
    });
    // Renal cap 300 × 1/2 = 150: down to it at −15 mg/day every 2 days (ANSM 2017, not doubled),
    // landing on 150; then the flexible target min(cap, 80) = 80 at the renal taper pace
    // (−15 above 80 every 3 × 2 = 6 days).
    expect(runs(plan).slice(0, 6)).toEqual([
      [1, 2, 200, 'taper'],
      [3, 4, 185, 'taper'],
      [5, 6, 170, 'taper'],
      [7, 8, 155, 'taper'],
      [9, 14, 150, 'taper'],
      [15, 20, 135, 'taper'],
    ]);
    expect(Math.max(...plan.days.slice(8).map((day) => day.totalMg))).toBeLessThanOrEqual(150);
    const aboveCap = findingOf(plan, 'plan.current-above-cap');
    expect(aboveCap?.severity).toBe('major');
    expect(aboveCap?.detail).toContain('watch for toxicity — confusion, somnolence, slow breathing');
    expect(aboveCap?.detail).toContain('haemodialysis removes baclofen');
  });

  it('above the clinician goal: steps down to the goal', () => {
    const plan = buildPlan({
      regimenId: 'baclocur-80',
      startDate: START,
      mode: 'replan',
      currentDoseMgPerDay: 80,
      params: { targetMgPerDay: 60 },
    });
    expect(runs(plan).slice(0, 3)).toEqual([
      [1, 3, 80, 'taper'],
      [4, 6, 70, 'taper'],
      [7, 48, 60, 'maintenance'],
    ]);
    expect(findingOf(plan, 'plan.current-above-target')).toBeDefined();
  });

  it.each([
    ['missing', undefined],
    ['negative', -5],
    ['NaN', Number.NaN],
    ['implausible', 601],
  ])('rejects a %s current dose', (_name, currentDoseMgPerDay) => {
    expectInputError(
      { regimenId: 'rtu-300', startDate: START, mode: 'replan', currentDoseMgPerDay },
      'currentDoseMgPerDay',
    );
    expectInputError(
      { regimenId: 'rtu-300', startDate: START, mode: 'taper-only', currentDoseMgPerDay },
      'currentDoseMgPerDay',
    );
  });
});

describe('intolerance (ALPADIR / RESAB rule)', () => {
  it('during titration: back to the last tolerated dose, hold 3 days, then retry', () => {
    const plan = buildPlan({ regimenId: 'morley-75', startDate: START, params: { intoleranceDays: [8] } });
    expect(runs(plan).slice(0, 7)).toEqual([
      [1, 3, 15, 'titration'],
      [4, 6, 30, 'titration'],
      [7, 7, 45, 'titration'],
      [8, 10, 30, 'hold'],
      [11, 13, 45, 'titration'],
      [14, 16, 60, 'titration'],
      [17, 100, 75, 'maintenance'],
    ]);
    expect(findingOf(plan, 'plan.intolerance')?.detail).toContain('day 8');
  });

  it('honours a longer hold', () => {
    const plan = buildPlan({
      regimenId: 'morley-75',
      startDate: START,
      params: { intoleranceDays: [8], holdDays: 7 },
    });
    expect(runs(plan)[3]).toEqual([8, 14, 30, 'hold']);
    expect(runs(plan)[4]).toEqual([15, 17, 45, 'titration']);
  });

  it('during maintenance: back to the previous level, hold, which becomes the maintenance dose', () => {
    const plan = buildPlan({ regimenId: 'morley-75', startDate: START, params: { intoleranceDays: [20] } });
    expect(runs(plan).slice(4, 8)).toEqual([
      [13, 19, 75, 'maintenance'],
      [20, 22, 60, 'hold'],
      [23, 96, 60, 'maintenance'],
      [97, 99, 50, 'taper'],
    ]);
  });

  it('at the start dose: one step down (not below one unit), and the retry goes back to the start dose', () => {
    const plan = buildPlan({ regimenId: 'morley-75', startDate: START, params: { intoleranceDays: [2] } });
    expect(runs(plan).slice(0, 4)).toEqual([
      [1, 1, 15, 'titration'],
      [2, 4, 5, 'hold'],
      [5, 7, 15, 'titration'],
      [8, 10, 30, 'titration'],
    ]);
  });

  it('ignores intolerance days in the taper and says so', () => {
    const plan = buildPlan({
      regimenId: 'addolorato-30',
      startDate: START,
      params: { intoleranceDays: [90] },
    });
    expect(findingOf(plan, 'plan.intolerance-ignored')?.detail).toContain('90');
  });

  it.each([2, 15, 3.5])('rejects a hold of %d days', (holdDays) => {
    expectInputError({ regimenId: 'morley-75', startDate: START, params: { holdDays } }, 'params.holdDays');
  });
});

describe('splitting', () => {
  it('gives leftover units to the evening dose first, then the later doses', () => {
    expect(splitDose(25, 5, 3)).toEqual([5, 10, 10]);
    expect(splitDose(20, 5, 3)).toEqual([5, 5, 10]);
    expect(splitDose(10, 5, 4)).toEqual([0, 0, 5, 5]);
    expect(splitDose(15, 5, 4)).toEqual([0, 5, 5, 5]);
    expect(splitDose(5, 5, 2)).toEqual([0, 5]);
    expect(splitDose(7, 1, 3)).toEqual([2, 2, 3]);
  });

  it('honours weights and rounds the total down to the unit', () => {
    expect(splitDose(60, 5, 3, [1, 1, 2])).toEqual([15, 15, 30]);
    expect(splitDose(62, 5, 3)).toEqual([20, 20, 20]);
  });

  it('rejects labels that do not match the doses per day', () => {
    expectInputError(
      { regimenId: 'custom', startDate: START, params: { dosesPerDay: 2, splitLabels: ['a', 'b', 'c'] } },
      'params.splitLabels',
    );
    expectInputError(
      { regimenId: 'custom', startDate: START, params: { dosesPerDay: 4, splitWeights: [1, 1, 1] } },
      'params.splitWeights',
    );
  });

  it('uses qid labels', () => {
    const plan = buildPlan({ regimenId: 'addolorato-60', startDate: START, params: { dosesPerDay: 4 } });
    expect(dayOf(plan, 10).administrations).toEqual([
      { label: 'morning', mg: 15 },
      { label: 'noon', mg: 15 },
      { label: 'evening', mg: 15 },
      { label: 'bedtime', mg: 15 },
    ]);
  });
});

describe('dispensing', () => {
  // addolorato-30, 3 maintenance days, no taper, 10 mg scored tablets (5 mg = half a tablet):
  // days 1–3: 5+5+5 mg = 3 halves/day → 9 halves; days 4–6: 10+10+10 = 6 halves/day → 18 halves.
  // Whole plan: 27 halves = 13.5 → 14 tablets. Days 1–3: 4.5 → 5; days 4–6: 9.
  const plan = buildPlan({
    regimenId: 'addolorato-30',
    startDate: START,
    params: { maintenanceDays: 3, taper: false },
  });

  it('counts half tablets and rounds the total up', () => {
    expect(plan.days).toHaveLength(6);
    expect(plan.summary?.dispense).toEqual([{ strengthMg: 10, count: 14, unit: 'tablet' }]);
    expect(dispenseForPeriod(plan, 1, 3)).toEqual([{ strengthMg: 10, count: 5, unit: 'tablet' }]);
    expect(dispenseForPeriod(plan, 4, 6)).toEqual([{ strengthMg: 10, count: 9, unit: 'tablet' }]);
    expect(dispenseForPeriod(plan, 4, 400)).toEqual([{ strengthMg: 10, count: 9, unit: 'tablet' }]);
  });

  it('uses the fewest Baclocur tablets per administration', () => {
    // addolorato-60 on Baclocur (10 mg units): start 15 → 10; step 15 → 10; 3 maintenance days.
    // 10 [0,0,10], 20 [0,10,10], 30 [10,10,10], 40 [10,10,20], 50 [10,20,20], 60 [20,20,20], 3 days each.
    // 10 mg tablets: (1 + 2 + 3 + 2 + 1 + 0) × 3 = 27; 20 mg tablets: (0 + 0 + 0 + 1 + 2 + 3) × 3 = 18.
    const baclocur = buildPlan({
      regimenId: 'addolorato-60',
      startDate: START,
      params: { product: 'baclocur', maintenanceDays: 3, taper: false },
    });
    expect(runs(baclocur).map((run) => run[2])).toEqual([10, 20, 30, 40, 50, 60]);
    expect(baclocur.summary?.dispense).toEqual([
      { strengthMg: 20, count: 18, unit: 'tablet' },
      { strengthMg: 10, count: 27, unit: 'tablet' },
    ]);
  });

  it('measures the oral solution in mL', () => {
    const solution = buildPlan({
      regimenId: 'addolorato-30',
      startDate: START,
      params: { product: 'oral-solution-1mg-ml', maintenanceDays: 3, taper: false },
    });
    // 3 × 15 + 3 × 30 = 135 mg = 135 mL
    expect(solution.summary?.dispense).toEqual([{ strengthMg: 1, count: 135, unit: 'mL' }]);
  });

  it('rejects a day range that is not one', () => {
    expect(() => dispenseForPeriod(plan, 0, 3)).toThrowError(expect.objectContaining({ field: 'fromDay' }));
    expect(() => dispenseForPeriod(plan, 4, 3)).toThrowError(expect.objectContaining({ field: 'toDay' }));
  });
});

describe('parameter validation', () => {
  it.each([
    ['startMgPerDay', 0],
    ['startMgPerDay', Number.NaN],
    ['stepMgPerDay', -10],
    ['stepMgPerDay', Number.POSITIVE_INFINITY],
    ['stepIntervalDays', 0],
    ['stepIntervalDays', 29],
    ['stepIntervalDays', 2.5],
    ['maintenanceDays', 731],
    ['maintenanceDays', -1],
    ['dosesPerDay', 5],
    ['product', 'tablet-15'],
    ['targetMgPerDay', 0],
    ['capMgPerDay', -1],
    ['kind', 'both'],
    ['taper', 'yes'],
    ['intoleranceDays', [0]],
  ] as [string, unknown][])('params.%s = %j is an input error', (key, value) => {
    expectInputError({ regimenId: 'custom', startDate: START, params: { [key]: value } }, `params.${key}`);
  });

  it.each([
    ['percent', 0],
    ['percent', 60],
    ['intervalDays', 0],
    ['stepMgPerDay', 0],
  ] as [string, number][])('taperParams.%s = %d is an input error', (key, value) => {
    expectInputError(
      {
        regimenId: 'custom',
        startDate: START,
        params: {
          taperParams: {
            mode: 'percent',
            percent: 10,
            intervalDays: 3,
            stepMgPerDay: 10,
            highDoseStepMgPerDay: 15,
            [key]: value,
          },
        },
      },
      `params.taperParams.${key}`,
    );
  });

  it('keeps a plan bounded: a titration of 1 mg every 28 days is refused', () => {
    expectInputError(
      {
        regimenId: 'custom',
        startDate: START,
        params: {
          product: 'oral-solution-1mg-ml',
          stepMgPerDay: 1,
          stepIntervalDays: 28,
          targetMgPerDay: 300,
        },
      },
      'params.stepMgPerDay',
    );
  });

  it('does not mutate the catalogue or the input', () => {
    const params = { targetMgPerDay: 40, intoleranceDays: [5, 3] };
    const before = JSON.stringify(params);
    buildPlan({ regimenId: 'baclocur-80', startDate: START, params });
    expect(JSON.stringify(params)).toBe(before);
    expect(buildPlan({ regimenId: 'baclocur-80', startDate: START }).targetMgPerDay).toBe(80);
  });
});
