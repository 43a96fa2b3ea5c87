/**
 * buildPlan: regimen + edits + renal assessment + profile → a day-by-day plan with its findings,
 * summary and explanation. Pure: the start date comes in as an argument and no clock is read.
 */
import { RulesInputError } from './errors';
import { describeValue, isRecord, ownValue, shortText } from './input-guards';
import { getProduct, type Product } from './products';
import { formatIsoDay, parseIsoDay } from './plan-dates';
import { CEILING_MESSAGE, MAX_PLAN_DAYS, resolveParams, type ResolvedParams } from './plan-params';
import { factorText, renalAdjustment, type RenalPlanAdjustment } from './plan-renal';
import { buildSchedule, PlanTooLongError, type Schedule, type ScheduleSpec } from './plan-schedule';
import { splitUnits } from './plan-split';
import { dispenseForDays } from './plan-summary';
import { DOSE_THRESHOLDS, FR_2018_MAX_MG_PER_DAY } from './plan-thresholds';
import { getRegimen, HARD_CEILING_MG_PER_DAY, type CatalogueRegimen } from './regimens';
import { sortFindings } from './severity';
import type {
  ExplainStep,
  Finding,
  Plan,
  PlanDay,
  PlanEffectiveParams,
  PlanInput,
  PlanSummary,
  Profile,
} from './types';
import { RULESET_VERSION } from './version';

/** Above this daily dose the taper uses its larger (high-dose) step (spec §5). */
export const TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY = 80;
/** The smallest sensible dose: a taper's last non-zero level is at most this (spec §5), or one unit. */
export const TAPER_LAST_LEVEL_MG_PER_DAY = 5;

const DEFAULT_SOURCES = ['bacloplan-default'];
const EPSILON = 1e-9;

type Mode = NonNullable<PlanInput['mode']>;
const MODES: readonly Mode[] = ['new', 'replan', 'taper-only'];
const PROFILES: readonly Profile[] = ['standard', 'fr-2018'];

/** Whole units in `mg`, rounded down (never above what was asked for). */
function floorUnits(mg: number, unitMg: number): number {
  return Math.floor(mg / unitMg + EPSILON);
}

function ceilDays(days: number): number {
  return Math.ceil(days - EPSILON);
}

function mgText(mg: number): string {
  return `${Math.round(mg * 100) / 100} mg/day`;
}

function info(ruleId: string, title: string, detail: string, extra: Partial<Finding> = {}): Finding {
  return { ruleId, severity: 'info', title, detail, evidence: 'default', sources: DEFAULT_SOURCES, ...extra };
}

function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const unique: Finding[] = [];
  for (const finding of findings) {
    const key = `${finding.ruleId}\u0000${finding.subject ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(finding);
  }
  return sortFindings(unique);
}

function checkCurrentDose(value: unknown, mode: Mode): number | null {
  if (value === undefined) {
    if (mode === 'new') return null;
    throw new RulesInputError('currentDoseMgPerDay', 'Enter the dose the patient takes now (mg/day).');
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RulesInputError(
      'currentDoseMgPerDay',
      'The current dose must be a number of mg/day, 0 or more.',
    );
  }
  if (value > HARD_CEILING_MG_PER_DAY) throw new RulesInputError('currentDoseMgPerDay', CEILING_MESSAGE);
  return mode === 'new' ? null : value;
}

interface Derived {
  regimen: CatalogueRegimen;
  params: ResolvedParams;
  product: Product;
  unitMg: number;
  renal: RenalPlanAdjustment;
  mode: Mode;
  profile: Profile;
  overrideReason: string | null;
  startDay: number;
}

/** The empty plan of a hard stop without override (spec §2.4). */
function blockedPlan(
  derived: Derived,
  changedParams: PlanSummary['changedParams'],
  explain: ExplainStep[],
): Plan {
  const dialysis = derived.renal.hardStop === 'dialysis';
  const blocked: Finding = {
    ruleId: 'plan.blocked',
    severity: 'hard-stop',
    title: dialysis
      ? 'No plan: on dialysis — specialist override required'
      : 'No plan: severe renal impairment (CrCl ≤ 30 mL/min) — specialist override required',
    detail: dialysis
      ? 'Avoid baclofen on dialysis. A plan can be produced only after an explicit override with a recorded reason; it is then limited to 5 mg/day (PMS-Baclofen monograph).'
      : 'Avoid baclofen (CrCl ≤ 30 mL/min). A plan can be produced only after an explicit override with a recorded reason; doses are then × 1/3 (Vlavonou 2014).',
    action: 'Record a specialist override reason to plan, or choose another treatment.',
    evidence: 'guideline',
    sources: dialysis ? ['wolf-2018', 'pms-baclofen'] : ['wolf-2018', 'vlavonou-2014'],
  };
  return {
    days: [],
    capMgPerDay: 0,
    targetMgPerDay: 0,
    findings: dedupeFindings([...derived.renal.findings, blocked]),
    blocked: true,
    unitMg: derived.unitMg,
    summary: {
      daysToTarget: null,
      maintenanceStart: null,
      maintenanceEnd: null,
      taperStart: null,
      taperEnd: null,
      reviewDate: null,
      maxMgPerDay: 0,
      dispense: [],
      changedParams,
    },
    explain,
    rulesetVersion: RULESET_VERSION,
  };
}

/**
 * Build a day-by-day plan (spec §3–§5, §8). Throws RulesInputError (with the offending field) for any
 * input it cannot plan safely; otherwise returns a plan that satisfies the architecture invariants:
 * whole product units, totals equal to the sum of administrations, never above the cap (except a
 * step-down from a current dose the patient already takes above it), increases never larger than the
 * adjusted step, and an end that is either a 0 mg stop day after a taper or an explicit review date.
 */
export function buildPlan(untrustedInput: PlanInput): Plan {
  if (!isRecord(untrustedInput)) {
    throw new RulesInputError('input', 'A plan input is required.');
  }
  // Only what the caller set counts: a value inherited from a prototype is not an input.
  const field = <K extends keyof PlanInput>(key: K) => ownValue(untrustedInput, key) as PlanInput[K];
  const regimenId: unknown = field('regimenId');
  if (typeof regimenId !== 'string') {
    throw new RulesInputError(
      'regimenId',
      `Choose a regimen by its id (e.g. baclocur-80); got ${describeValue(regimenId)}.`,
    );
  }
  const regimen = getRegimen(regimenId);
  if (!regimen) throw new RulesInputError('regimenId', `Unknown regimen "${shortText(regimenId)}".`);
  const startDay = parseIsoDay(field('startDate'), 'startDate');
  const mode = field('mode') ?? 'new';
  if (!MODES.includes(mode)) throw new RulesInputError('mode', 'Mode must be new, replan or taper-only.');
  const profile = field('profile') ?? 'standard';
  if (!PROFILES.includes(profile))
    throw new RulesInputError('profile', 'Profile must be standard or fr-2018.');
  const override: unknown = field('override');
  const rawReason = isRecord(override) ? ownValue(override, 'reason') : undefined;
  // A blank reason is no override: the point of an override is the recorded reason.
  const overrideReason = typeof rawReason === 'string' && rawReason.trim() !== '' ? rawReason : null;

  const { params, changedParams, targetEdited } = resolveParams(regimen, field('params'));
  const product = getProduct(params.product) as Product;
  const unitMg = product.unitMg;
  const renal = renalAdjustment(field('renal'));
  const currentMg = checkCurrentDose(field('currentDoseMgPerDay'), mode);
  const derived: Derived = {
    regimen,
    params,
    product,
    unitMg,
    renal,
    mode,
    profile,
    overrideReason,
    startDay,
  };

  const explain: ExplainStep[] = [
    {
      ruleId: 'plan.unit',
      label: 'Dispensable unit',
      inputs: { product: product.label },
      substituted: product.scoringAssumption,
      result: unitMg,
      unit: 'mg',
      evidence: product.evidence,
      sources: product.sources,
    },
  ];
  if (renal.hardStop && !overrideReason) {
    explain.push({
      ruleId: 'plan.renal-hard-stop',
      label: 'Renal hard stop',
      inputs: { band: renal.band ?? '' },
      substituted: 'severe band or dialysis without an override reason → no plan',
      result: 'blocked',
      evidence: 'guideline',
      sources: ['wolf-2018'],
    });
    return blockedPlan(derived, changedParams, explain);
  }
  return plannedCourse(derived, currentMg, changedParams, targetEdited, explain);
}

function plannedCourse(
  derived: Derived,
  currentMg: number | null,
  changedParams: PlanSummary['changedParams'],
  targetEdited: boolean,
  explain: ExplainStep[],
): Plan {
  const { regimen, params, product, unitMg, renal, mode, profile, overrideReason, startDay } = derived;
  const findings: Finding[] = [...renal.findings];
  const overridden: { what: string; sources: string[] }[] = [];
  if (renal.hardStop === 'severe') {
    overridden.push({
      what: 'severe renal impairment (CrCl ≤ 30 mL/min) hard stop',
      sources: ['wolf-2018', 'vlavonou-2014'],
    });
  } else if (renal.hardStop === 'dialysis') {
    overridden.push({ what: 'dialysis hard stop', sources: ['wolf-2018', 'pms-baclofen'] });
  }

  // Cap: regimen cap (after edits) ≤ 300, profile limit, × renal factor, rounded down to the unit.
  const regimenCapMg = Math.min(params.capMgPerDay, HARD_CEILING_MG_PER_DAY);
  let profileCapMg = regimenCapMg;
  if (profile === 'fr-2018' && regimenCapMg > FR_2018_MAX_MG_PER_DAY) {
    if (overrideReason) {
      overridden.push({
        what: 'French authorised maximum of 80 mg/day (profile fr-2018)',
        sources: ['baclocur-smpc-2018'],
      });
    } else {
      profileCapMg = FR_2018_MAX_MG_PER_DAY;
      findings.push({
        ruleId: 'profile.fr-2018',
        severity: 'moderate',
        title: 'Capped at 80 mg/day (French authorised maximum)',
        detail: `Profile fr-2018 makes 80 mg/day the cap (Baclocur 2018); the regimen allows ${mgText(regimenCapMg)}. Escalation beyond 80 mg/day needs an override with a recorded reason.`,
        action: 'Record an override reason to plan beyond 80 mg/day.',
        evidence: 'label',
        sources: ['baclocur-smpc-2018'],
      });
    }
  }
  const capRawMg =
    renal.dialysisCapMgPerDay !== null
      ? Math.min(renal.dialysisCapMgPerDay, profileCapMg)
      : profileCapMg * renal.doseFactor;
  const capUnits = floorUnits(capRawMg, unitMg);
  const capMgPerDay = capUnits * unitMg;
  explain.push({
    ruleId: 'plan.cap',
    label: 'Daily cap',
    formula:
      renal.dialysisCapMgPerDay !== null
        ? 'min(5 mg/day on dialysis, cap) rounded down to the unit'
        : 'floor(min(regimen cap, 300[, 80 in fr-2018]) × dose factor ÷ unit) × unit',
    inputs: {
      regimenCapMgPerDay: regimen.params.capMgPerDay,
      capAfterEditsMgPerDay: params.capMgPerDay,
      hardCeilingMgPerDay: HARD_CEILING_MG_PER_DAY,
      ...(profile === 'fr-2018' ? { profileCapMgPerDay: FR_2018_MAX_MG_PER_DAY } : {}),
      doseFactor: factorText(renal.doseFactor),
      unitMg,
    },
    substituted:
      renal.dialysisCapMgPerDay !== null
        ? `min(5, ${profileCapMg}) → ${capMgPerDay}`
        : `floor(${profileCapMg} × ${factorText(renal.doseFactor)} ÷ ${unitMg}) × ${unitMg} = ${capMgPerDay}`,
    result: capMgPerDay,
    unit: 'mg/day',
    evidence: renal.dialysisCapMgPerDay !== null ? 'label' : renal.band ? 'pk-study' : 'guideline',
    sources:
      renal.dialysisCapMgPerDay !== null
        ? ['pms-baclofen']
        : [
            'ansm-rtu-2014',
            ...(profile === 'fr-2018' ? ['baclocur-smpc-2018'] : []),
            ...(renal.band ? ['vlavonou-2014'] : []),
          ],
  });

  const needsEscalation = mode !== 'taper-only';
  const coarse = (what: string, mg: number) =>
    new RulesInputError(
      'params.product',
      `One unit of ${product.label} (${unitMg} mg) is more than the ${what} (${mgText(mg)}); choose a product with a smaller unit (5 mg tablet, 10 mg scored tablet or oral solution).`,
    );
  if (needsEscalation && capUnits < 1) throw coarse('cap', capRawMg);

  // Target: the clinician's goal (flexible) or the regimen dose (fixed), never above the cap.
  const requestedTargetMg = params.targetMgPerDay;
  const targetUnits = Math.min(floorUnits(requestedTargetMg, unitMg), capUnits);
  if (needsEscalation && targetUnits < 1) {
    throw new RulesInputError(
      'params.targetMgPerDay',
      `The target is smaller than one ${unitMg} mg unit of ${product.label}.`,
    );
  }
  const targetMg = targetUnits * unitMg;
  explain.push({
    ruleId: 'plan.target',
    label: 'Target daily dose',
    formula: 'min(target, cap) rounded down to the unit',
    inputs: { targetMgPerDay: requestedTargetMg, capMgPerDay, unitMg },
    substituted: `min(${requestedTargetMg}, ${capMgPerDay}) → ${targetMg}`,
    result: targetMg,
    unit: 'mg/day',
    evidence: regimen.paramEvidence.targetMgPerDay?.evidence ?? regimen.evidence,
    sources: regimen.paramEvidence.targetMgPerDay?.sources ?? regimen.sources,
  });
  if (
    needsEscalation &&
    targetMg < requestedTargetMg - EPSILON &&
    (targetEdited || params.kind === 'fixed')
  ) {
    findings.push(
      info(
        'plan.target-limited',
        `Target lowered to ${mgText(targetMg)}`,
        `The target of ${mgText(requestedTargetMg)} is above what this plan can give: cap ${mgText(capMgPerDay)}${renal.band && renal.band !== 'normal' ? ` (renal band ${renal.band})` : ''}, doses in ${unitMg} mg units. The plan stops at ${mgText(targetMg)}.`,
      ),
    );
  }

  // Start, step and intervals, renal-adjusted and rounded down to the unit.
  const startRawMg = params.startMgPerDay * renal.doseFactor;
  const startUnitsRaw = floorUnits(startRawMg, unitMg);
  const currentUnits = currentMg === null ? null : floorUnits(currentMg, unitMg);
  const startsFresh = mode === 'new' || (mode === 'replan' && currentUnits === 0);
  if (startsFresh && startUnitsRaw < 1) throw coarse('start dose', startRawMg);
  const startUnits = Math.min(startUnitsRaw, targetUnits);
  const stepUnits = Math.max(1, floorUnits(params.stepMgPerDay * renal.doseFactor, unitMg));
  const startDays = ceilDays(params.startDays * renal.intervalFactor);
  const stepIntervalDays = ceilDays(params.stepIntervalDays * renal.intervalFactor);
  const taperIntervalDays = ceilDays(params.taperParams.intervalDays * renal.intervalFactor);
  const adjustmentSources =
    renal.band && renal.band !== 'normal' ? ['vlavonou-2014', 'bacloplan-default'] : [];
  explain.push(
    {
      ruleId: 'plan.start',
      label: 'Start dose',
      formula: 'floor(start × dose factor ÷ unit) × unit, not above the target',
      inputs: { startMgPerDay: params.startMgPerDay, doseFactor: factorText(renal.doseFactor), unitMg },
      substituted: `floor(${params.startMgPerDay} × ${factorText(renal.doseFactor)} ÷ ${unitMg}) × ${unitMg} = ${startUnitsRaw * unitMg}`,
      result: startUnits * unitMg,
      unit: 'mg/day',
      evidence: regimen.paramEvidence.startMgPerDay?.evidence ?? regimen.evidence,
      sources: [...(regimen.paramEvidence.startMgPerDay?.sources ?? regimen.sources), ...adjustmentSources],
    },
    {
      ruleId: 'plan.step',
      label: 'Escalation step',
      formula: 'max(1 unit, floor(step × dose factor ÷ unit) × unit)',
      inputs: { stepMgPerDay: params.stepMgPerDay, doseFactor: factorText(renal.doseFactor), unitMg },
      substituted: `floor(${params.stepMgPerDay} × ${factorText(renal.doseFactor)} ÷ ${unitMg}) × ${unitMg} → ${stepUnits * unitMg}`,
      result: stepUnits * unitMg,
      unit: 'mg/day',
      evidence: regimen.paramEvidence.stepMgPerDay?.evidence ?? regimen.evidence,
      sources: [...(regimen.paramEvidence.stepMgPerDay?.sources ?? regimen.sources), ...adjustmentSources],
    },
    {
      ruleId: 'plan.step-interval',
      label: 'Days between steps',
      formula: 'ceil(interval × interval factor); the start period likewise',
      inputs: {
        stepIntervalDays: params.stepIntervalDays,
        startDays: params.startDays,
        intervalFactor: renal.intervalFactor,
      },
      substituted: `${params.stepIntervalDays} × ${renal.intervalFactor} = ${stepIntervalDays}; start ${params.startDays} × ${renal.intervalFactor} = ${startDays}`,
      result: stepIntervalDays,
      unit: 'days',
      evidence: regimen.paramEvidence.stepIntervalDays?.evidence ?? regimen.evidence,
      sources: [
        ...(regimen.paramEvidence.stepIntervalDays?.sources ?? regimen.sources),
        ...(renal.intervalFactor > 1 ? ['bacloplan-default'] : []),
      ],
    },
    {
      ruleId: 'plan.taper-interval',
      label: 'Days between taper steps',
      formula: 'ceil(taper interval × interval factor)',
      inputs: { taperIntervalDays: params.taperParams.intervalDays, intervalFactor: renal.intervalFactor },
      substituted: `${params.taperParams.intervalDays} × ${renal.intervalFactor} = ${taperIntervalDays}`,
      result: taperIntervalDays,
      unit: 'days',
      evidence: 'default',
      sources: ['bacloplan-default', 'baclocur-smpc-2018', 'ansm-2017'],
    },
  );
  if (startsFresh && startUnitsRaw > targetUnits) {
    findings.push(
      info(
        'plan.start-limited',
        `Start dose lowered to the target (${mgText(startUnits * unitMg)})`,
        `The start dose of ${mgText(startUnitsRaw * unitMg)} is above the target, so the plan starts at the target.`,
      ),
    );
  }

  if (currentMg !== null && currentUnits !== null) {
    explain.push({
      ruleId: 'plan.current-dose',
      label: 'Current dose',
      formula: 'floor(current dose ÷ unit) × unit',
      inputs: { currentDoseMgPerDay: currentMg, unitMg },
      result: currentUnits * unitMg,
      unit: 'mg/day',
      evidence: 'default',
      sources: DEFAULT_SOURCES,
    });
    if (Math.abs(currentUnits * unitMg - currentMg) > EPSILON) {
      findings.push(
        info(
          'plan.current-rounded',
          `Current dose taken as ${mgText(currentUnits * unitMg)}`,
          `${mgText(currentMg)} is not a whole number of ${unitMg} mg units of ${product.label}; the plan starts from ${mgText(currentUnits * unitMg)} (rounded down).`,
        ),
      );
    }
    if (currentUnits > capUnits) {
      findings.push({
        ruleId: 'plan.current-above-cap',
        severity: 'major',
        title: `Current dose ${mgText(currentUnits * unitMg)} is above the cap of ${mgText(capMgPerDay)}`,
        detail: `Stopping or cutting baclofen abruptly risks withdrawal (seizures, hallucinations), so the plan steps down from the current dose with taper steps${mode === 'replan' ? ` to ${mgText(targetMg)}` : ''} instead of jumping to the cap. Doses above the cap are planned only during this step-down.${renal.band && renal.band !== 'normal' ? ' With reduced kidney function baclofen accumulates: watch for toxicity (drowsiness, confusion, encephalopathy) and consider a faster reduction on specialist advice.' : ''}`,
        action: 'Review the step-down with the patient; see them before each cut.',
        evidence: 'default',
        sources: ['bacloplan-default', 'fda-label'],
      });
    } else if (mode === 'replan' && currentUnits > targetUnits) {
      findings.push(
        info(
          'plan.current-above-target',
          `Stepping down from ${mgText(currentUnits * unitMg)} to the target ${mgText(targetMg)}`,
          'The current dose is above the target; the plan reaches the target with taper steps.',
        ),
      );
    }
    if (mode === 'replan' && currentUnits === 0) {
      findings.push(
        info(
          'plan.replan-from-zero',
          'Re-plan from 0 mg/day starts again from the start dose',
          `A current dose below one ${unitMg} mg unit is a fresh start: the plan begins at ${mgText(startUnits * unitMg)}.`,
        ),
      );
    }
  }

  const taperParams = params.taperParams;
  const lastLevelUnits = Math.max(1, floorUnits(TAPER_LAST_LEVEL_MG_PER_DAY, unitMg));
  const scheduleSpec: ScheduleSpec = {
    mode: startsFresh ? 'new' : mode,
    startUnits,
    currentUnits,
    stepUnits,
    startDays,
    stepIntervalDays,
    targetUnits,
    maintenanceDays: params.maintenanceDays,
    taper: params.taper,
    taperSpec: {
      mode: taperParams.mode,
      stepUnits: Math.max(1, floorUnits(taperParams.stepMgPerDay, unitMg)),
      highDoseStepUnits: Math.max(1, floorUnits(taperParams.highDoseStepMgPerDay, unitMg)),
      percent: taperParams.percent,
      intervalDays: taperIntervalDays,
      highDoseAboveUnits: TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY / unitMg,
      highDoseFloorUnits: floorUnits(TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY, unitMg),
      lastLevelUnits,
    },
    holdDays: params.holdDays,
    intoleranceDays: new Set(params.intoleranceDays),
    maxDays: MAX_PLAN_DAYS,
  };
  let schedule: Schedule;
  try {
    schedule = buildSchedule(scheduleSpec);
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

  const days = toPlanDays(schedule, params, unitMg, startDay);
  const dateOf = (day: number) => formatIsoDay(startDay + day - 1);
  const lastDay = days[days.length - 1];
  let maxUnits = 0;
  for (const level of schedule.levels) if (level > maxUnits) maxUnits = level;
  const maxMgPerDay = maxUnits * unitMg;
  const firstDayAbove = (mg: number) =>
    schedule.levels.findIndex((level) => level * unitMg > mg + EPSILON) + 1;

  for (const threshold of DOSE_THRESHOLDS) {
    if (maxMgPerDay <= threshold.mgPerDay + EPSILON) continue;
    const day = firstDayAbove(threshold.mgPerDay);
    findings.push({
      ruleId: threshold.ruleId,
      severity: threshold.severity,
      title: threshold.title,
      detail: `${threshold.detail} This plan is above ${threshold.mgPerDay} mg/day from ${dateOf(day)} (day ${day}), up to ${mgText(maxMgPerDay)}.`,
      ...(threshold.action ? { action: threshold.action } : {}),
      evidence: threshold.evidence,
      sources: threshold.sources,
    });
  }

  if (overridden.length > 0 && overrideReason) {
    findings.push({
      ruleId: 'plan.override',
      severity: 'major',
      title: `Override: ${overridden.map((item) => item.what).join('; ')}`,
      detail: `Planned past ${overridden.length === 1 ? 'a limit that requires' : 'limits that require'} an override, on the prescriber's recorded reason: "${overrideReason}"`,
      action: 'Keep the specialist reason with the chart; the override is printed on the plan.',
      evidence: 'default',
      sources: ['bacloplan-default', ...new Set(overridden.flatMap((item) => item.sources))],
    });
  }

  if (schedule.intoleranceEvents.length > 0) {
    const lines = schedule.intoleranceEvents.map(
      (event) =>
        `day ${event.day} (${dateOf(event.day)}): ${mgText(event.fromUnits * unitMg)} → ${mgText(event.toUnits * unitMg)}, held ${params.holdDays} days${event.during === 'maintenance' ? ', then kept as the maintenance dose' : ', then escalation retried'}`,
    );
    findings.push(
      info(
        'plan.intolerance',
        'Intolerance: stepped back to the last tolerated dose',
        `${lines.join('; ')}.`,
        {
          sources: ['reynaud-2017', 'bacloplan-default'],
        },
      ),
    );
  }
  if (schedule.ignoredIntoleranceDays.length > 0) {
    findings.push(
      info(
        'plan.intolerance-ignored',
        'Intolerance days not applied',
        `Day(s) ${schedule.ignoredIntoleranceDays.join(', ')} fall in a taper or outside the titration and maintenance, where the dose is already coming down or no dose is planned. Re-plan from today if the patient does not tolerate the current dose.`,
      ),
    );
  }

  const taperStart = schedule.taperStartDay;
  const taperEnd = schedule.taperEndDay;
  let reviewDate: string | null = null;
  if (taperStart !== null && taperEnd !== null) {
    findings.push(
      info(
        'plan.taper',
        `Taper ${dateOf(taperStart)} to ${dateOf(taperEnd)}: never stop abruptly`,
        `Withdrawal can cause hallucinations, seizures, hyperthermia, rhabdomyolysis, multi-organ failure and death (US labels). ${
          taperParams.mode === 'percent'
            ? `This taper removes ${taperParams.percent} % of the dose (at least ${unitMg} mg)`
            : `This taper removes ${mgText(scheduleSpec.taperSpec.stepUnits * unitMg)} (${mgText(scheduleSpec.taperSpec.highDoseStepUnits * unitMg)} above 80 mg/day)`
        } every ${taperIntervalDays} days; ${
          taperEnd > 1
            ? `the last dose is on ${dateOf(taperEnd - 1)} and ${dateOf(taperEnd)} is the first day without baclofen.`
            : `the current dose is below one ${unitMg} mg unit, so ${dateOf(taperEnd)} is already a day without baclofen.`
        }`,
        { sources: ['bacloplan-default', 'fda-label', 'baclocur-smpc-2018', 'ansm-2017'] },
      ),
    );
    if (
      lastLevelUnits * unitMg > TAPER_LAST_LEVEL_MG_PER_DAY + EPSILON &&
      schedule.levels.some((l) => l > 0)
    ) {
      findings.push(
        info(
          'plan.taper-last-level',
          `Last taper dose is ${mgText(lastLevelUnits * unitMg)}`,
          `${product.label} cannot give less than ${unitMg} mg, so the last step is larger than the 5 mg/day of spec §5. A 10 mg scored tablet or the oral solution allows a gentler last step.`,
        ),
      );
    }
  } else if (lastDay) {
    reviewDate = lastDay.date;
    findings.push(
      info(
        'plan.review',
        `Continue, review on ${reviewDate}`,
        `This plan does not stop baclofen: it continues at ${mgText(lastDay.totalMg)} until the review on ${reviewDate}. At review, continue (re-plan from that day), adjust or taper — never stop abruptly.`,
      ),
    );
  }

  // Monitoring (spec §8; bacloplan defaults).
  if (renal.band && renal.band !== 'normal') {
    // Long titrations escalate dozens of times: list the first dates and summarise the rest.
    const shownDates = 10;
    const escalationDates = schedule.newMaximumDays.slice(0, shownDates).map(dateOf);
    const moreDays = schedule.newMaximumDays.slice(shownDates);
    const lastMoreDay = moreDays[moreDays.length - 1];
    if (lastMoreDay !== undefined)
      escalationDates.push(`and ${moreDays.length} more until ${dateOf(lastMoreDay)}`);
    findings.push(
      info(
        'monitor.creatinine',
        'Creatinine at baseline and before each escalation past the previous maximum',
        `Renal band ${renal.band}: check creatinine at baseline, at least monthly, and before each escalation past the previous maximum${
          escalationDates.length > 0 ? ` — planned on ${escalationDates.join(', ')}.` : ' (none is planned).'
        } Re-plan with the new renal assessment if the band changes.`,
      ),
    );
  }
  findings.push(
    info(
      'monitor.sedation-mood',
      'At each visit: sedation, mood and suicidality',
      'Ask about drowsiness, mood and suicidal thoughts at every visit; step back (intolerance rule) if sedation appears.',
    ),
    info(
      'monitor.drinking-craving',
      'At each visit: drinking (g/day) and craving',
      'Titration stops at the goal: craving indifference or low-risk drinking (≤ 40 g/day for men, ≤ 20 g/day for women), the cap, or intolerance.',
    ),
  );
  if (maxMgPerDay > TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY + EPSILON) {
    const day = firstDayAbove(TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY);
    findings.push(
      info(
        'monitor.sleep-apnoea',
        'Screen for sleep apnoea above 80 mg/day',
        `Central sleep apnoea has been reported with baclofen at 40–190 mg/day. This plan goes above 80 mg/day from ${dateOf(day)}: screen before then and while above it.`,
        { sources: ['bacloplan-default', 'olivier-2016', 'revol-2018'] },
      ),
    );
  }

  const effective: PlanEffectiveParams = {
    mode,
    product: params.product,
    unitMg,
    doseFactor: renal.doseFactor,
    intervalFactor: renal.intervalFactor,
    startMgPerDay: startUnits * unitMg,
    startDays,
    stepMgPerDay: stepUnits * unitMg,
    stepIntervalDays,
    dosesPerDay: params.dosesPerDay,
    labels: [...params.splitLabels],
    holdDays: params.holdDays,
    taper: params.taper,
    taperMode: taperParams.mode,
    taperStepMgPerDay: scheduleSpec.taperSpec.stepUnits * unitMg,
    taperHighDoseStepMgPerDay: scheduleSpec.taperSpec.highDoseStepUnits * unitMg,
    taperPercent: taperParams.percent,
    taperIntervalDays,
    currentMgPerDay: currentUnits === null ? null : currentUnits * unitMg,
  };
  const summary: PlanSummary = {
    daysToTarget: schedule.targetReachedDay,
    maintenanceStart: schedule.maintenanceStartDay === null ? null : dateOf(schedule.maintenanceStartDay),
    maintenanceEnd: schedule.maintenanceEndDay === null ? null : dateOf(schedule.maintenanceEndDay),
    taperStart: taperStart === null ? null : dateOf(taperStart),
    taperEnd: taperEnd === null ? null : dateOf(taperEnd),
    reviewDate,
    maxMgPerDay,
    dispense: dispenseForDays(product, days),
    changedParams,
    effective,
  };

  return {
    days,
    capMgPerDay,
    targetMgPerDay: mode === 'taper-only' ? 0 : targetMg,
    findings: dedupeFindings(findings),
    blocked: false,
    unitMg,
    summary,
    explain,
    rulesetVersion: RULESET_VERSION,
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
