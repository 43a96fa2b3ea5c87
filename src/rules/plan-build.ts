/**
 * buildPlan: regimen + edits + renal assessment + profile → a day-by-day plan with its findings,
 * summary and explanation. Pure: the start date comes in as an argument and no clock is read.
 *
 * The steps, each in its own module: decisions (plan-input) → cap → target → start/step → schedule
 * (plan-dosing, plan-schedule) → findings (plan-findings, plan-course-findings) → summary.
 */
import { applyAcknowledgements } from './plan-acknowledge';
import {
  endingFindings,
  intoleranceFindings,
  monitoringFindings,
  monitoringList,
  practicalTabletFindings,
  thresholdFindings,
  trialPaceFindings,
  type CourseContext,
} from './plan-course-findings';
import { formatIsoDay, parseIsoDay } from './plan-dates';
import {
  COME_DOWN_INTERVAL_DAYS,
  COME_DOWN_STEP_MG_PER_DAY,
  comeDownSpec,
  escalationUnits,
  FLEXIBLE_DEFAULT_TARGET_MAX_MG_PER_DAY,
  planCap,
  requestedTarget,
  taperSpec,
} from './plan-dosing';
import {
  capExplain,
  currentDoseExplain,
  escalationExplain,
  targetExplain,
  unitExplain,
  daysToTargetExplain,
  dispenseExplain,
  taperStepExplain,
} from './plan-explain';
import { mgText, planFinding } from './plan-findings';
import { readDecisions, type Mode, type PlanDecisions } from './plan-input';
import { MAX_PLAN_DAYS, resolveParams, type ResolvedParams } from './plan-params';
import { renalAdjustment, type RenalPlanAdjustment } from './plan-renal';
import { buildSchedule, PlanTooLongError, type Schedule, type ScheduleSpec } from './plan-schedule';
import { splitUnits } from './plan-split';
import { dispenseForDays } from './plan-summary';
import { FR_2018_MAX_MG_PER_DAY } from './plan-thresholds';
import { floorUnits } from './plan-units';
import { getProduct, PRODUCTS, type Product } from './products';
import { describeValue, isRecord, ownValue, shortText } from './input-guards';
import { RulesInputError } from './errors';
import { getRegimen, HARD_CEILING_MG_PER_DAY, type CatalogueRegimen } from './regimens';
import { mergeFindings } from './findings-merge';
import type {
  ExplainStep,
  Finding,
  Plan,
  PlanDay,
  PlanEffectiveParams,
  PlanInput,
  PlanSummary,
} from './types';
import { RULESET_VERSION } from './version';
import { UNIT_QUESTION_RULE_ID } from './renal-data';

export { TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY, TAPER_LAST_LEVEL_MG_PER_DAY } from './plan-dosing';

const EPSILON = 1e-9;

interface Derived {
  input: PlanInput;
  regimen: CatalogueRegimen;
  params: ResolvedParams;
  changedParams: PlanSummary['changedParams'];
  targetEdited: boolean;
  product: Product;
  unitMg: number;
  renal: RenalPlanAdjustment;
  decisions: PlanDecisions;
  startDay: number;
  explain: ExplainStep[];
}

function emptySummary(changedParams: PlanSummary['changedParams']): PlanSummary {
  return {
    daysToTarget: null,
    maintenanceStart: null,
    maintenanceEnd: null,
    taperStart: null,
    taperEnd: null,
    reviewDate: null,
    maxMgPerDay: 0,
    dispense: [],
    changedParams,
  };
}

/** The empty plan of a hard stop (renal without override, or the unanswered unit question). */
function blockedPlan(derived: Derived, reason: 'unit-question' | 'severe' | 'dialysis'): Plan {
  const blocked =
    reason === 'unit-question'
      ? planFinding('plan.blocked-unit-question')
      : reason === 'dialysis'
        ? planFinding('plan.blocked-dialysis', {
            dialysisCap: mgText(derived.renal.dialysisCapMgPerDay ?? 0),
          })
        : planFinding('plan.blocked');
  derived.explain.push({
    ruleId: reason === 'unit-question' ? 'plan.unit-question' : 'plan.renal-hard-stop',
    label: reason === 'unit-question' ? 'Creatinine unit question' : 'Renal hard stop',
    inputs: { band: derived.renal.band ?? '' },
    substituted:
      reason === 'unit-question'
        ? 'creatinine looks like the other unit and is not confirmed → no plan'
        : 'severe band or dialysis without a renal override reason → no plan (a taper from a current dose is still planned)',
    result: 'blocked',
    evidence: reason === 'unit-question' ? 'default' : 'guideline',
    sources: reason === 'unit-question' ? ['bacloplan-default'] : ['wolf-2018'],
  });
  const findings = mergeFindings([...derived.renal.findings, blocked]);
  return {
    days: [],
    capMgPerDay: 0,
    targetMgPerDay: 0,
    findings,
    unacknowledged: [],
    blocked: true,
    unitMg: derived.unitMg,
    summary: emptySummary(derived.changedParams),
    monitoring: [],
    explain: derived.explain,
    rulesetVersion: RULESET_VERSION,
  };
}

function readRegimen(input: object): CatalogueRegimen {
  const regimenId: unknown = ownValue(input, 'regimenId');
  if (typeof regimenId !== 'string') {
    throw new RulesInputError(
      'regimenId',
      `Choose a regimen by its id (e.g. baclocur-80); got ${describeValue(regimenId)}.`,
    );
  }
  const regimen = getRegimen(regimenId);
  if (!regimen) throw new RulesInputError('regimenId', `Unknown regimen "${shortText(regimenId)}".`);
  return regimen;
}

/**
 * Build a day-by-day plan (spec §3–§5, §8). Throws RulesInputError (with the offending field) for any
 * input it cannot plan safely; otherwise returns a plan that satisfies the architecture invariants:
 * whole product units, totals equal to the sum of administrations, never above the cap (except a
 * come-down from a current dose above it at the spec §5 pace), escalation and taper never faster than
 * the sourced rate × the renal factor, and an end that is either a 0 mg stop day after a taper or an
 * explicit review date.
 */
export function buildPlan(untrustedInput: PlanInput): Plan {
  if (!isRecord(untrustedInput)) throw new RulesInputError('input', 'A plan input is required.');
  const input = untrustedInput;
  const regimen = readRegimen(input);
  const startDay = parseIsoDay(ownValue(input, 'startDate'), 'startDate');
  const decisions = readDecisions(input);
  const { params, changedParams, targetEdited } = resolveParams(
    regimen,
    ownValue(input, 'params') as PlanInput['params'],
  );
  const product = getProduct(params.product) as Product;
  const renal = renalAdjustment(ownValue(input, 'renal'));
  const derived: Derived = {
    input,
    regimen,
    params,
    changedParams,
    targetEdited,
    product,
    unitMg: product.unitMg,
    renal,
    decisions,
    startDay,
    explain: [unitExplain(product)],
  };

  // The unit question comes before anything else, and no override answers it (spec §2.4).
  if (renal.findings.some((finding) => finding.ruleId === UNIT_QUESTION_RULE_ID)) {
    return blockedPlan(derived, 'unit-question');
  }
  if (renal.hardStop && decisions.renalOverride === null) {
    // A taper is never blocked: from a current dose, the plan under a renal hard stop is a taper to 0.
    const current = decisions.currentMg ?? 0;
    if (decisions.mode === 'taper-only' || (decisions.mode === 'replan' && current > 0)) {
      return plannedCourse(derived, 'taper-only');
    }
    return blockedPlan(derived, renal.hardStop);
  }
  return plannedCourse(derived, decisions.mode);
}

function plannedCourse(derived: Derived, mode: Mode): Plan {
  const { regimen, params, product, unitMg, renal, decisions, startDay, explain } = derived;
  const findings: Finding[] = [...renal.findings];
  if (renal.band === null) findings.push(planFinding('plan.renal-not-assessed'));
  if (mode === 'taper-only' && decisions.mode === 'replan') {
    findings.push(planFinding('plan.hard-stop-taper', { current: mgText(decisions.currentMg ?? 0) }));
  }
  pushOverrideFindings(derived, findings);

  // Cap: regimen cap (after edits) ≤ 300, profile limit, × renal factor, rounded down to the unit.
  const cap = planCap(params, decisions.profile, decisions.doseProfileOverride, renal, unitMg);
  const capMgPerDay = cap.units * unitMg;
  explain.push(capExplain(regimen, params, decisions.profile, renal, cap, unitMg));
  if (cap.profileLimited) {
    findings.push(
      planFinding('profile.fr-2018', {
        frCap: mgText(FR_2018_MAX_MG_PER_DAY),
        regimenCap: mgText(cap.regimenCapMg),
      }),
    );
  }
  const escalates = mode !== 'taper-only';
  const coarse = (what: string, mg: number) =>
    new RulesInputError(
      'params.product',
      `One unit of ${product.label} (${unitMg} mg) is more than the ${what} (${mgText(mg)}); choose a product with a smaller unit (5 mg tablet, 10 mg scored tablet or oral solution).`,
    );
  if (escalates && cap.units < 1) throw coarse('cap', cap.rawMg);

  // Target: the clinician's goal, a fixed regimen's dose, or a flexible regimen's min(cap, 80).
  const requested = requestedTarget(params, derived.targetEdited);
  const targetUnits = Math.min(floorUnits(requested.mg, unitMg), cap.units);
  if (escalates && targetUnits < 1) {
    throw new RulesInputError(
      'params.targetMgPerDay',
      `The target is smaller than one ${unitMg} mg unit of ${product.label}.`,
    );
  }
  const targetMg = targetUnits * unitMg;
  explain.push(targetExplain(regimen, requested.mg, requested.projected, capMgPerDay, targetMg, unitMg));
  if (escalates && requested.projected) {
    findings.push(
      planFinding('plan.flexible-target', {
        target: mgText(targetMg),
        highDoseAbove: mgText(FLEXIBLE_DEFAULT_TARGET_MAX_MG_PER_DAY),
      }),
    );
  }
  if (escalates && targetMg < requested.mg - EPSILON && (derived.targetEdited || params.kind === 'fixed')) {
    findings.push(
      planFinding('plan.target-limited', {
        target: mgText(targetMg),
        requested: mgText(requested.mg),
        cap: mgText(capMgPerDay),
        bandNote: renal.band && renal.band !== 'normal' ? ` (renal band ${renal.band})` : '',
        unit: unitMg,
      }),
    );
  }

  // Start and step, renal-adjusted and rounded down; a step below one unit lengthens its interval.
  const escalation = escalationUnits(params, renal, unitMg);
  const currentUnits = decisions.currentMg === null ? null : floorUnits(decisions.currentMg, unitMg);
  if (
    decisions.currentMg !== null &&
    currentUnits !== null &&
    Math.abs(currentUnits * unitMg - decisions.currentMg) > EPSILON
  ) {
    // Rounding a current dose down is a cut on day 1 (to 0 when it is below one unit): never silent,
    // never faster than a taper step. The product must be able to give the dose the patient takes.
    throw new RulesInputError(
      'currentDoseMgPerDay',
      `${mgText(decisions.currentMg)} cannot be given with ${product.label} (${unitMg} mg units): rounding it would cut the dose on day 1. Check the current dose, or choose a product that can give it${givable(product, decisions.currentMg)}.`,
    );
  }
  const startsFresh = mode === 'new' || (mode === 'replan' && currentUnits === 0);
  if (startsFresh && escalation.startUnitsRaw < 1) throw coarse('start dose', escalation.startRawMg);
  const startUnits = Math.min(escalation.startUnitsRaw, targetUnits);
  const taper = taperSpec(params, renal, product);
  explain.push(
    ...escalationExplain(regimen, params, renal, escalation, startUnits, unitMg, taper.intervalDays),
  );
  if (startsFresh && escalation.startUnitsRaw > targetUnits) {
    findings.push(
      planFinding('plan.start-limited', {
        start: mgText(startUnits * unitMg),
        requested: mgText(escalation.startUnitsRaw * unitMg),
      }),
    );
  }
  if (escalates && escalation.step.lengthened && targetUnits > startUnits) {
    findings.push(
      planFinding('plan.step-lengthened', {
        what: 'Escalation step',
        whatLower: 'escalation step',
        unit: unitMg,
        interval: escalation.step.intervalDays,
        scaledStep: mgText(escalation.scaledStepMg),
        scaledInterval: escalation.scaledIntervalDays,
        product: product.label,
        finer: finerProductsText(product, escalation.scaledStepMg),
      }),
    );
  }
  if (taper.stepMg < unitMg - EPSILON && (params.taper || mode === 'taper-only')) {
    findings.push(
      planFinding('plan.step-lengthened', {
        what: 'Taper step',
        whatLower: 'taper step',
        unit: unitMg,
        interval: Math.ceil((taper.intervalDays * unitMg) / taper.stepMg - EPSILON),
        scaledStep: mgText(taper.stepMg),
        scaledInterval: taper.intervalDays,
        product: product.label,
        finer: finerProductsText(product, taper.stepMg),
      }),
    );
  }
  pushCurrentDoseFindings(derived, mode, findings, currentUnits, cap.units, targetUnits, startUnits);

  const scheduleSpec: ScheduleSpec = {
    mode: startsFresh ? 'new' : mode,
    startUnits,
    currentUnits,
    stepUnits: escalation.step.units,
    startDays: escalation.startDays,
    stepIntervalDays: escalation.step.intervalDays,
    capUnits: Math.max(cap.units, 0),
    comeDownSpec: comeDownSpec(unitMg),
    targetUnits,
    maintenanceDays: params.maintenanceDays,
    taper: params.taper,
    taperSpec: taper,
    holdDays: params.holdDays,
    intoleranceDays: new Set(params.intoleranceDays),
    maxDays: MAX_PLAN_DAYS,
  };
  const schedule = scheduleOrError(scheduleSpec);
  const days = toPlanDays(schedule, params, unitMg, startDay);
  const context: CourseContext = {
    schedule,
    days,
    unitMg,
    product,
    taperOnly: mode === 'taper-only',
    startDay,
  };
  const ending = endingFindings(context, taper);
  const monitoring = monitoringList(context, renal.band);
  findings.push(
    ...thresholdFindings(context),
    ...intoleranceFindings(context, params.holdDays),
    ...ending.findings,
    ...practicalTabletFindings(context),
    ...trialPaceFindings(regimen.id, context, escalation.step.units * unitMg, escalation.step.intervalDays),
    ...monitoringFindings(context, renal.band, monitoring),
  );

  let maxUnits = 0;
  for (const level of schedule.levels) if (level > maxUnits) maxUnits = level;
  const effective = effectiveParams(derived, mode, escalation, startUnits, taper, currentUnits);
  const dateOf = (day: number) => formatIsoDay(startDay + day - 1);
  const dispense = dispenseForDays(product, days);
  // Every number of the summary explains itself, as the cap and the target do.
  explain.push(
    ...(escalates
      ? [daysToTargetExplain(schedule.targetReachedDay, startUnits, targetUnits, escalation, unitMg)]
      : []),
    taperStepExplain(taper, params.taper || mode === 'taper-only'),
    dispenseExplain(
      product,
      dispense,
      days.reduce((count, day) => count + day.administrations.length, 0),
      days.reduce((mg, day) => mg + day.administrations.reduce((sum, dose) => sum + dose.mg, 0), 0),
    ),
  );
  const summary: PlanSummary = {
    daysToTarget: schedule.targetReachedDay,
    maintenanceStart: schedule.maintenanceStartDay === null ? null : dateOf(schedule.maintenanceStartDay),
    maintenanceEnd: schedule.maintenanceEndDay === null ? null : dateOf(schedule.maintenanceEndDay),
    taperStart: schedule.taperStartDay === null ? null : dateOf(schedule.taperStartDay),
    taperEnd: schedule.taperEndDay === null ? null : dateOf(schedule.taperEndDay),
    reviewDate: ending.reviewDate,
    maxMgPerDay: maxUnits * unitMg,
    dispense,
    changedParams: derived.changedParams,
    effective,
  };
  const merged = mergeFindings(findings);
  const acknowledged = applyAcknowledgements(merged, decisions.acknowledgements);
  return {
    days,
    capMgPerDay,
    targetMgPerDay: mode === 'taper-only' ? 0 : targetMg,
    findings: acknowledged.findings,
    unacknowledged: acknowledged.unacknowledged,
    blocked: false,
    unitMg,
    summary,
    monitoring,
    explain,
    rulesetVersion: RULESET_VERSION,
  };
}

/** One line per override, each with its own reason (spec §4: one override per hard stop). */
function pushOverrideFindings(derived: Derived, findings: Finding[]): void {
  const { renal, decisions, params } = derived;
  if (renal.hardStop && decisions.renalOverride !== null) {
    const finding = planFinding('plan.override-renal', {
      what:
        renal.hardStop === 'dialysis'
          ? 'dialysis hard stop'
          : 'severe renal impairment (CrCl ≤ 30 mL/min) hard stop',
      reason: decisions.renalOverride,
    });
    finding.sources.push(
      ...(renal.hardStop === 'dialysis' ? ['wolf-2018', 'pms-baclofen'] : ['wolf-2018', 'vlavonou-2014']),
    );
    findings.push(finding);
  }
  const aboveProfile =
    decisions.profile === 'fr-2018' &&
    Math.min(params.capMgPerDay, HARD_CEILING_MG_PER_DAY) > FR_2018_MAX_MG_PER_DAY + EPSILON;
  if (aboveProfile && decisions.doseProfileOverride !== null) {
    findings.push(
      planFinding('plan.override-dose-profile', {
        frCap: mgText(FR_2018_MAX_MG_PER_DAY),
        reason: decisions.doseProfileOverride,
      }),
    );
  }
}

function pushCurrentDoseFindings(
  derived: Derived,
  mode: Mode,
  findings: Finding[],
  currentUnits: number | null,
  capUnits: number,
  targetUnits: number,
  startUnits: number,
): void {
  const { decisions, unitMg, renal, explain } = derived;
  const currentMg = decisions.currentMg;
  if (currentMg === null || currentUnits === null) return;
  explain.push(currentDoseExplain(currentMg, currentUnits, unitMg));
  const current = mgText(currentUnits * unitMg);
  if (currentUnits > 0) {
    findings.push(
      planFinding('plan.current-dose', {
        current,
        modeNote: mode === 'taper-only' ? ' The plan tapers from it to 0.' : ' The plan continues from it.',
      }),
    );
  }
  if (currentMg > HARD_CEILING_MG_PER_DAY + EPSILON) {
    findings.push(
      planFinding('plan.current-above-ceiling', {
        current: mgText(currentMg),
        ceiling: mgText(HARD_CEILING_MG_PER_DAY),
      }),
    );
  }
  if (currentUnits > capUnits) {
    const renalCap = renal.band !== null && renal.band !== 'normal';
    findings.push(
      planFinding('plan.current-above-cap', {
        current,
        capKind: renalCap ? 'renal' : 'plan',
        cap: mgText(capUnits * unitMg),
        comeDownStep: mgText(COME_DOWN_STEP_MG_PER_DAY),
        comeDownInterval: COME_DOWN_INTERVAL_DAYS,
        pace: renalCap ? 'renal-adjusted' : 'planned',
        toxicity: renalCap
          ? ' Dose above the renal cap: watch for toxicity — confusion, somnolence, slow breathing; toxicity needs urgent care; haemodialysis removes baclofen.'
          : '',
      }),
    );
  } else if (mode === 'replan' && currentUnits > targetUnits) {
    findings.push(
      planFinding('plan.current-above-target', { current, target: mgText(targetUnits * unitMg) }),
    );
  }
  if (mode === 'replan' && currentUnits === 0) {
    findings.push(planFinding('plan.replan-from-zero', { unit: unitMg, start: mgText(startUnits * unitMg) }));
  }
}

/** The products whose unit is finer than `product`'s and at most `mg` (to name in findings and errors). */
function finerProducts(product: Product, mg: number): string[] {
  return PRODUCTS.filter(
    (candidate) => candidate.unitMg < product.unitMg && candidate.unitMg <= mg + EPSILON,
  ).map((candidate) => candidate.label);
}

/** " (A or B)": the products that can give `mg` exactly, for the current-dose error. */
function givable(product: Product, mg: number): string {
  const fits = PRODUCTS.filter(
    (candidate) =>
      candidate.id !== product.id &&
      Math.abs(floorUnits(mg, candidate.unitMg) * candidate.unitMg - mg) <= EPSILON,
  ).map((candidate) => candidate.label);
  return fits.length === 0 ? '' : ` (${fits.join(' or ')})`;
}

function finerProductsText(product: Product, stepMg: number): string {
  const finer = finerProducts(product, stepMg);
  return finer.length === 0 ? '' : `Finer steps are possible with ${finer.join(' or ')}.`;
}

function scheduleOrError(spec: ScheduleSpec): Schedule {
  try {
    return buildSchedule(spec);
  } catch (error) {
    if (!(error instanceof PlanTooLongError)) throw error;
    const field =
      error.section === 'titration'
        ? 'params.stepMgPerDay'
        : error.section === 'maintenance'
          ? 'params.maintenanceDays'
          : 'params.taperParams';
    throw new RulesInputError(
      field,
      `The plan would last more than ${MAX_PLAN_DAYS} days (it ran over during the ${error.section}); use larger steps, shorter intervals or a shorter maintenance.`,
    );
  }
}

function effectiveParams(
  derived: Derived,
  mode: Mode,
  escalation: ReturnType<typeof escalationUnits>,
  startUnits: number,
  taper: ReturnType<typeof taperSpec>,
  currentUnits: number | null,
): PlanEffectiveParams {
  const { params, unitMg, renal } = derived;
  return {
    mode,
    product: params.product,
    unitMg,
    doseFactor: renal.doseFactor,
    intervalFactor: renal.intervalFactor,
    startMgPerDay: startUnits * unitMg,
    startDays: escalation.startDays,
    stepMgPerDay: escalation.step.units * unitMg,
    stepIntervalDays: escalation.step.intervalDays,
    dosesPerDay: params.dosesPerDay,
    labels: [...params.splitLabels],
    holdDays: params.holdDays,
    taper: params.taper,
    taperMode: taper.mode,
    taperStepMgPerDay: Math.max(1, floorUnits(taper.stepMg, unitMg)) * unitMg,
    taperHighDoseStepMgPerDay: Math.max(1, floorUnits(taper.highDoseStepMg, unitMg)) * unitMg,
    taperPercent: taper.percent,
    taperIntervalDays: taper.intervalDays,
    currentMgPerDay: currentUnits === null ? null : currentUnits * unitMg,
  };
}

/** Attach dates and administrations to the unit sequence. */
function toPlanDays(schedule: Schedule, params: ResolvedParams, unitMg: number, startDay: number): PlanDay[] {
  const splitCache = new Map<number, number[]>();
  const labels = params.splitLabels;
  const days: PlanDay[] = new Array<PlanDay>(schedule.levels.length);
  for (let i = 0; i < schedule.levels.length; i++) {
    const level = schedule.levels[i] ?? 0;
    let split = splitCache.get(level);
    if (!split) {
      split = splitUnits(level, params.dosesPerDay, params.splitWeights);
      splitCache.set(level, split);
    }
    const administrations: PlanDay['administrations'] = new Array(split.length);
    for (let j = 0; j < split.length; j++) {
      administrations[j] = { label: labels[j] ?? `dose ${j + 1}`, mg: (split[j] ?? 0) * unitMg };
    }
    days[i] = {
      day: i + 1,
      date: formatIsoDay(startDay + i),
      phase: schedule.phases[i] ?? 'taper',
      totalMg: level * unitMg,
      administrations,
    };
  }
  return days;
}
