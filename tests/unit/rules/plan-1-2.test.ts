/**
 * Worked tests of the ruleset 1.2 plan rules (spec §3–§5, §8). Every expected value is computed by
 * hand from the spec, beside each case.
 */
import { describe, expect, it } from 'vitest';
import {
  buildPlan,
  cautiousTitrationParams,
  mergeFindings,
  planFor,
  RULESET_VERSION,
  type Finding,
  type RegimenParams,
} from '../../../src/rules';
import { dayOf, findingOf, makeRenal, renalFinding, runs } from './plan-helpers';

const START = '2026-03-02';
const REASON = 'Nephrology agreed, letter on file';

describe('rounding never speeds a schedule up (spec §3)', () => {
  it('baclocur-80, severe band with override: +5 mg every 9 days, not +5 every 6 (10 × 1/3 = 3.3 mg every 6 days)', () => {
    const plan = buildPlan({
      regimenId: 'baclocur-80',
      startDate: START,
      renal: makeRenal('severe'),
      overrides: { renal: { reason: REASON } },
    });
    // Start 15 × 1/3 = 5 for 3 × 2 = 6 days; then one 5 mg unit every ceil(6 × 5 ÷ 3.33) = 9 days;
    // cap 80 × 1/3 = 26.7 → 25.
    expect(runs(plan).slice(0, 5)).toEqual([
      [1, 6, 5, 'titration'],
      [7, 15, 10, 'titration'],
      [16, 24, 15, 'titration'],
      [25, 33, 20, 'titration'],
      [34, 34 + 41, 25, 'maintenance'],
    ]);
    expect(plan.capMgPerDay).toBe(25);
    expect(plan.summary?.effective?.stepIntervalDays).toBe(9);
    const lengthened = findingOf(plan, 'plan.step-lengthened');
    expect(lengthened?.title).toBe('Escalation step of 5 mg every 9 days (slower than one unit allows)');
    expect(lengthened?.detail).toContain('Baclofen 5 mg tablet'.slice(0, 8));
    expect(lengthened?.detail).toContain('oral solution 1 mg/mL');
  });

  it('the same with the oral solution: 3 mg every 6 days (1 mg units, rounded down)', () => {
    const plan = buildPlan({
      regimenId: 'baclocur-80',
      startDate: START,
      renal: makeRenal('severe'),
      overrides: { renal: { reason: REASON } },
      params: { product: 'oral-solution-1mg-ml' },
    });
    expect(runs(plan).slice(0, 2)).toEqual([
      [1, 6, 5, 'titration'],
      [7, 12, 8, 'titration'],
    ]);
    expect(plan.capMgPerDay).toBe(26); // 26.7 rounded down
    expect(findingOf(plan, 'plan.step-lengthened')).toBeUndefined();
  });
});

describe('current dose never dropped (spec §3)', () => {
  it('currentDoseMgPerDay without a mode re-plans from it: day 1 is 60 mg/day, not the start dose', () => {
    const plan = buildPlan({
      regimenId: 'baclocur-80',
      startDate: START,
      currentDoseMgPerDay: 60,
      renal: makeRenal('normal'),
    });
    expect(dayOf(plan, 1).totalMg).toBe(60);
    expect(plan.summary?.effective?.mode).toBe('replan');
    expect(findingOf(plan, 'plan.current-dose')?.title).toBe('Starts from the current dose of 60 mg/day');
  });

  it('mode "new" with a current dose is refused, never silently ignored', () => {
    expect(() =>
      buildPlan({ regimenId: 'baclocur-80', startDate: START, mode: 'new', currentDoseMgPerDay: 150 }),
    ).toThrowError(expect.objectContaining({ field: 'mode' }));
  });
});

describe('no renal assessment (spec §2.4)', () => {
  it('carries plan.renal-not-assessed (major) with the spec text and dose factor 1', () => {
    const plan = buildPlan({ regimenId: 'addolorato-30', startDate: START });
    const finding = findingOf(plan, 'plan.renal-not-assessed');
    expect(finding?.severity).toBe('major');
    expect(finding?.detail).toContain(
      'Renal function not assessed: baclofen is 70–80 % renally excreted; check creatinine before starting',
    );
    expect(plan.summary?.effective?.doseFactor).toBe(1);
  });
});

describe('a taper is never blocked (spec §5)', () => {
  it('taper-only under the severe hard stop without override is planned, with the renal findings', () => {
    const plan = buildPlan({
      regimenId: 'baclocur-80',
      startDate: START,
      mode: 'taper-only',
      currentDoseMgPerDay: 20,
      renal: makeRenal('severe'),
    });
    expect(plan.blocked).toBe(false);
    // Cap 25: no come-down; taper −10 every 3 × 2 = 6 days: 20 → 10 → 5 → 0.
    expect(runs(plan)).toEqual([
      [1, 6, 20, 'taper'],
      [7, 12, 10, 'taper'],
      [13, 18, 5, 'taper'],
      [19, 19, 0, 'taper'],
    ]);
    expect(findingOf(plan, 'renal.severe-hard-stop')?.severity).toBe('hard-stop');
  });

  it('a re-plan under the hard stop without override is a taper to 0, coming down to the renal cap at −15 every 2 days first', () => {
    const plan = buildPlan({
      regimenId: 'baclocur-80',
      startDate: START,
      mode: 'replan',
      currentDoseMgPerDay: 60,
      renal: makeRenal('severe'),
    });
    expect(plan.blocked).toBe(false);
    expect(plan.summary?.effective?.mode).toBe('taper-only');
    // 60 → 45 → 30 → 25 (cap) every 2 days; then the renal pace: −10 every 6 days to 0.
    expect(runs(plan)).toEqual([
      [1, 2, 60, 'taper'],
      [3, 4, 45, 'taper'],
      [5, 6, 30, 'taper'],
      [7, 12, 25, 'taper'],
      [13, 18, 15, 'taper'],
      [19, 24, 5, 'taper'],
      [25, 25, 0, 'taper'],
    ]);
    expect(findingOf(plan, 'plan.hard-stop-taper')?.severity).toBe('major');
    expect(findingOf(plan, 'plan.current-above-cap')?.detail).toContain('haemodialysis removes baclofen');
  });

  it('with the renal override the re-plan comes down to the renal cap and continues there', () => {
    const plan = buildPlan({
      regimenId: 'baclocur-80',
      startDate: START,
      mode: 'replan',
      currentDoseMgPerDay: 60,
      renal: makeRenal('severe'),
      overrides: { renal: { reason: REASON } },
    });
    expect(runs(plan).slice(0, 4)).toEqual([
      [1, 2, 60, 'taper'],
      [3, 4, 45, 'taper'],
      [5, 6, 30, 'taper'],
      [7, 48, 25, 'maintenance'],
    ]);
  });

  it('from above 300 mg/day: tapered with a major finding; escalation above 300 stays impossible', () => {
    const plan = buildPlan({
      regimenId: 'rtu-300',
      startDate: START,
      mode: 'taper-only',
      currentDoseMgPerDay: 330,
    });
    expect(dayOf(plan, 1).totalMg).toBe(330);
    expect(findingOf(plan, 'plan.current-above-ceiling')?.severity).toBe('major');
    // Thresholds on a taper-only plan read "currently above" and are moderate.
    const threshold = findingOf(plan, 'threshold.180');
    expect(threshold?.severity).toBe('moderate');
    expect(threshold?.title).toBe('Currently above 180 mg/day (coming down)');
    expect(() =>
      buildPlan({ regimenId: 'custom', startDate: START, params: { targetMgPerDay: 310 } }),
    ).toThrowError(expect.objectContaining({ field: 'params.targetMgPerDay' }));
  });
});

describe('a current dose the product cannot give (spec §3, §5)', () => {
  it('is refused, never rounded down into a cut on day 1', () => {
    for (const [currentDoseMgPerDay, product] of [
      [20, 'tablet-25'],
      [45, 'tablet-25'],
      [15, 'tablet-10'],
      [37, 'tablet-10-scored'],
    ] as const) {
      expect(() =>
        buildPlan({
          regimenId: 'custom',
          startDate: START,
          mode: 'taper-only',
          currentDoseMgPerDay,
          params: { product },
        }),
      ).toThrowError(expect.objectContaining({ field: 'currentDoseMgPerDay' }));
    }
  });

  it('a re-plan from above 300 reads "currently above", moderate — never the 300 hard stop', () => {
    const plan = buildPlan({ regimenId: 'rtu-300', startDate: START, currentDoseMgPerDay: 330 });
    expect(dayOf(plan, 1).totalMg).toBe(330);
    const ceiling = findingOf(plan, 'threshold.300');
    expect(ceiling?.severity).toBe('moderate');
    expect(ceiling?.title).toBe('Currently above 300 mg/day (coming down)');
    expect(plan.findings.some((finding) => finding.severity === 'hard-stop')).toBe(false);
  });
});

describe('percent tapers are never faster than the step taper (spec §5)', () => {
  it('−10 % every 3 days from 300: each cut at most 15 mg/day (above 80), 10 below', () => {
    const plan = buildPlan({
      regimenId: 'rtu-300',
      startDate: START,
      mode: 'taper-only',
      currentDoseMgPerDay: 300,
      params: { taperParams: { mode: 'percent' } as RegimenParams['taperParams'] },
    });
    expect(runs(plan).slice(0, 3)).toEqual([
      [1, 3, 300, 'taper'],
      [4, 6, 285, 'taper'],
      [7, 9, 270, 'taper'],
    ]);
  });
});

describe('the unit question (spec §2.4)', () => {
  it('blocks the plan; an override reason does not answer it', () => {
    const renal = makeRenal('normal', {
      findings: [renalFinding('renal.unit-unconfirmed', 'hard-stop')],
    });
    const plan = buildPlan({
      regimenId: 'addolorato-30',
      startDate: START,
      renal,
      overrides: { renal: { reason: REASON } },
    });
    expect(plan.blocked).toBe(true);
    expect(findingOf(plan, 'plan.blocked-unit-question')?.title).toBe(
      'No plan until the creatinine unit is answered',
    );
  });
});

describe('flexible target and trial notes (spec §3)', () => {
  it('rtu-300 without a target: min(300, 80) = 80 mg/day, "individual target — reassess at each visit"', () => {
    const plan = buildPlan({ regimenId: 'rtu-300', startDate: START, renal: makeRenal('normal') });
    expect(plan.targetMgPerDay).toBe(80);
    expect(findingOf(plan, 'plan.flexible-target')?.title).toContain(
      'Individual target — reassess at each visit',
    );
  });

  it('ALPADIR: "the trial titrated in 7 weeks / tapered in 2 weeks; bacloplan uses the slower sourced steps"', () => {
    const plan = buildPlan({ regimenId: 'alpadir-180', startDate: START, renal: makeRenal('normal') });
    const note = findingOf(plan, 'plan.trial-pace');
    expect(note?.detail).toContain('The trial titrated in 7 weeks and tapered in 2 weeks');
    expect(note?.sources).toContain('reynaud-2017');
  });
});

describe('practical tablets (spec §3)', () => {
  it('150 mg/day tid with 10 mg scored tablets is 5 tablets per dose: proposes the 20 mg tablet (2½)', () => {
    const plan = buildPlan({ regimenId: 'rtu-300', startDate: START, params: { targetMgPerDay: 150 } });
    const finding = findingOf(plan, 'plan.practical-tablets');
    expect(finding?.title).toBe(
      'Up to 5 tablets per dose: consider Baclofen 20 mg scored tablet (halved: 10 mg steps)',
    );
    expect(finding?.detail).toContain('at most 2½ per dose');
  });

  it('no proposal at 4 tablets or fewer', () => {
    const plan = buildPlan({ regimenId: 'baclocur-80', startDate: START });
    expect(findingOf(plan, 'plan.practical-tablets')).toBeUndefined();
  });
});

describe('intolerance: retry once (spec §3)', () => {
  it('not tolerated twice at 45 mg/day: 30 mg/day becomes the maintenance dose', () => {
    // morley-75: 15 (1–3), 30 (4–6), 45 from 7; intolerance day 8 → 30 held 3 days → retry 45 on
    // day 11; intolerance again day 12 → 30, kept as the individual maximum.
    const plan = buildPlan({
      regimenId: 'morley-75',
      startDate: START,
      params: { intoleranceDays: [8, 12] },
    });
    expect(runs(plan).slice(0, 7)).toEqual([
      [1, 3, 15, 'titration'],
      [4, 6, 30, 'titration'],
      [7, 7, 45, 'titration'],
      [8, 10, 30, 'hold'],
      [11, 11, 45, 'titration'],
      [12, 14, 30, 'hold'],
      [15, 95, 30, 'maintenance'],
    ]);
    expect(findingOf(plan, 'plan.intolerance')?.detail).toContain('kept as the individual maximum');
  });
});

describe('monitoring (spec §8)', () => {
  it('moderate band, rtu-300 to 150: baseline, day 14, before 80 mg/day, monthly, then every 3 months', () => {
    const plan = buildPlan({
      regimenId: 'rtu-300',
      startDate: '2026-01-01',
      renal: makeRenal('moderate'),
      params: { targetMgPerDay: 150, maintenanceDays: 180 },
    });
    // start 5 mg × 6 days, +5 every 6 days: 85 mg/day first on day 1 + 16 × 6 = 97 (check on day 96);
    // 150 on day 175, maintenance 180 days, no taper (rtu-300): the plan ends on day 354.
    // Monthly (every 30 days) until maintenance: days 31, 61, 91, 121, 151; every 3 months: day 265.
    const creatinine = plan.monitoring?.filter((entry) => entry.ruleId === 'monitor.creatinine');
    expect(creatinine?.map((entry) => entry.what)).toEqual([
      'Creatinine (baseline)',
      'Creatinine (day 14 of titration)',
      'Creatinine (monthly until maintenance)',
      'Creatinine (monthly until maintenance)',
      'Creatinine (monthly until maintenance)',
      'Creatinine (before the dose first exceeds 80 mg/day)',
      'Creatinine (monthly until maintenance)',
      'Creatinine (monthly until maintenance)',
      'Creatinine (every 3 months)',
    ]);
    expect(creatinine?.[5]?.date).toBe('2026-04-06');
    expect(creatinine?.[8]?.date).toBe('2026-09-22');
    expect(creatinine?.[0]?.date).toBe('2026-01-01');
    expect(creatinine?.[1]?.date).toBe('2026-01-14');
    expect(plan.monitoring?.find((entry) => entry.ruleId === 'monitor.sleep-apnoea')).toBeDefined();
  });

  it('on dialysis: no creatinine checks', () => {
    const plan = buildPlan({
      regimenId: 'addolorato-30',
      startDate: START,
      renal: makeRenal('dialysis'),
      overrides: { renal: { reason: REASON } },
    });
    expect(plan.monitoring?.filter((entry) => entry.ruleId === 'monitor.creatinine')).toEqual([]);
  });
});

describe('one pipeline: planFor and mergeFindings', () => {
  it('mergeFindings keeps the most severe of a rule id + subject, sorted most severe first', () => {
    const a: Finding = {
      ruleId: 'x',
      severity: 'minor',
      title: 'a',
      detail: '',
      evidence: 'default',
      sources: [],
    };
    const b: Finding = { ...a, severity: 'major', title: 'b' };
    const c: Finding = { ...a, ruleId: 'y', severity: 'info', title: 'c' };
    expect(mergeFindings([a, c], [b]).map((finding) => finding.title)).toEqual(['b', 'c']);
  });

  it('contraindicated findings need an acknowledgement with a reason before export (plan.unacknowledged)', () => {
    const base = {
      renal: {
        ageYears: 50,
        sex: 'male' as const,
        weightKg: 80,
        creatinine: { value: 1, unit: 'mg/dL' as const },
      },
      meds: ['methadone', 'naltrexone'],
    };
    const open = planFor({ ...base, plan: { regimenId: 'baclocur-80', startDate: START } });
    const contraindicated = open.findings.filter((finding) => finding.severity === 'contraindicated');
    expect(contraindicated.length).toBeGreaterThan(0);
    expect(open.plan.unacknowledged).toEqual(contraindicated);
    const first = contraindicated[0] as Finding;
    expect(() =>
      planFor({
        ...base,
        plan: {
          regimenId: 'baclocur-80',
          startDate: START,
          acknowledgements: [{ ruleId: first.ruleId, subject: first.subject, reason: 'ok' }],
        },
      }),
    ).toThrowError(expect.objectContaining({ field: 'acknowledgements.0.reason' }));
    const acknowledged = planFor({
      ...base,
      plan: {
        regimenId: 'baclocur-80',
        startDate: START,
        acknowledgements: contraindicated.map((finding) => ({
          ruleId: finding.ruleId,
          ...(finding.subject === undefined ? {} : { subject: finding.subject }),
          reason: 'Methadone tapering planned with the OUD team',
        })),
      },
    });
    expect(acknowledged.plan.unacknowledged).toEqual([]);
    expect(acknowledged.findings.filter((finding) => finding.ruleId === 'plan.acknowledged')).toHaveLength(
      contraindicated.length,
    );
  });

  it('offers (never applies) the cautious-titration preset when an opioid is present', () => {
    const result = planFor({ meds: ['oxycodone'], plan: { regimenId: 'baclocur-80', startDate: START } });
    expect(result.offers).toEqual([
      expect.objectContaining({
        ruleId: 'plan.cautious-titration',
        params: { stepMgPerDay: 5, stepIntervalDays: 6, targetMgPerDay: 80 },
      }),
    ]);
    // Not applied: the plan still steps +10 every 3 days.
    expect(result.plan.summary?.effective?.stepMgPerDay).toBe(10);
    expect(cautiousTitrationParams('baclocur-80', { stepMgPerDay: 5, stepIntervalDays: 6 })).toBeNull();
  });

  it('is ruleset 1.2.3 (spec 1.2; .1 explanations and wording, .2 RxNorm products, .3 follow-up visits §9)', () => {
    expect(RULESET_VERSION).toBe('1.2.3');
  });
});
