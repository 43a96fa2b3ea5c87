/**
 * Renal adjustment (spec §2.3–2.4), dose thresholds and profiles (spec §4). Expected values are hand
 * calculations written beside each case.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan, DOSE_THRESHOLDS } from '../../../src/rules/plan';
import { dayOf, findingOf, makeRenal, ruleIds, runs } from './plan-helpers';

const START = '2025-03-01';

describe('renal adjustment', () => {
  it('mild band: addolorato-30 starts at 10 mg/day (15 × 2/3) and caps at 20 (30 × 2/3)', () => {
    const plan = buildPlan({ regimenId: 'addolorato-30', startDate: START, renal: makeRenal('mild') });
    expect(plan.capMgPerDay).toBe(20);
    expect(plan.targetMgPerDay).toBe(20);
    expect(runs(plan).slice(0, 2)).toEqual([
      [1, 3, 10, 'titration'],
      [4, 87, 20, 'maintenance'],
    ]);
    // 10 mg in 5 mg units over tid: the two units go to the evening, then the noon dose.
    expect(dayOf(plan, 1).administrations.map((a) => a.mg)).toEqual([0, 5, 5]);
    expect(dayOf(plan, 4).administrations.map((a) => a.mg)).toEqual([5, 5, 10]);
    expect(findingOf(plan, 'plan.target-limited')?.title).toBe('Target lowered to 20 mg/day');
    // Spec §8: a short dated list — baseline, day 14 of titration, monthly until maintenance, then
    // every 3 months — not one check per step.
    expect(
      plan.monitoring?.filter((entry) => entry.ruleId === 'monitor.creatinine').map((entry) => entry.what),
    ).toEqual(['Creatinine (baseline)', 'Creatinine (every 3 months)']);
  });

  it('moderate band: rtu-300 caps at 150 mg/day and steps every 6 days', () => {
    const plan = buildPlan({
      regimenId: 'rtu-300',
      startDate: START,
      renal: makeRenal('moderate'),
      params: { targetMgPerDay: 300 },
    });
    expect(plan.capMgPerDay).toBe(150);
    expect(plan.summary?.effective?.stepIntervalDays).toBe(6);
    // start 15 × 1/2 = 7.5 → 5; step 10 × 1/2 = 5; start period 3 × 2 = 6 days.
    expect(runs(plan).slice(0, 3)).toEqual([
      [1, 6, 5, 'titration'],
      [7, 12, 10, 'titration'],
      [13, 18, 15, 'titration'],
    ]);
    expect(Math.max(...plan.days.map((d) => d.totalMg))).toBe(150);
    expect(plan.summary?.effective?.startMgPerDay).toBe(5);
    expect(plan.summary?.effective?.stepMgPerDay).toBe(5);
  });

  it('moderate band doubles the taper interval', () => {
    const plan = buildPlan({ regimenId: 'addolorato-30', startDate: START, renal: makeRenal('moderate') });
    // cap 15 (30 × 1/2); maintenance days 13–96; taper 15 → 5 → 0 with 6-day intervals.
    expect(runs(plan).filter((run) => run[3] === 'taper')).toEqual([
      [97, 102, 5, 'taper'],
      [103, 103, 0, 'taper'],
    ]);
    expect(plan.summary?.effective?.taperIntervalDays).toBe(6);
  });

  it('uses interval factor 2 for moderate even when the assessment omits it', () => {
    const renal = makeRenal('moderate');
    delete renal.intervalFactor;
    const plan = buildPlan({ regimenId: 'rtu-300', startDate: START, renal });
    expect(plan.summary?.effective?.stepIntervalDays).toBe(6);
  });

  it('severe band without override: blocked, no days, renal hard stop carried on the plan', () => {
    const plan = buildPlan({ regimenId: 'rtu-300', startDate: START, renal: makeRenal('severe') });
    expect(plan.blocked).toBe(true);
    expect(plan.days).toEqual([]);
    expect(plan.capMgPerDay).toBe(0);
    expect(ruleIds(plan)).toEqual(expect.arrayContaining(['renal.severe-hard-stop', 'plan.blocked']));
    expect(plan.findings[0]?.severity).toBe('hard-stop');
    expect(plan.summary?.dispense).toEqual([]);
  });

  it('an override reason shorter than 15 characters is refused on its field, from any caller', () => {
    for (const reason of ['', '   ', '\n', 'x', 'too short here']) {
      expect(() =>
        buildPlan({
          regimenId: 'rtu-300',
          startDate: START,
          renal: makeRenal('severe'),
          override: { reason },
        }),
      ).toThrowError(expect.objectContaining({ field: 'override.reason' }));
      expect(() =>
        buildPlan({
          regimenId: 'rtu-300',
          startDate: START,
          renal: makeRenal('severe'),
          overrides: { renal: { reason } },
        }),
      ).toThrowError(expect.objectContaining({ field: 'overrides.renal.reason' }));
    }
  });

  it('severe band with override: factor 1/3, override finding with the reason verbatim', () => {
    const reason = 'Nephrology agreed (Dr A., 2025-02-27): refractory AUD, no alternative';
    const plan = buildPlan({
      regimenId: 'rtu-300',
      startDate: START,
      renal: makeRenal('severe'),
      override: { reason },
    });
    expect(plan.blocked).toBe(false);
    expect(plan.capMgPerDay).toBe(100); // 300 × 1/3
    expect(plan.summary?.effective?.doseFactor).toBeCloseTo(1 / 3, 12);
    expect(dayOf(plan, 1).totalMg).toBe(5); // 15 × 1/3
    const override = findingOf(plan, 'plan.override-renal');
    expect(override?.severity).toBe('major');
    expect(override?.title).toContain('severe renal impairment');
    expect(override?.detail).toContain(reason);
    expect(ruleIds(plan)).toContain('renal.severe-hard-stop');
  });

  it('dialysis: blocked without override; with override capped at 5 mg/day (PMS-Baclofen)', () => {
    const blocked = buildPlan({ regimenId: 'addolorato-30', startDate: START, renal: makeRenal('dialysis') });
    expect(blocked.blocked).toBe(true);
    expect(blocked.days).toEqual([]);
    const plan = buildPlan({
      regimenId: 'rtu-300',
      startDate: START,
      renal: makeRenal('dialysis'),
      override: { reason: 'Specialist decision after nephrology review' },
    });
    expect(plan.capMgPerDay).toBe(5);
    expect(plan.days.every((d) => d.totalMg <= 5)).toBe(true);
    expect(findingOf(plan, 'plan.override-renal')?.title).toContain('dialysis');
    expect(findingOf(plan, 'plan.override-renal')?.detail).toContain('Specialist decision');
  });

  it('a product unit larger than the renal cap is an input error on the product', () => {
    expect(() =>
      buildPlan({
        regimenId: 'rtu-300',
        startDate: START,
        renal: makeRenal('dialysis'),
        override: { reason: 'Specialist decision after nephrology review' },
        params: { product: 'tablet-10' },
      }),
    ).toThrowError(expect.objectContaining({ field: 'params.product' }));
  });

  it('copies renal findings once (deduplicated by rule id)', () => {
    const renal = makeRenal('mild');
    renal.findings = [...renal.findings, ...renal.findings];
    const plan = buildPlan({ regimenId: 'addolorato-30', startDate: START, renal });
    expect(ruleIds(plan).filter((id) => id === 'renal.recheck-creatinine')).toHaveLength(1);
  });

  it('rejects a malformed renal assessment', () => {
    expect(() =>
      buildPlan({
        regimenId: 'addolorato-30',
        startDate: START,
        renal: makeRenal('mild', { doseFactor: Number.NaN }),
      }),
    ).toThrowError(expect.objectContaining({ field: 'renal.doseFactor' }));
  });
});

describe('dose thresholds (spec §4)', () => {
  it('exports 80/120/180/300 as data for the chart', () => {
    expect(DOSE_THRESHOLDS.map((t) => [t.mgPerDay, t.ruleId, t.severity])).toEqual([
      [80, 'threshold.80', 'major'],
      [120, 'threshold.120', 'major'],
      [180, 'threshold.180', 'major'],
      [300, 'threshold.300', 'hard-stop'],
    ]);
  });

  it('raises each threshold strictly above its dose', () => {
    const at = (targetMgPerDay: number) =>
      ruleIds(buildPlan({ regimenId: 'rtu-300', startDate: START, params: { targetMgPerDay } })).filter(
        (id) => id.startsWith('threshold.'),
      );
    expect(at(80)).toEqual([]);
    expect(at(85)).toEqual(['threshold.80']);
    expect(at(120)).toEqual(['threshold.80']);
    expect(at(125)).toEqual(['threshold.80', 'threshold.120']);
    expect(at(180)).toEqual(['threshold.80', 'threshold.120']);
    expect(at(185)).toEqual(['threshold.80', 'threshold.120', 'threshold.180']);
  });

  it('quotes the spec text', () => {
    const plan = buildPlan({ regimenId: 'rtu-300', startDate: START, params: { targetMgPerDay: 300 } });
    expect(findingOf(plan, 'threshold.80')?.detail).toContain('death × 2.27');
    expect(findingOf(plan, 'threshold.120')?.title).toContain('second opinion');
    expect(findingOf(plan, 'threshold.180')?.title).toContain('collegial opinion');
  });

  it.each([
    ['capMgPerDay', 301],
    ['targetMgPerDay', 350],
  ] as const)('refuses a %s of %d mg/day (hard ceiling)', (key, value) => {
    expect(() => buildPlan({ regimenId: 'custom', startDate: START, params: { [key]: value } })).toThrowError(
      expect.objectContaining({
        field: `params.${key}`,
        message:
          '300 mg/day is the hard ceiling (ANSM RTU 2014; Bacloville maximum) — bacloplan never plans above it.',
      }),
    );
  });

  it('clamps a goal above the cap and says so', () => {
    const plan = buildPlan({ regimenId: 'baclocur-80', startDate: START, params: { targetMgPerDay: 120 } });
    expect(plan.targetMgPerDay).toBe(80);
    expect(findingOf(plan, 'plan.target-limited')?.severity).toBe('info');
  });
});

describe('profile fr-2018', () => {
  it('caps at 80 mg/day and explains that going beyond needs an override', () => {
    const plan = buildPlan({ regimenId: 'rtu-300', startDate: START, profile: 'fr-2018' });
    expect(plan.capMgPerDay).toBe(80);
    expect(Math.max(...plan.days.map((d) => d.totalMg))).toBe(80);
    expect(findingOf(plan, 'profile.fr-2018')?.detail).toContain('override');
    expect(ruleIds(plan).filter((id) => id.startsWith('threshold.'))).toEqual([]);
  });

  it('with its own dose-profile override uses the regimen cap and records the override', () => {
    const plan = buildPlan({
      regimenId: 'rtu-300',
      startDate: START,
      profile: 'fr-2018',
      overrides: { doseProfile: { reason: 'Second opinion obtained (Dr B.)' } },
    });
    expect(plan.capMgPerDay).toBe(300);
    expect(findingOf(plan, 'plan.override-dose-profile')?.title).toContain('80 mg/day');
    expect(findingOf(plan, 'profile.fr-2018')).toBeUndefined();
  });

  it('one override per hard stop: the renal override never lifts the fr-2018 cap, nor the reverse (spec §4)', () => {
    const renalOnly = buildPlan({
      regimenId: 'rtu-300',
      startDate: START,
      profile: 'fr-2018',
      renal: makeRenal('severe'),
      overrides: { renal: { reason: 'Nephrology agreed, refractory AUD' } },
      params: { targetMgPerDay: 300 },
    });
    expect(renalOnly.capMgPerDay).toBe(25); // 80 (fr-2018) × 1/3 = 26.7 → 25, not 300 × 1/3
    expect(findingOf(renalOnly, 'profile.fr-2018')).toBeDefined();
    expect(findingOf(renalOnly, 'plan.override-renal')).toBeDefined();
    expect(findingOf(renalOnly, 'plan.override-dose-profile')).toBeUndefined();
    const profileOnly = buildPlan({
      regimenId: 'rtu-300',
      startDate: START,
      profile: 'fr-2018',
      renal: makeRenal('severe'),
      overrides: { doseProfile: { reason: 'Second opinion obtained (Dr B.)' } },
    });
    expect(profileOnly.blocked).toBe(true);
    const both = buildPlan({
      regimenId: 'rtu-300',
      startDate: START,
      profile: 'fr-2018',
      renal: makeRenal('severe'),
      overrides: {
        renal: { reason: 'Nephrology agreed, refractory AUD' },
        doseProfile: { reason: 'Second opinion obtained (Dr B.)' },
      },
      params: { targetMgPerDay: 300 },
    });
    expect(both.capMgPerDay).toBe(100); // 300 × 1/3
    expect(ruleIds(both)).toEqual(
      expect.arrayContaining(['plan.override-renal', 'plan.override-dose-profile']),
    );
  });

  it('adds nothing for a regimen already within 80 mg/day', () => {
    const plan = buildPlan({
      regimenId: 'morley-75',
      startDate: START,
      profile: 'fr-2018',
      overrides: { doseProfile: { reason: 'Second opinion obtained (Dr B.)' } },
    });
    expect(plan.capMgPerDay).toBe(75);
    expect(findingOf(plan, 'plan.override-dose-profile')).toBeUndefined();
    expect(findingOf(plan, 'profile.fr-2018')).toBeUndefined();
  });

  it('applies the renal factor after the 80 mg/day profile cap', () => {
    const plan = buildPlan({
      regimenId: 'rtu-300',
      startDate: START,
      profile: 'fr-2018',
      renal: makeRenal('mild'),
    });
    expect(plan.capMgPerDay).toBe(50); // floor(80 × 2/3 = 53.3 → 5 mg units) = 50
  });
});
