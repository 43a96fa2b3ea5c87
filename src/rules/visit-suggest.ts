/**
 * What the rules suggest at a follow-up visit (spec §9): one next step with its reason, rule id and
 * sources, and the re-plan that carries it out — always from the visit date at the dose actually taken.
 * Rules in the spec's order, the first that applies wins: red flags → troublesome side effects (the §3
 * intolerance rule) → goal reached at two visits in a row → no effect at the maximum after 6 weeks →
 * continue. During a taper the taper continues (only red flags come first).
 */
import { RulesInputError } from './errors';
import { isRecord, ownValue } from './input-guards';
import { buildPlan } from './plan-build';
import { parseIsoDay } from './plan-dates';
import { mgText } from './plan-findings';
import { HARD_CEILING_MG_PER_DAY } from './regimens';
import { assessRenal, renalBandRank } from './renal';
import { planOverrideReasons } from './plan-input';
import type {
  ExplainStep,
  Finding,
  Plan,
  PlanInput,
  RenalAssessment,
  RenalInput,
  Sex,
  SideEffect,
  Visit,
  VisitSuggestion,
} from './types';
import { readVisits, type ReadVisit } from './visit-input';
import {
  CRAVING_GOAL_MAX,
  GOAL_VISITS_IN_A_ROW,
  LOW_RISK_G_PER_DAY,
  NO_EFFECT_AFTER_DAYS,
  RED_FLAGS,
  SIDE_EFFECT_LABELS,
  VISIT_RULES,
  visitFinding,
  type VisitRuleId,
} from './visit-rules';

export interface SuggestAtVisitInput {
  /** The plan the patient is on (with its renal assessment, as planFor built it). */
  plan: PlanInput;
  /** From the plan's renal input (spec §9 rule 3: the low-risk limit depends on it). */
  sex: Sex;
  visit: Visit;
  /** Earlier visits on this plan, oldest first. */
  history?: Visit[];
  /** The plan's renal input: required when the visit brings a new creatinine (re-assessed, spec §2). */
  renalInput?: RenalInput;
}

const EPSILON = 1e-9;

const gramsPerDay = (visit: Visit): number | undefined =>
  visit.drinksPerDay === undefined || visit.drinkSizeG === undefined
    ? undefined
    : visit.drinksPerDay * visit.drinkSizeG;

/** Spec §9 rule 3 for one visit: low-risk drinking (or abstinence) or craving ≤ 2; null if neither was recorded. */
export function visitMeetsGoal(visit: Visit, sex: Sex): boolean | null {
  const grams = gramsPerDay(visit);
  if (grams === undefined && visit.cravingScore === undefined) return null;
  return (
    (grams !== undefined && grams <= LOW_RISK_G_PER_DAY[sex] + EPSILON) ||
    (visit.cravingScore !== undefined && visit.cravingScore <= CRAVING_GOAL_MAX)
  );
}

const graded = (visit: Visit, test: (effect: SideEffect, grade: string) => boolean): SideEffect[] =>
  Object.entries(visit.sideEffects ?? {})
    .filter(([effect, grade]) => test(effect as SideEffect, grade))
    .map(([effect]) => effect as SideEffect);

/** Red flags at any grade but none (spec §9 rule 1). */
const redFlags = (visit: Visit) =>
  graded(visit, (effect, grade) => RED_FLAGS.has(effect) && grade !== 'none');
/** Troublesome side effects that are not red flags (spec §9 rule 2). */
const troublesome = (visit: Visit) =>
  graded(visit, (effect, grade) => !RED_FLAGS.has(effect) && grade === 'troublesome');
const listText = (effects: SideEffect[]) => effects.map((effect) => SIDE_EFFECT_LABELS[effect]).join(', ');

function readSex(value: unknown): Sex {
  if (value !== 'female' && value !== 'male')
    throw new RulesInputError(
      'sex',
      'The patient’s sex (from the plan’s renal input) sets the low-risk drinking limit.',
    );
  return value;
}

/** The plan input without what belonged to the old plan's own days (intolerance day numbers). */
function carriedParams(plan: PlanInput): NonNullable<PlanInput['params']> {
  const { intoleranceDays: _dropped, ...rest } = plan.params ?? {};
  return rest;
}

function reassessRenal(visit: ReadVisit, renalInput: RenalInput | undefined) {
  if (!visit.creatinine) return undefined;
  if (!isRecord(renalInput))
    throw new RulesInputError(
      'renalInput',
      'A new creatinine is re-assessed with the patient’s age, sex and weight: give the plan’s renal input.',
    );
  const { previousCreatinine: _old, ...rest } = renalInput;
  const input: RenalInput = { ...rest, creatinine: visit.creatinine };
  return { input, assessment: assessRenal(input) };
}

interface Maximum {
  mg: number;
  kind: string;
}

/**
 * The individual maximum (spec §3): a dose not tolerated at two visits makes the dose one step below it
 * the maintenance dose, for every re-plan after (the lowest such, if several).
 */
function individualMaximum(
  history: readonly ReadVisit[],
  stepMg: number,
  unitMg: number,
): number | undefined {
  const failures = new Map<number, number>();
  for (const visit of history)
    if (troublesome(visit).length > 0)
      failures.set(visit.doseTakenMgPerDay, (failures.get(visit.doseTakenMgPerDay) ?? 0) + 1);
  const maxima = [...failures]
    .filter(([, count]) => count >= 2)
    .map(([dose]) => Math.max(unitMg, Math.floor((dose - stepMg) / unitMg + EPSILON) * unitMg));
  return maxima.length > 0 ? Math.min(...maxima) : undefined;
}

/** The plan's maximum for this patient: the cap, the target, or the individual maximum (spec §3, §9). */
function planMaximum(built: Plan, individual: number | undefined): Maximum {
  const candidates: Maximum[] = [];
  if (built.capMgPerDay > 0) candidates.push({ mg: built.capMgPerDay, kind: 'cap of this plan' });
  if (built.targetMgPerDay > 0) candidates.push({ mg: built.targetMgPerDay, kind: 'target of this plan' });
  if (individual !== undefined) candidates.push({ mg: individual, kind: 'individual maximum' });
  return candidates.reduce((lowest, item) => (item.mg < lowest.mg ? item : lowest), {
    mg: Number.POSITIVE_INFINITY,
    kind: 'maximum',
  });
}

/** The first visit of the latest unbroken run at the maximum, tolerated (this visit included). */
function atMaximumSince(visits: readonly ReadVisit[], maximumMg: number): ReadVisit | undefined {
  let since: ReadVisit | undefined;
  for (let index = visits.length - 1; index >= 0; index -= 1) {
    const visit = visits[index] as ReadVisit;
    // A visit below the maximum, or one where the dose was not tolerated, ends the run at it.
    if (visit.doseTakenMgPerDay + EPSILON < maximumMg || troublesome(visit).length > 0) break;
    since = visit;
  }
  return since;
}

function plannedOn(built: Plan, date: string): number | undefined {
  return built.days.find((day) => day.date === date)?.totalMg;
}

function phaseOn(built: Plan, date: string) {
  return built.days.find((day) => day.date === date)?.phase;
}

interface Decision {
  action: VisitSuggestion['action'];
  ruleId: VisitRuleId;
  values: Record<string, string | number>;
  replan: PlanInput;
}

export function suggestAtVisit(untrusted: SuggestAtVisitInput): VisitSuggestion {
  if (!isRecord(untrusted))
    throw new RulesInputError('input', 'A plan, the patient’s sex and a visit are required.');
  const plan = ownValue(untrusted, 'plan') as PlanInput;
  if (!isRecord(plan)) throw new RulesInputError('plan', 'The plan the patient is on is required.');
  const sex = readSex(ownValue(untrusted, 'sex'));
  const { visit, history } = readVisits(
    ownValue(untrusted, 'visit'),
    ownValue(untrusted, 'history'),
    parseIsoDay(plan.startDate),
  );
  if (visit.doseTakenMgPerDay <= 0)
    throw new RulesInputError(
      'doseTakenMgPerDay',
      'The patient takes no baclofen now: there is no dose to continue from. Plan a new start instead.',
    );
  const current = buildPlan(plan);
  const renal = reassessRenal(visit, ownValue(untrusted, 'renalInput') as RenalInput | undefined);
  let params = carriedParams(plan);
  let base: PlanInput = {
    ...plan,
    mode: 'replan',
    startDate: visit.date,
    currentDoseMgPerDay: visit.doseTakenMgPerDay,
    params,
    ...(renal ? { renal: renal.assessment } : {}),
  };
  const rebuilt = buildPlan(base);
  // Under a renal hard stop the escalating re-plan is blocked; the current plan's figures still hold.
  const figures = rebuilt.blocked ? current : rebuilt;
  const unitMg = figures.unitMg ?? 5;
  const stepMg = figures.summary?.effective?.stepMgPerDay ?? unitMg;
  // A dose not tolerated twice stays the ceiling of every later re-plan (the §3 individual maximum).
  const individual = individualMaximum(history, stepMg, unitMg);
  if (individual !== undefined && individual < (params.targetMgPerDay ?? Number.POSITIVE_INFINITY)) {
    params = { ...params, targetMgPerDay: individual };
    base = { ...base, params };
  }
  // Below one unit the re-plan would round the dose to 0 and restart at the start dose, above it.
  if (visit.doseTakenMgPerDay + EPSILON < unitMg)
    throw new RulesInputError(
      'doseTakenMgPerDay',
      `${mgText(visit.doseTakenMgPerDay)} is less than one ${unitMg} mg unit of the plan’s product: there is no dose to continue from. Check the dose, or plan a new start.`,
    );
  // "No escalation" as a target: the dose taken, but never above the 300 mg/day ceiling a target may have
  // (a dose above it comes down to the cap at the §5 pace in the re-plan).
  const holdTarget = Math.min(visit.doseTakenMgPerDay, HARD_CEILING_MG_PER_DAY);
  const dose = mgText(visit.doseTakenMgPerDay);
  const date = visit.date;
  const grams = gramsPerDay(visit);
  const goalMet = visitMeetsGoal(visit, sex);
  const previous = history[history.length - 1];
  const tapering = plan.mode === 'taper-only' || phaseOn(current, date) === 'taper';

  const decide = (): Decision => {
    const flags = redFlags(visit);
    if (flags.length > 0)
      return {
        action: 'urgent-review',
        ruleId: 'visit.red-flag',
        values: { flags: listText(flags), dose },
        replan: tapering
          ? { ...base, mode: 'taper-only' }
          : { ...base, params: { ...params, targetMgPerDay: holdTarget } },
      };
    if (tapering)
      return {
        action: 'continue',
        ruleId: 'visit.continue-taper',
        values: { dose, date },
        replan: { ...base, mode: 'taper-only' },
      };
    const maximum = planMaximum(figures, individual);
    const effects = troublesome(visit);
    if (effects.length > 0) {
      const earlier = history.find(
        (item) =>
          troublesome(item).length > 0 &&
          Math.abs(item.doseTakenMgPerDay - visit.doseTakenMgPerDay) < EPSILON,
      );
      const values = {
        effects: listText(effects),
        dose,
        date,
        holdDays: params.holdDays ?? figures.summary?.effective?.holdDays ?? 3,
      };
      if (earlier)
        // Held at the dose as maintenance, then the §3 step back in maintenance: one step down at once,
        // held, and the lower dose kept — no retry (the planner's own rule, not a slower come-down).
        return {
          action: 'step-back',
          ruleId: 'visit.intolerance-again',
          values: { ...values, earlier: earlier.date },
          replan: {
            ...base,
            params: { ...params, targetMgPerDay: holdTarget, intoleranceDays: [1] },
          },
        };
      const inMaintenance = visit.doseTakenMgPerDay + EPSILON >= maximum.mg;
      return {
        action: 'step-back',
        ruleId: inMaintenance ? 'visit.intolerance-maintenance' : 'visit.intolerance',
        values,
        replan: { ...base, params: { ...params, intoleranceDays: [1] } },
      };
    }
    if (goalMet === true && previous && visitMeetsGoal(previous, sex) === true)
      return {
        action: 'maintain',
        ruleId: 'visit.goal-reached',
        values: {
          dose,
          date,
          earlier: previous.date,
          lowRisk: LOW_RISK_G_PER_DAY[sex],
          cravingMax: CRAVING_GOAL_MAX,
        },
        replan: { ...base, params: { ...params, targetMgPerDay: holdTarget } },
      };
    const since = atMaximumSince([...history, visit], maximum.mg);
    const daysAtMaximum = since ? visit.dayNumber - since.dayNumber : 0;
    if (goalMet !== true && since && daysAtMaximum >= NO_EFFECT_AFTER_DAYS)
      return {
        action: 'reassess-taper',
        ruleId: 'visit.no-effect-at-maximum',
        values: {
          dose,
          date,
          since: since.date,
          weeks: Math.floor(daysAtMaximum / 7),
          maximumKind: maximum.kind,
        },
        replan: { ...base, mode: 'taper-only' },
      };
    const goalNote =
      goalMet === true
        ? ' (the goal is met at this visit: if it is met again at the next, escalation stops)'
        : '';
    return { action: 'continue', ruleId: 'visit.continue', values: { dose, date, goalNote }, replan: base };
  };

  const decision = decide();
  const rule = VISIT_RULES[decision.ruleId];
  const main = visitFinding(decision.ruleId, decision.values);
  const findings: Finding[] = [main];
  const planned = plannedOn(current, date);
  if (planned !== undefined && Math.abs(planned - visit.doseTakenMgPerDay) > EPSILON)
    findings.push(visitFinding('visit.dose-differs', { taken: dose, planned: mgText(planned), date }));
  if (renal) findings.push(renalChangeFinding(plan, renal.assessment), ...renal.assessment.findings);
  const explain = visitExplain(visit, sex, grams, goalMet, previous);
  return {
    action: decision.action,
    reason: `${main.title}. ${main.detail}`,
    ruleId: decision.ruleId,
    evidence: rule.evidence,
    sources: [...rule.sources],
    replan: decision.replan,
    ...(renal ? { renalInput: renal.input, renal: renal.assessment } : {}),
    ...(grams === undefined ? {} : { gramsPerDay: grams }),
    goalMet,
    findings,
    explain,
  };
}

const BAND_WORDS: Record<string, string> = {
  normal: 'normal',
  mild: 'mild',
  moderate: 'moderate',
  severe: 'severe',
  dialysis: 'dialysis',
};

/** What the visit's creatinine changes: the band before and after, and what that does to the re-plan. */
function renalChangeFinding(plan: PlanInput, after: RenalAssessment): Finding {
  const before = plan.renal?.band;
  const worse = before === undefined || renalBandRank(after.band) > renalBandRank(before);
  const hardStop = after.band === 'severe' || after.band === 'dialysis';
  const overridden = planOverrideReasons(plan).renal !== undefined;
  const consequence = hardStop
    ? overridden
      ? 'the renal override of the plan still applies: doses × the new factor.'
      : 'this band is a hard stop: no escalation without a renal override, and a downward re-plan tapers to 0 (spec §5).'
    : worse
      ? 'a lower cap, and a dose above it comes down at the spec §5 pace.'
      : 'the cap follows the new band.';
  const finding = visitFinding('visit.renal-changed', {
    before: before ? `${BAND_WORDS[before]} band` : 'not assessed',
    after: BAND_WORDS[after.band] ?? after.band,
    crcl: Math.round(after.crclMlMin),
    factor: Math.round(after.doseFactor * 100) / 100,
    consequence,
  });
  return worse ? { ...finding, severity: hardStop ? 'major' : 'moderate' } : finding;
}

/** Days between two ISO dates (b − a), for callers that show "days since the last visit". */
export function daysBetween(a: string, b: string): number {
  return Math.round(parseIsoDay(b, 'date') - parseIsoDay(a, 'date'));
}

function visitExplain(
  visit: Visit,
  sex: Sex,
  grams: number | undefined,
  goalMet: boolean | null,
  previous: Visit | undefined,
): ExplainStep[] {
  const steps: ExplainStep[] = [];
  if (grams !== undefined)
    steps.push({
      ruleId: 'visit.grams-per-day',
      label: 'Alcohol since the last visit',
      formula: 'g/day = standard drinks per day × drink size',
      inputs: {
        'drinks per day': visit.drinksPerDay as number,
        'drink size (g)': visit.drinkSizeG as number,
      },
      substituted: `${visit.drinksPerDay} × ${visit.drinkSizeG} g`,
      result: grams,
      unit: 'g/day',
      evidence: 'default',
      sources: ['bacloplan-default'],
    });
  steps.push({
    ruleId: 'visit.goal-reached',
    label: 'Goal at this visit',
    formula: `g/day ≤ ${LOW_RISK_G_PER_DAY[sex]} (${sex === 'male' ? 'men' : 'women'}), abstinent, or craving ≤ ${CRAVING_GOAL_MAX}/10; ${GOAL_VISITS_IN_A_ROW} visits in a row stop escalation`,
    inputs: {
      'g/day': grams ?? 'not recorded',
      craving: visit.cravingScore ?? 'not recorded',
      'previous visit': previous ? previous.date : 'none',
    },
    result: goalMet === null ? 'not recorded' : goalMet ? 'met' : 'not met',
    evidence: 'label',
    sources: ['baclocur-smpc-2018'],
  });
  return steps;
}
