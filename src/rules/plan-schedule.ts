/**
 * The day-by-day dose sequence, in product units (integers), before dates and splits are attached.
 * Working in whole units keeps every dose dispensable and the arithmetic exact.
 *
 * Shape: [step-down from a current dose above the goal] → titration (with intolerance step-backs and
 * holds) → maintenance → taper ending on a 0 mg stop day, or → an explicit review day.
 */
import type { PlanDay } from './types';

/** Phase of a plan day. */
export type Phase = PlanDay['phase'];

/** Taper settings in product units (already renal-adjusted and rounded). */
export interface TaperSpec {
  mode: 'step' | 'percent';
  stepUnits: number;
  highDoseStepUnits: number;
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

/** The next level of a taper from `level` (units). Never returns a level ≥ `level`. */
export function nextTaperLevel(level: number, spec: TaperSpec): number {
  let next: number;
  if (spec.mode === 'percent') {
    // −p % of the current dose, rounded down to the unit (a smaller cut is the safer rounding), ≥ 1 unit.
    next = level - Math.max(1, Math.floor((level * spec.percent) / 100 + 1e-9));
  } else if (level > spec.highDoseAboveUnits) {
    // Larger steps only while above 80 mg/day; land on 80 rather than jump past it.
    next = Math.max(level - spec.highDoseStepUnits, spec.highDoseFloorUnits);
  } else {
    next = level - spec.stepUnits;
  }
  if (next <= 0) next = level > spec.lastLevelUnits ? spec.lastLevelUnits : 0;
  return next;
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

  /** Taper days from `from` down to `to` (exclusive), each level held for the taper interval. */
  const stepDown = (from: number, to: number, includeFrom: boolean) => {
    section = 'taper';
    if (includeFrom) emit(from, 'taper', taperSpec.intervalDays);
    let level = from;
    while (level > to) {
      const next = Math.max(nextTaperLevel(level, taperSpec), to);
      if (next === to) return;
      level = next;
      emit(level, 'taper', taperSpec.intervalDays);
    }
  };

  const closeWithTaperOrReview = (level: number) => {
    if (!spec.taper) return;
    schedule.taperStartDay = levels.length + 1;
    if (level > 0) stepDown(level, 0, false);
    section = 'taper';
    emit(0, 'taper', 1); // the stop day: the plan always ends on a day at 0 mg
    schedule.taperEndDay = levels.length;
  };

  if (spec.mode === 'taper-only') {
    const current = spec.currentUnits ?? 0;
    schedule.taperStartDay = 1;
    // Day 1 is at the current dose: the patient is taking it, and the first cut follows one interval later.
    if (current > 0) stepDown(current, 0, true);
    emit(0, 'taper', 1);
    schedule.taperEndDay = levels.length;
    return finish(schedule, spec);
  }

  const target = spec.targetUnits;
  let level: number;
  let counter: number;
  const stack: number[] = [];
  if (spec.mode === 'replan' && spec.currentUnits !== null && spec.currentUnits > 0) {
    if (spec.currentUnits > target) {
      // Above the goal (or the cap): come down with taper steps, never in one jump.
      stepDown(spec.currentUnits, target, true);
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
      const event: IntoleranceEvent = {
        day,
        fromUnits: level,
        toUnits,
        during: inMaintenance ? 'maintenance' : 'titration',
      };
      schedule.intoleranceEvents.push(event);
      level = toUnits;
      // The retry goes back to the dose that was not tolerated, never past it.
      retryCeiling = Math.min(retryCeiling, event.fromUnits);
      holding = true;
      counter = spec.holdDays;
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
