/**
 * Property tests of the architecture invariants: for every input, buildPlan returns a plan that holds
 * them all, or throws a RulesInputError naming a field — nothing else. Inputs mix catalogue regimens,
 * random edits (valid and invalid), hand-built renal assessments, profiles, overrides, modes, current
 * doses, intolerance days and start dates (month ends, leap days, invalid dates).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RulesInputError } from '../../../src/rules/errors';
import { buildPlan, splitDose } from '../../../src/rules/plan';
import { getProduct } from '../../../src/rules/products';
import { getRegimen, REGIMENS } from '../../../src/rules/regimens';
import { severityRank } from '../../../src/rules/severity';
import type { Plan, PlanInput, RegimenParams, RenalBand } from '../../../src/rules/types';
import { makeRenal, SPEC_BAND_FACTORS } from './plan-helpers';

/** Raise with PLAN_PROPERTY_RUNS=100000 for a long soak. */
const NUM_RUNS = Number(process.env.PLAN_PROPERTY_RUNS ?? 4000);
const TIMEOUT_MS = 120_000;
const EPS = 1e-9;

const isoDate = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const startDate = fc.oneof(
  { weight: 8, arbitrary: isoDate },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2024-02-29',
      '2000-02-29',
      '2025-01-31',
      '2025-12-31',
      '2024-03-31',
      '2025-04-30',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('2023-02-29', '2100-02-29', '2025-04-31', '2025-00-10', '31/01/2025', ''),
  },
);

function withInvalid<T>(valid: fc.Arbitrary<T>, ...invalid: unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 40, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom(...invalid) });
}

const mgPerDay = fc.oneof(fc.integer({ min: 1, max: 300 }), fc.double({ min: 0.5, max: 300, noNaN: true }));

const taperParams = fc.record({
  mode: withInvalid(fc.constantFrom('step', 'percent'), 'linear'),
  stepMgPerDay: withInvalid(fc.integer({ min: 1, max: 30 }), 0, 40),
  highDoseStepMgPerDay: withInvalid(fc.integer({ min: 1, max: 30 }), -1),
  percent: withInvalid(fc.integer({ min: 1, max: 50 }), 0, 51, Number.NaN),
  intervalDays: withInvalid(fc.integer({ min: 1, max: 14 }), 0, 29),
});

const params = fc.constantFrom<2 | 3 | 4>(2, 3, 4).chain((dosesPerDay) =>
  fc.record(
    {
      kind: withInvalid(fc.constantFrom('fixed', 'flexible'), 'other'),
      startMgPerDay: withInvalid(fc.oneof(fc.integer({ min: 1, max: 60 }), mgPerDay), 0, -5, Number.NaN),
      startDays: withInvalid(fc.integer({ min: 1, max: 10 }), 0, 1.5),
      dosesPerDay: withInvalid(fc.constant(dosesPerDay), 1, 5),
      splitWeights: withInvalid(
        fc.array(fc.double({ min: 0.1, max: 5, noNaN: true }), {
          minLength: dosesPerDay,
          maxLength: dosesPerDay,
        }),
        [1, 1],
        [0, 1, 1],
      ),
      splitLabels: withInvalid(
        fc.array(
          fc.string({ minLength: 1, maxLength: 10 }).filter((s) => s.trim() !== ''),
          {
            minLength: dosesPerDay,
            maxLength: dosesPerDay,
          },
        ),
        ['only one'],
      ),
      stepMgPerDay: withInvalid(
        fc.oneof(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0.5, max: 30, noNaN: true })),
        0,
        31,
      ),
      stepIntervalDays: withInvalid(fc.integer({ min: 1, max: 10 }), 0, 29, 2.5),
      targetMgPerDay: withInvalid(mgPerDay, 0, 301, Number.POSITIVE_INFINITY),
      capMgPerDay: withInvalid(mgPerDay, 301, -1),
      maintenanceDays: withInvalid(fc.integer({ min: 0, max: 200 }), -1, 731),
      taper: withInvalid(fc.boolean(), 'no'),
      taperParams,
      product: withInvalid(
        fc.constantFrom(
          'tablet-10-scored',
          'tablet-5',
          'tablet-10',
          'tablet-20',
          'tablet-25',
          'baclocur',
          'oral-solution-1mg-ml',
        ),
        'tablet-15',
      ),
      holdDays: withInvalid(fc.integer({ min: 3, max: 14 }), 2, 15),
      intoleranceDays: withInvalid(fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 5 }), [0], [1.5]),
    },
    { requiredKeys: [] },
  ),
) as fc.Arbitrary<Partial<RegimenParams>>;

const bands: RenalBand[] = ['normal', 'mild', 'moderate', 'severe', 'dialysis'];
const renal = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  {
    weight: 3,
    arbitrary: fc
      .record({ band: fc.constantFrom(...bands), omitInterval: fc.boolean() })
      .map(({ band, omitInterval }) => {
        const assessment = makeRenal(band);
        if (omitInterval) delete assessment.intervalFactor;
        return assessment;
      }),
  },
);

const planInput: fc.Arbitrary<PlanInput> = fc.record(
  {
    regimenId: fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom(...REGIMENS.map((r) => r.id)) },
      { weight: 1, arbitrary: fc.constant('nope') },
    ),
    startDate,
    params: fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 4, arbitrary: params }),
    renal,
    profile: fc.constantFrom(undefined, 'standard', 'fr-2018'),
    override: fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(undefined, { reason: 'Specialist agreed, see letter' }) },
      { weight: 1, arbitrary: fc.constantFrom({ reason: '' }, { reason: '   ' }, { reason: 'too short' }) },
    ),
    overrides: fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      {
        weight: 2,
        arbitrary: fc.record(
          {
            renal: withInvalid(fc.constant({ reason: 'Nephrology agreed, letter on file' }), { reason: 'x' }),
            doseProfile: withInvalid(fc.constant({ reason: 'Collegial opinion obtained 2025' }), {
              reason: '',
            }),
          },
          { requiredKeys: [] },
        ),
      },
    ),
    mode: fc.constantFrom(undefined, undefined, 'new', 'replan', 'taper-only'),
    currentDoseMgPerDay: fc.oneof(
      { weight: 5, arbitrary: fc.constant(undefined) },
      // Mostly doses a product can give (multiples of 5 mg); others are refused unless the unit fits.
      { weight: 8, arbitrary: fc.integer({ min: 0, max: 60 }).map((units) => units * 5) },
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 300 }) },
      { weight: 1, arbitrary: fc.double({ min: 0, max: 300, noNaN: true }) },
      { weight: 1, arbitrary: fc.integer({ min: 301, max: 600 }) },
      { weight: 1, arbitrary: fc.constantFrom(-1, 601, Number.NaN) },
    ),
  },
  { requiredKeys: ['regimenId', 'startDate'] },
) as fc.Arbitrary<PlanInput>;

function everyNumberFinite(value: unknown, path = 'plan'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => everyNumberFinite(item, `${path}[${index}]`));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) everyNumberFinite(item, `${path}.${key}`);
  }
}

function nextIso(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

/** Plain assertion: expect() is too slow for per-day checks over thousands of runs. */
function check(condition: boolean, message: string | (() => string)): void {
  if (!condition) throw new Error(typeof message === 'string' ? message : message());
}

const MIN_REASON = 15;
const validReason = (value: { reason?: unknown } | undefined): boolean =>
  typeof value?.reason === 'string' && value.reason.trim().length >= MIN_REASON;

/** The mode buildPlan plans in: a current dose without a mode is a re-plan (spec §3). */
function modeOf(input: PlanInput): 'new' | 'replan' | 'taper-only' {
  return input.mode ?? (input.currentDoseMgPerDay === undefined ? 'new' : 'replan');
}

/** Per cut, the fastest rate (mg/day per day) spec §5 allows from `levelMg` (the come-down included). */
function taperRateLimit(
  levelMg: number,
  taper: { mode: string; stepMgPerDay: number; highDoseStepMgPerDay: number; percent: number },
  taperIntervalDays: number,
  aboveCap: boolean,
): number {
  const stepMg =
    taper.mode === 'percent'
      ? (levelMg * taper.percent) / 100
      : levelMg > 80 + EPS
        ? taper.highDoseStepMgPerDay
        : taper.stepMgPerDay;
  const planned = stepMg / taperIntervalDays;
  // The last level (≤ 5 mg/day, or one unit) goes to 0 after one full hold, whatever its size.
  const lastStep = levelMg <= 5 + EPS ? levelMg / taperIntervalDays : 0;
  return Math.max(planned, lastStep, aboveCap ? 15 / 2 : 0);
}

/** Every invariant of docs/architecture plus the planner's own (days consecutive, blocked ⇒ no days…). */
function checkInvariants(plan: Plan, input: PlanInput): void {
  everyNumberFinite(plan);
  const regimen = getRegimen(input.regimenId);
  check(regimen !== undefined, 'plan for unknown regimen');
  if (!regimen) return;
  const edits = input.params ?? {};
  const renalOverride = input.overrides?.renal !== undefined ? input.overrides.renal : input.override;
  const hasOverride = validReason(renalOverride);
  const hasProfileOverride = validReason(input.overrides?.doseProfile);
  const band = input.renal?.band;
  const hardStop = band === 'severe' || band === 'dialysis';
  const mode = modeOf(input);
  const current = input.currentDoseMgPerDay ?? 0;
  const tapersFromCurrent = mode === 'taper-only' || (mode === 'replan' && current > 0);

  // blocked ⇔ hard stop without override and nothing to taper from (a taper is never blocked).
  check(
    plan.blocked === (hardStop && !hasOverride && !tapersFromCurrent),
    'blocked exactly on a hard stop without override, unless tapering from a current dose',
  );
  check(Array.isArray(plan.unacknowledged), 'unacknowledged is a list');
  check(
    plan.findings.some((f) => f.ruleId === 'plan.renal-not-assessed') ===
      (input.renal === undefined && !plan.blocked),
    'a plan without a renal assessment says so',
  );
  if (plan.blocked) {
    check(plan.days.length === 0, 'blocked ⇒ days = []');
    check(
      plan.findings.some((f) => f.severity === 'hard-stop'),
      'blocked plan shows a hard stop',
    );
    return;
  }
  check(plan.days.length > 0 && plan.days.length <= 1100, () => `plan length ${plan.days.length}`);
  const taperOnly = plan.summary?.effective?.mode === 'taper-only';
  check(
    taperOnly === (mode === 'taper-only' || (hardStop && !hasOverride)),
    'taper-only exactly when asked or under a hard stop',
  );

  const productId = edits.product ?? regimen.params.product;
  const unitMg = getProduct(productId)?.unitMg ?? Number.NaN;
  check(plan.unitMg === unitMg, 'unit of the product');
  const dosesPerDay = edits.dosesPerDay ?? regimen.params.dosesPerDay;

  // Cap: ≤ 300 and ≤ regimen cap (after edits) × renal dose factor; dialysis ≤ 5 mg/day.
  const factor = band ? Math.min(SPEC_BAND_FACTORS[band].doseFactor, input.renal?.doseFactor ?? 1) : 1;
  const intervalFactor = band ? SPEC_BAND_FACTORS[band].intervalFactor : 1;
  const regimenCap = edits.capMgPerDay ?? regimen.params.capMgPerDay;
  check(plan.capMgPerDay <= 300, 'cap ≤ 300');
  if (band === 'dialysis') check(plan.capMgPerDay <= 5, 'dialysis cap ≤ 5');
  else
    check(
      plan.capMgPerDay <= regimenCap * factor + EPS,
      () => `cap ${plan.capMgPerDay} ≤ ${regimenCap} × ${factor}`,
    );
  // One override per hard stop: only the dose-profile override lifts the fr-2018 cap.
  if (input.profile === 'fr-2018' && !hasProfileOverride) check(plan.capMgPerDay <= 80, 'fr-2018 cap ≤ 80');
  check(plan.targetMgPerDay <= plan.capMgPerDay, 'target ≤ cap');

  // Days consecutive with consecutive dates from the start date.
  check(plan.days[0]?.date === input.startDate, 'day 1 is the start date');
  plan.days.forEach((day, index) => {
    check(day.day === index + 1, () => `day number ${day.day} at index ${index}`);
    if (index > 0)
      check(day.date === nextIso(plan.days[index - 1]?.date ?? ''), () => `date after ${day.date}`);
    // Totals are the sum of whole-unit administrations.
    check(day.administrations.length === dosesPerDay, 'one administration per dose');
    let sum = 0;
    for (const administration of day.administrations) {
      const units = administration.mg / unitMg;
      check(
        administration.mg >= 0 && Math.abs(units - Math.round(units)) < EPS,
        () => `${administration.mg} mg is not whole ${unitMg} mg units`,
      );
      sum += administration.mg;
    }
    check(Math.abs(sum - day.totalMg) < EPS, () => `day ${day.day}: total ${day.totalMg} ≠ sum ${sum}`);
  });

  // No day above the cap — except a step-down (taper phase, non-increasing) from a current dose the
  // patient already takes above it (replan / taper-only).
  const firstWithinCap = plan.days.findIndex((day) => day.totalMg <= plan.capMgPerDay + EPS);
  const aboveCapPrefix = firstWithinCap === -1 ? plan.days : plan.days.slice(0, firstWithinCap);
  if (aboveCapPrefix.length > 0) {
    check(mode === 'replan' || mode === 'taper-only', 'above the cap only from a current dose');
    check(
      plan.findings.some((f) => f.ruleId === 'plan.current-above-cap'),
      'above-cap finding',
    );
    check((aboveCapPrefix[0]?.totalMg ?? 0) <= current + EPS, 'never above the current dose');
    aboveCapPrefix.forEach((day, index) => {
      check(day.phase === 'taper', 'above-cap days are a taper');
      if (index > 0)
        check(day.totalMg <= (aboveCapPrefix[index - 1]?.totalMg ?? 0), 'above-cap step-down non-increasing');
    });
  }
  for (const day of plan.days.slice(aboveCapPrefix.length)) {
    check(
      day.totalMg <= plan.capMgPerDay + EPS,
      () => `day ${day.day} ${day.totalMg} above cap ${plan.capMgPerDay}`,
    );
  }

  // Escalation: each rise to a new maximum (after the first) comes no faster than
  // step × dose factor ÷ (interval × interval factor) — rounding never speeds a schedule up.
  const step = edits.stepMgPerDay ?? regimen.params.stepMgPerDay;
  const stepInterval = edits.stepIntervalDays ?? regimen.params.stepIntervalDays;
  // Dialysis (doseFactor 0 in the contract) plans with the severe factor 1/3 under a 5 mg/day cap.
  const stepFactor = band === 'dialysis' ? 1 / 3 : factor;
  const escalationRate = (step * stepFactor) / Math.ceil(stepInterval * intervalFactor - EPS);
  let maxSoFar = plan.days[0]?.totalMg ?? 0;
  let lastNewMaxDay: number | null = null;
  for (const day of plan.days) {
    if (day.totalMg <= maxSoFar + EPS) continue;
    if (lastNewMaxDay !== null) {
      const rate = (day.totalMg - maxSoFar) / (day.day - lastNewMaxDay);
      check(
        rate <= escalationRate + EPS,
        () => `day ${day.day}: escalation ${rate} mg/day² > ${escalationRate}`,
      );
    }
    maxSoFar = day.totalMg;
    lastNewMaxDay = day.day;
  }
  const effectiveStep = plan.summary?.effective?.stepMgPerDay ?? Number.NaN;
  check(effectiveStep <= Math.max(unitMg, step * stepFactor) + EPS, () => `effective step ${effectiveStep}`);

  // Taper: every cut comes after a hold long enough for spec §5's rate (the come-down included).
  const taperEdits = edits.taperParams ?? {};
  const taper = { ...regimen.params.taperParams, ...taperEdits };
  const taperInterval = Math.ceil(taper.intervalDays * intervalFactor - EPS);
  let runStart = 0;
  for (let i = 1; i < plan.days.length; i++) {
    const before = plan.days[i - 1];
    const day = plan.days[i];
    if (!before || !day) continue;
    if (day.totalMg === before.totalMg) continue;
    if (day.totalMg < before.totalMg && day.phase === 'taper') {
      const held = i - runStart;
      const limit = taperRateLimit(
        before.totalMg,
        taper,
        taperInterval,
        before.totalMg > plan.capMgPerDay + EPS,
      );
      const rate = (before.totalMg - day.totalMg) / held;
      check(
        rate <= limit + EPS,
        () => `day ${day.day}: taper ${before.totalMg} → ${day.totalMg} after ${held} days`,
      );
    }
    runStart = i;
  }

  // Never ends on a non-zero dose without a taper or an explicit review date.
  const last = plan.days[plan.days.length - 1];
  if (last && last.totalMg > 0) {
    check(plan.summary?.reviewDate === last.date, 'review date is the last day');
    check(
      plan.findings.some((f) => f.ruleId === 'plan.review' && f.title.includes(last.date)),
      'review finding',
    );
  } else {
    check(last?.phase === 'taper', 'ends with a taper');
    check(plan.summary?.taperEnd === last?.date, 'taper end is the last day');
    const taperStart = plan.days.findIndex((day) => day.date === plan.summary?.taperStart);
    check(taperStart >= 0, 'taper start is a plan day');
    const closing = plan.days.slice(taperStart);
    for (let i = 1; i < closing.length; i++)
      check((closing[i]?.totalMg ?? 0) <= (closing[i - 1]?.totalMg ?? 0), 'taper non-increasing');
    const lastNonZero = [...plan.days].reverse().find((day) => day.totalMg > 0);
    if (lastNonZero)
      check(lastNonZero.totalMg <= Math.max(5, unitMg), () => `last level ${lastNonZero.totalMg}`);
  }

  // A current dose is never dropped: day 1 is the current dose rounded down to the unit (unless
  // intolerance is reported on day 1 of a re-plan, which steps back that same day).
  const intolerantDay1 = mode === 'replan' && !taperOnly && (edits.intoleranceDays ?? []).includes(1);
  if ((mode === 'replan' || mode === 'taper-only') && !intolerantDay1) {
    const currentUnits = Math.floor(current / unitMg + EPS);
    if (currentUnits > 0) check(plan.days[0]?.totalMg === currentUnits * unitMg, 'day 1 at the current dose');
  }

  // Findings: sorted by severity, unique by rule id + subject, renal findings carried.
  for (let i = 1; i < plan.findings.length; i++) {
    check(
      severityRank(plan.findings[i]?.severity ?? 'info') >=
        severityRank(plan.findings[i - 1]?.severity ?? 'info'),
      'findings sorted by severity',
    );
  }
  const keys = plan.findings.map((f) => `${f.ruleId}|${f.subject ?? ''}`);
  check(new Set(keys).size === keys.length, 'findings unique');
  for (const finding of input.renal?.findings ?? [])
    check(keys.includes(`${finding.ruleId}|${finding.subject ?? ''}`), 'renal finding carried');

  // One line per override, each only when it overrode something, each with its reason verbatim.
  const renalLine = plan.findings.find((f) => f.ruleId === 'plan.override-renal');
  check(Boolean(renalLine) === (hardStop && hasOverride), 'renal override line exactly when used');
  if (renalLine)
    check(renalLine.detail.includes(renalOverride?.reason.trim() ?? '\u0000'), 'renal reason verbatim');
  const profileLine = plan.findings.find((f) => f.ruleId === 'plan.override-dose-profile');
  check(
    Boolean(profileLine) ===
      (hasProfileOverride && input.profile === 'fr-2018' && Math.min(regimenCap, 300) > 80),
    'dose-profile override line exactly when used',
  );

  // Thresholds raised exactly when the plan's maximum is above them.
  let max = 0;
  for (const day of plan.days) if (day.totalMg > max) max = day.totalMg;
  check(plan.summary?.maxMgPerDay === max, 'summary maximum');
  for (const threshold of [80, 120, 180]) {
    check(
      plan.findings.some((f) => f.ruleId === `threshold.${threshold}`) === max > threshold,
      `threshold ${threshold}`,
    );
  }
}

describe('buildPlan invariants (property)', () => {
  it(
    'returns a plan holding every invariant, or throws a RulesInputError',
    () => {
      let plans = 0;
      let errors = 0;
      const errorFields = new Map<string, number>();
      fc.assert(
        fc.property(planInput, (input) => {
          let plan: Plan;
          try {
            plan = buildPlan(input);
          } catch (error) {
            if (!(error instanceof RulesInputError)) throw error;
            expect(typeof error.field).toBe('string');
            expect(error.field.length).toBeGreaterThan(0);
            errors++;
            if (process.env.PLAN_PROPERTY_STATS)
              errorFields.set(error.field, (errorFields.get(error.field) ?? 0) + 1);
            return;
          }
          plans++;
          checkInvariants(plan, input);
        }),
        { numRuns: NUM_RUNS },
      );
      // The generator must exercise both outcomes substantially.
      if (process.env.PLAN_PROPERTY_STATS) console.log({ plans, errors, errorFields });
      expect(plans).toBeGreaterThan(NUM_RUNS / 5);
      expect(errors).toBeGreaterThan(NUM_RUNS / 20);
    },
    TIMEOUT_MS,
  );

  it(
    'always plans an unedited catalogue regimen (any renal band, profile, override, date)',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...REGIMENS.map((r) => r.id)),
          isoDate,
          renal,
          fc.constantFrom(undefined, 'standard', 'fr-2018'),
          fc.constantFrom(undefined, { reason: 'Specialist agreed, letter on file' }),
          (regimenId, date, renalAssessment, profile, override) => {
            const input: PlanInput = {
              regimenId,
              startDate: date,
              renal: renalAssessment,
              profile,
              override,
            };
            checkInvariants(buildPlan(input), input);
          },
        ),
        { numRuns: 2000 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'is deterministic: the same input gives the same plan',
    () => {
      fc.assert(
        fc.property(planInput, (input) => {
          let first: Plan | undefined;
          try {
            first = buildPlan(input);
          } catch {
            return;
          }
          expect(buildPlan(input)).toEqual(first);
        }),
        { numRuns: 500 },
      );
    },
    TIMEOUT_MS,
  );
});

describe('every regimen × band × product × mode (exhaustive)', () => {
  const products = [
    'tablet-10-scored',
    'tablet-5',
    'tablet-10',
    'tablet-20',
    'tablet-25',
    'baclocur',
    'oral-solution-1mg-ml',
  ] as const;
  const modes: { mode?: PlanInput['mode']; currentDoseMgPerDay?: number }[] = [
    {},
    { currentDoseMgPerDay: 40 },
    { mode: 'replan', currentDoseMgPerDay: 150 },
    { mode: 'replan', currentDoseMgPerDay: 320 },
    { mode: 'taper-only', currentDoseMgPerDay: 75 },
    { mode: 'taper-only', currentDoseMgPerDay: 200 },
  ];
  it(
    'holds every invariant, with and without the renal override, in both profiles',
    () => {
      let planned = 0;
      for (const regimen of REGIMENS)
        for (const band of [undefined, ...bands])
          for (const product of products)
            for (const modeInput of modes)
              for (const overrides of [undefined, { renal: { reason: 'Nephrology agreed, letter on file' } }])
                for (const profile of ['standard', 'fr-2018'] as const) {
                  const input: PlanInput = {
                    regimenId: regimen.id,
                    startDate: '2024-02-29',
                    params: { product },
                    ...(band ? { renal: makeRenal(band) } : {}),
                    profile,
                    ...modeInput,
                    ...(overrides ? { overrides } : {}),
                  };
                  let plan: Plan;
                  try {
                    plan = buildPlan(input);
                  } catch (error) {
                    // Only a product whose one unit is more than the cap, start or target may refuse…
                    if (!(error instanceof RulesInputError)) throw error;
                    // …or a current dose the product cannot give (never rounded into a day-1 cut).
                    expect(['params.product', 'params.targetMgPerDay', 'currentDoseMgPerDay']).toContain(
                      error.field,
                    );
                    continue;
                  }
                  planned++;
                  checkInvariants(plan, input);
                }
      expect(planned).toBeGreaterThan(4000);
    },
    TIMEOUT_MS,
  );
});

describe('splitDose (property)', () => {
  it(
    'splits into unit multiples that sum to the total rounded down to the unit',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 300 }),
          fc.constantFrom(1, 5, 10, 25),
          fc.constantFrom(2, 3, 4),
          fc.boolean(),
          fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { minLength: 4, maxLength: 4 }),
          (totalMg, unitMg, dosesPerDay, weighted, weights) => {
            const split = splitDose(
              totalMg,
              unitMg,
              dosesPerDay,
              weighted ? weights.slice(0, dosesPerDay) : undefined,
            );
            expect(split).toHaveLength(dosesPerDay);
            expect(split.reduce((a, b) => a + b, 0)).toBe(Math.floor(totalMg / unitMg) * unitMg);
            for (const mg of split) expect(mg % unitMg).toBe(0);
            if (!weighted) {
              // Equal weights: doses differ by at most one unit and the evening dose is never the smaller.
              expect(Math.max(...split) - Math.min(...split)).toBeLessThanOrEqual(unitMg);
              expect(split[dosesPerDay === 2 ? 1 : 2]).toBe(Math.max(...split));
              expect(split[0]).toBe(Math.min(...split));
            }
          },
        ),
        { numRuns: 2000 },
      );
    },
    TIMEOUT_MS,
  );
});
