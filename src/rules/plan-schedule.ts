/**
 * The day-by-day dose sequence, in product units (integers), before dates and splits are attached.
 * Working in whole units keeps every dose dispensable and the arithmetic exact.
 *
 * Shape: [step-down from a current dose above the goal] → titration (with intolerance step-backs and
 * holds) → maintenance → taper ending on a 0 mg stop day, or → an explicit review day.
 */
import { unitStep } from './plan-units';
import type { PlanDay } from './types';

/** Phase of a plan day. */
export type Phase = PlanDay['phase'];

/** Taper settings: mg steps (rounded to units per level, rate-preserving) and days (renal-adjusted). */
export interface TaperSpec {
  mode: 'step' | 'percent';
  unitMg: number;
  /** mg/day removed per step (mode `step`). */
  stepMg: number;
  /** mg/day removed per step above the high-dose line (mode `step`). */
  highDoseStepMg: number;
  percent: number;
  intervalDays: number;
  /** Levels strictly above this (in units, may be fractional) use the high-dose step. */
  highDoseAboveUnits: number;
  /** High-dose steps do not go below this level (80 mg/day in units, rounded down). */
  highDoseFloorUnits: number;
  /** The last non-zero level of a taper to 0 (5 mg/day, at least one unit). */
  lastLevelUnits: number;
}

/** Everything the day sequence depends on, in product units and whole days. */
export interface ScheduleSpec {
  mode: 'new' | 'replan' | 'taper-only';
  startUnits: number;
  /** The current dose in units (replan / taper-only). */
  currentUnits: number | null;
  stepUnits: number;
  startDays: number;
  /** The plan's cap: a current dose above it comes down to it at `comeDownSpec`'s pace first. */
  capUnits: number;
  comeDownSpec: TaperSpec;
  stepIntervalDays: number;
  targetUnits: number;
  maintenanceDays: number;
  taper: boolean;
  taperSpec: TaperSpec;
  holdDays: number;
  intoleranceDays: ReadonlySet<number>;
  maxDays: number;
}

/** One applied intolerance step-back. */
export interface IntoleranceEvent {
  day: number;
  fromUnits: number;
  toUnits: number;
  during: 'titration' | 'maintenance';
  /** Not tolerated a second time: the dose stepped back to is kept as the individual maximum. */
  final: boolean;
}

/** The unit sequence plus the landmarks the summary and findings need. */
export interface Schedule {
  levels: number[];
  phases: Phase[];
  /** Plan day on which the target is first given. */
  targetReachedDay: number | null;
  maintenanceStartDay: number | null;
  maintenanceEndDay: number | null;
  /** The closing taper (ending at 0), if any. */
  taperStartDay: number | null;
  taperEndDay: number | null;
  /** Days on which the dose first rises past the previous maximum (creatinine rechecks before them). */
  newMaximumDays: number[];
  intoleranceEvents: IntoleranceEvent[];
  ignoredIntoleranceDays: number[];
}

/** Thrown when a plan would exceed MAX_PLAN_DAYS; the planner turns it into a RulesInputError. */
export class PlanTooLongError extends Error {
  readonly section: 'titration' | 'maintenance' | 'taper';
  constructor(section: 'titration' | 'maintenance' | 'taper') {
    super(`plan too long in ${section}`);
    this.section = section;
  }
}

/**
 * The next level of a taper from `level` (units) and the days `level` is held before that cut. A cut
 * smaller than one unit becomes one unit held longer in proportion (spec §5: never faster than the
 * sourced rate). Never returns a level ≥ `level`.
 */
export function taperStep(level: number, spec: TaperSpec): { next: number; intervalDays: number } {
  const highDose = level > spec.highDoseAboveUnits + 1e-9;
  const stepCutMg = highDose ? spec.highDoseStepMg : spec.stepMg;
  // A percent cut is never larger than the step taper's cut at that level (spec §5: never faster).
  const cutMg =
    spec.mode === 'percent' ? Math.min((level * spec.unitMg * spec.percent) / 100, stepCutMg) : stepCutMg;
  const step = unitStep(cutMg, spec.intervalDays, spec.unitMg);
  let next = level - step.units;
  // Larger steps only while above 80 mg/day; land on 80 rather than jump past it.
  if (highDose && spec.mode === 'step') next = Math.max(next, spec.highDoseFloorUnits);
  if (next <= 0) next = level > spec.lastLevelUnits ? spec.lastLevelUnits : 0;
  return { next, intervalDays: step.intervalDays };
}

/** The next level of a taper from `level` (units). Never returns a level ≥ `level`. */
export function nextTaperLevel(level: number, spec: TaperSpec): number {
  return taperStep(level, spec).next;
}

/** Build the unit sequence. Throws PlanTooLongError when the plan would exceed `maxDays`. */
export function buildSchedule(spec: ScheduleSpec): Schedule {
  const levels: number[] = [];
  const phases: Phase[] = [];
  const schedule: Schedule = {
    levels,
    phases,
    targetReachedDay: null,
    maintenanceStartDay: null,
    maintenanceEndDay: null,
    taperStartDay: null,
    taperEndDay: null,
    newMaximumDays: [],
    intoleranceEvents: [],
    ignoredIntoleranceDays: [],
  };
  let section: PlanTooLongError['section'] = 'titration';
  const emit = (level: number, phase: Phase, count: number) => {
    for (let i = 0; i < count; i++) {
      if (levels.length >= spec.maxDays) throw new PlanTooLongError(section);
      levels.push(level);
      phases.push(phase);
    }
  };
  const taperSpec = spec.taperSpec;

  /**
   * Taper days from `from` down to `to` (exclusive): each level is held for the interval its next cut
   * needs (`pace`: the closing taper, or the come-down to a cap).
   */
  const stepDown = (from: number, to: number, includeFrom: boolean, pace: TaperSpec = taperSpec) => {
    section = 'taper';
    let level = from;
    let step = taperStep(level, pace);
    if (includeFrom) emit(from, 'taper', step.intervalDays);
    while (level > to) {
      const next = Math.max(step.next, to);
      if (next === to) return;
      level = next;
      step = taperStep(level, pace);
      emit(level, 'taper', step.intervalDays);
    }
  };
  /** From a current dose above the cap: down to the cap at the come-down pace, then on at `pace`. */
  const comeDownTo = (from: number, to: number, pace: TaperSpec = taperSpec) => {
    // The come-down ends at the cap, or at one unit when the cap is below one unit (the last levels
    // then follow the usual, renal-adjusted pace).
    const floor = Math.max(spec.capUnits, Math.min(1, from));
    if (from > floor) {
      stepDown(from, floor, true, spec.comeDownSpec);
      if (floor > to) stepDown(floor, to, true, pace);
      return;
    }
    stepDown(from, to, true, pace);
  };

  const closeWithTaperOrReview = (level: number) => {
    if (!spec.taper) return;
    schedule.taperStartDay = levels.length + 1;
    if (level > 0) {
      // The first cut waits until the last level has been held a full taper interval (a short or zero
      // maintenance must not make the taper's first step faster than spec §5).
      let held = 0;
      for (let i = levels.length - 1; i >= 0 && levels[i] === level; i--) held++;
      const wait = taperStep(level, taperSpec).intervalDays - held;
      if (wait > 0) emit(level, 'taper', wait);
      stepDown(level, 0, false);
    }
    section = 'taper';
    emit(0, 'taper', 1); // the stop day: the plan always ends on a day at 0 mg
    schedule.taperEndDay = levels.length;
  };

  if (spec.mode === 'taper-only') {
    const current = spec.currentUnits ?? 0;
    schedule.taperStartDay = 1;
    // Day 1 is at the current dose: the patient is taking it, and the first cut follows one interval later.
    if (current > 0) comeDownTo(current, 0);
    emit(0, 'taper', 1);
    schedule.taperEndDay = levels.length;
    return finish(schedule, spec);
  }

  let target = spec.targetUnits;
  // Doses not tolerated once: escalation retries each once (spec §3 intolerance rule).
  const failedOnce = new Set<number>();
  let level: number;
  let counter: number;
  const stack: number[] = [];
  if (spec.mode === 'replan' && spec.currentUnits !== null && spec.currentUnits > 0) {
    if (spec.currentUnits > target) {
      // Above the goal (or the cap): come down with taper steps, never in one jump.
      comeDownTo(spec.currentUnits, target);
      level = target;
    } else {
      level = spec.currentUnits;
    }
    // How long the patient has been on the current dose is unknown: a full interval before the next step.
    counter = spec.stepIntervalDays;
  } else {
    level = Math.min(spec.startUnits, target);
    counter = spec.startDays;
  }

  let maximum = Math.max(level, spec.currentUnits ?? 0);
  let inMaintenance = false;
  let maintenanceEndDay = 0;
  let holding = false;
  let retryCeiling = Number.POSITIVE_INFINITY;
  const maintenancePhase: Phase = spec.maintenanceDays > 0 ? 'maintenance' : 'titration';
  const reachTarget = (day: number) => {
    if (inMaintenance) return;
    inMaintenance = true;
    schedule.targetReachedDay ??= day;
    // The target is given at least one day, even with 0 maintenance days.
    maintenanceEndDay = day + Math.max(spec.maintenanceDays, 1) - 1;
    if (spec.maintenanceDays > 0) {
      schedule.maintenanceStartDay = day;
      schedule.maintenanceEndDay = maintenanceEndDay;
    }
  };
  if (level === target) reachTarget(levels.length + 1);

  for (;;) {
    const day = levels.length + 1;
    if (inMaintenance && day > maintenanceEndDay) break;
    section = inMaintenance ? 'maintenance' : 'titration';
    if (spec.intoleranceDays.has(day)) {
      // Step back to the last tolerated dose (the previous level); at the first level, one step down.
      const back = stack.pop() ?? Math.max(1, level - spec.stepUnits);
      const toUnits = Math.min(back, level);
      const final = !inMaintenance && failedOnce.has(level);
      const event: IntoleranceEvent = {
        day,
        fromUnits: level,
        toUnits,
        during: inMaintenance ? 'maintenance' : 'titration',
        final,
      };
      schedule.intoleranceEvents.push(event);
      failedOnce.add(level);
      level = toUnits;
      // The retry goes back to the dose that was not tolerated, never past it.
      retryCeiling = Math.min(retryCeiling, event.fromUnits);
      holding = true;
      counter = spec.holdDays;
      if (final) {
        // Not tolerated twice: the last tolerated dose is the individual maximum and the maintenance dose.
        target = level;
        reachTarget(day);
      }
    }
    emit(level, holding ? 'hold' : inMaintenance ? maintenancePhase : 'titration', 1);
    if (inMaintenance) {
      // In maintenance a hold simply ends; the lower dose becomes the maintenance dose (no retry).
      if (holding && --counter === 0) holding = false;
      continue;
    }
    if (--counter > 0) continue;
    // End of an interval or of a hold: (re)try the next step up.
    holding = false;
    stack.push(level);
    level = Math.min(level + spec.stepUnits, target, retryCeiling);
    retryCeiling = Number.POSITIVE_INFINITY;
    counter = spec.stepIntervalDays;
    if (level > maximum) {
      maximum = level;
      schedule.newMaximumDays.push(day + 1);
    }
    if (level === target) reachTarget(day + 1);
  }

  closeWithTaperOrReview(level);
  return finish(schedule, spec);
}

function finish(schedule: Schedule, spec: ScheduleSpec): Schedule {
  const handled = new Set(schedule.intoleranceEvents.map((event) => event.day));
  for (const day of spec.intoleranceDays) if (!handled.has(day)) schedule.ignoredIntoleranceDays.push(day);
  schedule.ignoredIntoleranceDays.sort((a, b) => a - b);
  return schedule;
}
