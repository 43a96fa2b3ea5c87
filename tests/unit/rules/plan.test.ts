/**
 * Golden schedules: one per catalogue regimen, checked by hand against spec §3 (start, steps, target,
 * maintenance length) and §5 (default taper: −10 mg/day every 3 days, −15 above 80 mg/day, last level
 * 5 mg/day, stop day at 0). Expected values are written out literally, never computed by the planner.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/rules/plan';
import { RULESET_VERSION } from '../../../src/rules/version';
import { dayOf, findingOf, ruleIds, runs, type Run } from './plan-helpers';

const START = '2025-01-01';

describe('addolorato-30 (Addolorato 2002/2007)', () => {
  const plan = buildPlan({ regimenId: 'addolorato-30', startDate: START });

  it('gives 5 mg tid on days 1–3 and 10 mg tid from day 4', () => {
    for (const day of [1, 2, 3]) {
      expect(dayOf(plan, day).administrations).toEqual([
        { label: 'morning', mg: 5 },
        { label: 'noon', mg: 5 },
        { label: 'evening', mg: 5 },
      ]);
      expect(dayOf(plan, day).totalMg).toBe(15);
      expect(dayOf(plan, day).phase).toBe('titration');
    }
    expect(dayOf(plan, 4).administrations.map((a) => a.mg)).toEqual([10, 10, 10]);
    expect(dayOf(plan, 4).phase).toBe('maintenance');
  });

  it('maintains 30 mg/day for 12 weeks (84 days), then tapers 20 → 10 → 5 → 0', () => {
    const expected: Run[] = [
      [1, 3, 15, 'titration'],
      [4, 87, 30, 'maintenance'],
      [88, 90, 20, 'taper'],
      [91, 93, 10, 'taper'],
      [94, 96, 5, 'taper'],
      [97, 97, 0, 'taper'],
    ];
    expect(runs(plan)).toEqual(expected);
  });

  it('summarises dates in UTC from the start date', () => {
    expect(plan.summary).toMatchObject({
      daysToTarget: 4,
      maintenanceStart: '2025-01-04',
      maintenanceEnd: '2025-03-28',
      taperStart: '2025-03-29',
      taperEnd: '2025-04-07',
      reviewDate: null,
      maxMgPerDay: 30,
      changedParams: [],
    });
    expect(plan.capMgPerDay).toBe(30);
    expect(plan.targetMgPerDay).toBe(30);
    expect(plan.unitMg).toBe(5);
    expect(plan.rulesetVersion).toBe(RULESET_VERSION);
    expect(plan.blocked).toBe(false);
    expect(dayOf(plan, 97).date).toBe('2025-04-07');
  });

  it('carries the taper and monitoring findings, no thresholds', () => {
    expect(ruleIds(plan)).toEqual(
      expect.arrayContaining(['plan.taper', 'monitor.sedation-mood', 'monitor.drinking-craving']),
    );
    expect(ruleIds(plan).filter((id) => id.startsWith('threshold.'))).toEqual([]);
    expect(findingOf(plan, 'monitor.sleep-apnoea')).toBeUndefined();
  });
});

describe('addolorato-60 (Addolorato 2011; label steps)', () => {
  it('steps +15 mg/day every 3 days to 20 mg tid, 84 days, then the default taper', () => {
    const plan = buildPlan({ regimenId: 'addolorato-60', startDate: START });
    expect(runs(plan)).toEqual([
      [1, 3, 15, 'titration'],
      [4, 6, 30, 'titration'],
      [7, 9, 45, 'titration'],
      [10, 93, 60, 'maintenance'],
      [94, 96, 50, 'taper'],
      [97, 99, 40, 'taper'],
      [100, 102, 30, 'taper'],
      [103, 105, 20, 'taper'],
      [106, 108, 10, 'taper'],
      [109, 111, 5, 'taper'],
      [112, 112, 0, 'taper'],
    ]);
    expect(dayOf(plan, 10).administrations.map((a) => a.mg)).toEqual([20, 20, 20]);
  });
});

describe('morley-75 (Morley 2018)', () => {
  const plan = buildPlan({ regimenId: 'morley-75', startDate: START });

  it('reaches 75 mg/day on day 13 (15, 30, 45, 60, 75 on days 1, 4, 7, 10, 13)', () => {
    expect([1, 4, 7, 10, 13].map((day) => dayOf(plan, day).totalMg)).toEqual([15, 30, 45, 60, 75]);
    expect(dayOf(plan, 12).totalMg).toBe(60);
    expect(dayOf(plan, 13).administrations.map((a) => a.mg)).toEqual([25, 25, 25]);
    expect(plan.summary?.daysToTarget).toBe(13);
  });

  it('maintains 84 days and tapers −10 every 3 days to 5, then 0', () => {
    expect(runs(plan).slice(4)).toEqual([
      [13, 96, 75, 'maintenance'],
      [97, 99, 65, 'taper'],
      [100, 102, 55, 'taper'],
      [103, 105, 45, 'taper'],
      [106, 108, 35, 'taper'],
      [109, 111, 25, 'taper'],
      [112, 114, 15, 'taper'],
      [115, 117, 5, 'taper'],
      [118, 118, 0, 'taper'],
    ]);
  });
});

describe('baclocur-80 (Baclocur SmPC 2018)', () => {
  const plan = buildPlan({ regimenId: 'baclocur-80', startDate: START });

  it('starts 15 mg/day for 3 days, +10 every 3 days, stops at the 80 mg/day cap', () => {
    expect(runs(plan)).toEqual([
      [1, 3, 15, 'titration'],
      [4, 6, 25, 'titration'],
      [7, 9, 35, 'titration'],
      [10, 12, 45, 'titration'],
      [13, 15, 55, 'titration'],
      [16, 18, 65, 'titration'],
      [19, 21, 75, 'titration'],
      [22, 63, 80, 'maintenance'],
    ]);
  });

  it('reassesses after 6 weeks at the maximum: no taper, an explicit review date', () => {
    expect(plan.summary?.reviewDate).toBe('2025-03-04');
    expect(plan.summary?.taperStart).toBeNull();
    expect(findingOf(plan, 'plan.review')?.title).toBe('Continue, review on 2025-03-04');
    expect(ruleIds(plan).filter((id) => id.startsWith('threshold.'))).toEqual([]);
  });

  it('stops at the clinician goal ("stop at goal")', () => {
    const goal = buildPlan({ regimenId: 'baclocur-80', startDate: START, params: { targetMgPerDay: 45 } });
    expect(runs(goal).slice(0, 4)).toEqual([
      [1, 3, 15, 'titration'],
      [4, 6, 25, 'titration'],
      [7, 9, 35, 'titration'],
      [10, 51, 45, 'maintenance'],
    ]);
    expect(goal.summary?.changedParams).toEqual([{ key: 'targetMgPerDay', from: 80, to: 45 }]);
  });
});

describe('alpadir-180 (Reynaud 2017)', () => {
  const plan = buildPlan({ regimenId: 'alpadir-180', startDate: START });

  it('titrates +10 every 3 days and lands on 180 mg/day on day 52 (175 on day 49)', () => {
    expect(dayOf(plan, 1).totalMg).toBe(15);
    expect(dayOf(plan, 4).totalMg).toBe(25);
    expect(dayOf(plan, 49).totalMg).toBe(175);
    expect(dayOf(plan, 51).totalMg).toBe(175);
    expect(dayOf(plan, 52).totalMg).toBe(180);
    expect(dayOf(plan, 52).administrations.map((a) => a.mg)).toEqual([60, 60, 60]);
    expect(plan.summary?.daysToTarget).toBe(52);
  });

  it('maintains 17 weeks (119 days) then tapers −15 to 80, −10 to 10, then 5, then 0', () => {
    expect(runs(plan).filter((run) => run[3] !== 'titration')).toEqual([
      [52, 170, 180, 'maintenance'],
      [171, 173, 165, 'taper'],
      [174, 176, 150, 'taper'],
      [177, 179, 135, 'taper'],
      [180, 182, 120, 'taper'],
      [183, 185, 105, 'taper'],
      [186, 188, 90, 'taper'],
      [189, 191, 80, 'taper'],
      [192, 194, 70, 'taper'],
      [195, 197, 60, 'taper'],
      [198, 200, 50, 'taper'],
      [201, 203, 40, 'taper'],
      [204, 206, 30, 'taper'],
      [207, 209, 20, 'taper'],
      [210, 212, 10, 'taper'],
      [213, 215, 5, 'taper'],
      [216, 216, 0, 'taper'],
    ]);
  });

  it('is above 80 and 120 but not above 180 mg/day', () => {
    expect(ruleIds(plan)).toEqual(
      expect.arrayContaining(['threshold.80', 'threshold.120', 'monitor.sleep-apnoea']),
    );
    expect(findingOf(plan, 'threshold.180')).toBeUndefined();
    expect(findingOf(plan, 'threshold.80')?.detail).toContain('from 2025-01-22 (day 22)');
  });
});

describe('baclad-270 (Müller 2015)', () => {
  it('flexible: without an explicit target the projected target is min(cap, 80) — no automatic high dose (spec §3)', () => {
    const plan = buildPlan({ regimenId: 'baclad-270', startDate: START });
    expect(plan.targetMgPerDay).toBe(80);
    expect(Math.max(...plan.days.map((d) => d.totalMg))).toBe(80);
    expect(findingOf(plan, 'plan.flexible-target')?.title).toBe(
      'Individual target — reassess at each visit (80 mg/day projected)',
    );
    expect(ruleIds(plan).filter((id) => id.startsWith('threshold.'))).toEqual([]);
  });

  it('with 270 set explicitly: reaches 270 on day 79 with the sourced +10/3-day step, 12 weeks, then the default taper', () => {
    const plan = buildPlan({ regimenId: 'baclad-270', startDate: START, params: { targetMgPerDay: 270 } });
    // Spec §3: BACLAD titrated in 4 weeks and tapered in 4; bacloplan shows that and uses the slower steps.
    expect(findingOf(plan, 'plan.trial-pace')?.detail).toContain(
      'The trial titrated in 4 weeks and tapered in 4 weeks; bacloplan uses the slower sourced steps',
    );
    expect(findingOf(plan, 'plan.trial-pace')?.detail).toContain('reaches its target on day 79');
    expect(dayOf(plan, 76).totalMg).toBe(265);
    expect(dayOf(plan, 79).totalMg).toBe(270);
    expect(runs(plan).filter((run) => run[3] !== 'titration')).toEqual([
      [79, 162, 270, 'maintenance'],
      [163, 165, 255, 'taper'],
      [166, 168, 240, 'taper'],
      [169, 171, 225, 'taper'],
      [172, 174, 210, 'taper'],
      [175, 177, 195, 'taper'],
      [178, 180, 180, 'taper'],
      [181, 183, 165, 'taper'],
      [184, 186, 150, 'taper'],
      [187, 189, 135, 'taper'],
      [190, 192, 120, 'taper'],
      [193, 195, 105, 'taper'],
      [196, 198, 90, 'taper'],
      [199, 201, 80, 'taper'],
      [202, 204, 70, 'taper'],
      [205, 207, 60, 'taper'],
      [208, 210, 50, 'taper'],
      [211, 213, 40, 'taper'],
      [214, 216, 30, 'taper'],
      [217, 219, 20, 'taper'],
      [220, 222, 10, 'taper'],
      [223, 225, 5, 'taper'],
      [226, 226, 0, 'taper'],
    ]);
    expect(ruleIds(plan)).toEqual(expect.arrayContaining(['threshold.80', 'threshold.120', 'threshold.180']));
  });
});

describe('rtu-300 (ANSM RTU 2014; Bacloville)', () => {
  const plan = buildPlan({ regimenId: 'rtu-300', startDate: START, params: { targetMgPerDay: 300 } });

  it('titrates +10 every 3 days to 300 on day 88 (295 on day 85), never above 300', () => {
    expect(dayOf(plan, 85).totalMg).toBe(295);
    expect(dayOf(plan, 88).totalMg).toBe(300);
    expect(dayOf(plan, 88).administrations.map((a) => a.mg)).toEqual([100, 100, 100]);
    expect(Math.max(...plan.days.map((d) => d.totalMg))).toBe(300);
  });

  it('continues without a taper and ends on an explicit review date after 28 days', () => {
    expect(runs(plan).slice(-1)).toEqual([[88, 115, 300, 'maintenance']]);
    expect(plan.days).toHaveLength(115);
    expect(plan.summary?.reviewDate).toBe('2025-04-25');
    expect(findingOf(plan, 'plan.review')?.title).toBe('Continue, review on 2025-04-25');
    expect(findingOf(plan, 'plan.taper')).toBeUndefined();
  });
});

describe('custom', () => {
  it('defaults to +10 every 3 days to 80 mg/day, 84 days, then the default taper', () => {
    const plan = buildPlan({ regimenId: 'custom', startDate: START });
    expect(runs(plan).filter((run) => run[3] !== 'titration')).toEqual([
      [22, 105, 80, 'maintenance'],
      [106, 108, 70, 'taper'],
      [109, 111, 60, 'taper'],
      [112, 114, 50, 'taper'],
      [115, 117, 40, 'taper'],
      [118, 120, 30, 'taper'],
      [121, 123, 20, 'taper'],
      [124, 126, 10, 'taper'],
      [127, 129, 5, 'taper'],
      [130, 130, 0, 'taper'],
    ]);
    expect(plan.capMgPerDay).toBe(300);
  });

  it('accepts any parameters up to the 300 mg/day ceiling (bid, unequal split, own labels)', () => {
    const plan = buildPlan({
      regimenId: 'custom',
      startDate: START,
      params: {
        startMgPerDay: 20,
        startDays: 2,
        stepMgPerDay: 20,
        stepIntervalDays: 4,
        targetMgPerDay: 60,
        dosesPerDay: 2,
        splitWeights: [1, 2],
        splitLabels: ['morning', '1 h before the usual first drink'],
        maintenanceDays: 10,
        taper: false,
      },
    });
    expect(runs(plan)).toEqual([
      [1, 2, 20, 'titration'],
      [3, 6, 40, 'titration'],
      [7, 16, 60, 'maintenance'],
    ]);
    expect(dayOf(plan, 7).administrations).toEqual([
      { label: 'morning', mg: 20 },
      { label: '1 h before the usual first drink', mg: 40 },
    ]);
    expect(plan.summary?.reviewDate).toBe('2025-01-16');
  });
});

describe('dates', () => {
  it('crosses a leap day and the year end without gaps', () => {
    const plan = buildPlan({ regimenId: 'addolorato-30', startDate: '2024-02-28' });
    expect(plan.days.slice(0, 3).map((d) => d.date)).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    const yearEnd = buildPlan({ regimenId: 'addolorato-30', startDate: '2024-12-31' });
    expect(yearEnd.days.slice(0, 2).map((d) => d.date)).toEqual(['2024-12-31', '2025-01-01']);
  });

  it.each([
    '2023-02-29',
    '2025-13-01',
    '2025-04-31',
    '25-01-01',
    '2025-1-1',
    '',
    'tomorrow',
    '2025-01-01T00:00',
  ])('rejects start date %j', (startDate) => {
    expect(() => buildPlan({ regimenId: 'addolorato-30', startDate })).toThrowError(
      expect.objectContaining({ name: 'RulesInputError', field: 'startDate' }),
    );
  });

  it('rejects an unknown regimen', () => {
    expect(() => buildPlan({ regimenId: 'garbutt-30', startDate: START })).toThrowError(
      expect.objectContaining({ field: 'regimenId' }),
    );
  });
});

describe('explain', () => {
  it('shows how cap, start, step and intervals were derived', () => {
    const plan = buildPlan({ regimenId: 'rtu-300', startDate: START });
    const ids = plan.explain?.map((step) => step.ruleId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'plan.unit',
        'plan.cap',
        'plan.target',
        'plan.start',
        'plan.step',
        'plan.step-interval',
        'plan.taper-interval',
      ]),
    );
    expect(plan.explain?.find((step) => step.ruleId === 'plan.cap')?.result).toBe(300);
  });
});
