/**
 * Findings read off a built schedule (spec §3–§5, §8): dose thresholds, intolerance, the taper or the
 * review date, practical tablets, trial pace, and the dated monitoring list.
 */
import { mgText, planFinding } from './plan-findings';
import { formatIsoDay } from './plan-dates';
import { TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY, TAPER_LAST_STEP_MAX_MG_PER_DAY } from './plan-dosing';
import type { Schedule, TaperSpec } from './plan-schedule';
import { DOSE_THRESHOLDS } from './plan-thresholds';
import { floorUnits } from './plan-units';
import { getProduct, type Product } from './products';
import type { Finding, PlanDay, ProductId, RenalBand } from './types';

const EPSILON = 1e-9;

/** Trials whose protocol moved faster than the sourced steps (spec §3): shown, not followed. */
export const TRIAL_PACE: Readonly<
  Record<string, { trial: string; titrationWeeks: number; taperWeeks: number; sources: string[] }>
> = {
  'alpadir-180': { trial: 'ALPADIR', titrationWeeks: 7, taperWeeks: 2, sources: ['reynaud-2017'] },
  'baclad-270': { trial: 'BACLAD', titrationWeeks: 4, taperWeeks: 4, sources: ['muller-2015'] },
};

/** More tablets than this in one administration gets a proposal of a larger strength (spec §3). */
export const MAX_TABLETS_PER_ADMINISTRATION = 4;
const LARGER_STRENGTHS: readonly ProductId[] = ['tablet-20', 'tablet-25', 'baclocur'];

export interface CourseContext {
  schedule: Schedule;
  days: readonly PlanDay[];
  unitMg: number;
  product: Product;
  taperOnly: boolean;
  startDay: number;
}

function dateOfDay(context: CourseContext, day: number): string {
  return formatIsoDay(context.startDay + day - 1);
}

function maxLevel(levels: readonly number[]): number {
  let max = 0;
  for (const level of levels) if (level > max) max = level;
  return max;
}

function firstDayAbove(context: CourseContext, mg: number): number {
  return context.schedule.levels.findIndex((level) => level * context.unitMg > mg + EPSILON) + 1;
}

/**
 * Spec §4. A dose the patient already takes above a threshold — a taper-only plan, or the come-down
 * at the start of a re-plan — reads "currently above X mg/day" and is moderate (spec §5); only a dose
 * the plan itself reaches gets the threshold's own finding.
 */
export function thresholdFindings(context: CourseContext): Finding[] {
  const { levels, phases } = context.schedule;
  const maxMg = maxLevel(levels) * context.unitMg;
  const firstPlanned = context.taperOnly
    ? levels.length
    : Math.max(
        0,
        phases.findIndex((phase) => phase !== 'taper'),
      );
  const plannedMaxMg = maxLevel(levels.slice(firstPlanned)) * context.unitMg;
  const findings: Finding[] = [];
  for (const threshold of DOSE_THRESHOLDS) {
    if (maxMg <= threshold.mgPerDay + EPSILON) continue;
    if (plannedMaxMg <= threshold.mgPerDay + EPSILON) {
      findings.push({
        ruleId: threshold.ruleId,
        severity: 'moderate',
        title: `Currently above ${threshold.mgPerDay} mg/day (coming down)`,
        detail: `${threshold.detail} The patient currently takes ${mgText(maxMg)}; this plan brings the dose below ${threshold.mgPerDay} mg/day and does not go above it again.`,
        evidence: threshold.evidence,
        sources: threshold.sources,
      });
      continue;
    }
    const day =
      firstPlanned +
      levels.slice(firstPlanned).findIndex((level) => level * context.unitMg > threshold.mgPerDay + EPSILON) +
      1;
    findings.push({
      ruleId: threshold.ruleId,
      severity: threshold.severity,
      title: threshold.title,
      detail: `${threshold.detail} This plan is above ${threshold.mgPerDay} mg/day from ${dateOfDay(context, day)} (day ${day}), up to ${mgText(plannedMaxMg)}.`,
      ...(threshold.action ? { action: threshold.action } : {}),
      evidence: threshold.evidence,
      sources: threshold.sources,
    });
  }
  return findings;
}

export function intoleranceFindings(context: CourseContext, holdDays: number): Finding[] {
  const { schedule, unitMg } = context;
  const findings: Finding[] = [];
  if (schedule.intoleranceEvents.length > 0) {
    const lines = schedule.intoleranceEvents.map(
      (event) =>
        `day ${event.day} (${dateOfDay(context, event.day)}): ${mgText(event.fromUnits * unitMg)} → ${mgText(event.toUnits * unitMg)}, held ${holdDays} days${event.during === 'maintenance' ? ', then kept as the maintenance dose' : event.final ? ', then kept as the individual maximum (not tolerated twice)' : ', then escalation retried once'}`,
    );
    findings.push(planFinding('plan.intolerance', { lines: lines.join('; ') }));
  }
  if (schedule.ignoredIntoleranceDays.length > 0) {
    findings.push(
      planFinding('plan.intolerance-ignored', { days: schedule.ignoredIntoleranceDays.join(', ') }),
    );
  }
  return findings;
}

/** The closing taper's finding, or the explicit review date when the plan does not stop (spec §8). */
export function endingFindings(
  context: CourseContext,
  taper: TaperSpec,
): { findings: Finding[]; reviewDate: string | null } {
  const { schedule, days, unitMg, product } = context;
  const start = schedule.taperStartDay;
  const end = schedule.taperEndDay;
  const lastDay = days[days.length - 1];
  if (start === null || end === null) {
    if (!lastDay) return { findings: [], reviewDate: null };
    return {
      findings: [planFinding('plan.review', { date: lastDay.date, dose: mgText(lastDay.totalMg) })],
      reviewDate: lastDay.date,
    };
  }
  const pace =
    taper.mode === 'percent'
      ? `This taper removes ${taper.percent} % of the dose every ${taper.intervalDays} days (one ${unitMg} mg unit at least, held longer when that is more than ${taper.percent} %)`
      : `This taper removes ${mgText(taper.stepMg)} (${mgText(taper.highDoseStepMg)} above ${TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY} mg/day) every ${taper.intervalDays} days${taper.stepMg < unitMg - EPSILON ? `; one ${unitMg} mg unit is more than a step, so each unit is held longer in proportion` : ''}`;
  const ending =
    end > 1
      ? `the last dose is on ${dateOfDay(context, end - 1)} and ${dateOfDay(context, end)} is the first day without baclofen.`
      : `the current dose is below one ${unitMg} mg unit, so ${dateOfDay(context, end)} is already a day without baclofen.`;
  const findings = [
    planFinding('plan.taper', {
      start: dateOfDay(context, start),
      end: dateOfDay(context, end),
      pace,
      ending,
    }),
  ];
  const lastLevelMg = taper.lastLevelUnits * unitMg;
  if (lastLevelMg > TAPER_LAST_STEP_MAX_MG_PER_DAY + EPSILON && schedule.levels.some((level) => level > 0)) {
    findings.push(
      planFinding('plan.taper-last-level', {
        last: mgText(lastLevelMg),
        product: product.label,
        unit: unitMg,
        lastMax: mgText(TAPER_LAST_STEP_MAX_MG_PER_DAY),
      }),
    );
  }
  return { findings, reviewDate: null };
}

/** Tablets one administration of `mg` needs (halves count as half a tablet). */
export function tabletsPerAdministration(product: Product, mg: number): number {
  if (product.form === 'solution') return 0;
  if (product.strengthsMg.length === 1) return mg / (product.strengthsMg[0] ?? product.unitMg);
  let remaining = mg;
  let tablets = 0;
  for (const strength of product.strengthsMg) {
    const count = Math.floor(remaining / strength + EPSILON);
    tablets += count;
    remaining -= count * strength;
  }
  return tablets;
}

function tabletText(count: number): string {
  return Number.isInteger(count) ? String(count) : `${Math.floor(count)}½`;
}

/** More than 4 tablets at once: propose the strength that makes it ≤ 4, with the same rounding. */
export function practicalTabletFindings(context: CourseContext): Finding[] {
  const { days, product } = context;
  let maxAdministrationMg = 0;
  for (const day of days) {
    for (const administration of day.administrations) {
      if (administration.mg > maxAdministrationMg) maxAdministrationMg = administration.mg;
    }
  }
  const tablets = tabletsPerAdministration(product, maxAdministrationMg);
  if (tablets <= MAX_TABLETS_PER_ADMINISTRATION + EPSILON) return [];
  for (const id of LARGER_STRENGTHS) {
    const candidate = getProduct(id);
    if (!candidate || candidate.id === product.id) continue;
    const roundedMg = floorUnits(maxAdministrationMg, candidate.unitMg) * candidate.unitMg;
    const proposed = tabletsPerAdministration(candidate, roundedMg);
    if (proposed > MAX_TABLETS_PER_ADMINISTRATION + EPSILON) continue;
    return [
      planFinding(
        'plan.practical-tablets',
        {
          tablets: tabletText(tablets),
          proposal: candidate.label,
          maxDose: `${maxAdministrationMg} mg`,
          product: product.label,
          proposedTablets: tabletText(proposed),
        },
        { subject: candidate.id },
      ),
    ];
  }
  return [];
}

export function trialPaceFindings(
  regimenId: string,
  context: CourseContext,
  stepMg: number,
  intervalDays: number,
): Finding[] {
  const pace = TRIAL_PACE[regimenId];
  if (!pace || context.taperOnly) return [];
  const reachedDay = context.schedule.targetReachedDay;
  const finding = planFinding('plan.trial-pace', {
    trial: pace.trial,
    titrationWeeks: pace.titrationWeeks,
    taperWeeks: pace.taperWeeks,
    step: mgText(stepMg),
    interval: intervalDays,
    reached:
      reachedDay === null
        ? ''
        : `This plan reaches its target on day ${reachedDay} (${dateOfDay(context, reachedDay)}).`,
  });
  finding.sources = [...pace.sources, 'bacloplan-default'];
  return [finding];
}

const MONTH_DAYS = 30;
const QUARTER_DAYS = 90;

/**
 * The short dated list of spec §8: creatinine at baseline; outside the normal band also around day 14
 * of titration, before the dose first exceeds 80 mg/day, monthly until maintenance, then every
 * 3 months (none on dialysis); a sleep-apnoea screen before the dose first exceeds 80 mg/day.
 */
export function monitoringList(
  context: CourseContext,
  band: RenalBand | null,
): { date: string; what: string; ruleId: string }[] {
  const { schedule, days } = context;
  const entries: { day: number; what: string; ruleId: string }[] = [];
  const lastDay = days.length;
  const dayAbove80 = firstDayAbove(context, TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY);
  if (band !== 'dialysis' && lastDay > 0) {
    entries.push({ day: 1, what: 'Creatinine (baseline)', ruleId: 'monitor.creatinine' });
    if (band !== null && band !== 'normal') {
      const titrationEnd = schedule.maintenanceStartDay ?? schedule.targetReachedDay ?? lastDay;
      if (titrationEnd > 14 && !context.taperOnly) {
        entries.push({ day: 14, what: 'Creatinine (day 14 of titration)', ruleId: 'monitor.creatinine' });
      }
      if (dayAbove80 > 1 && !context.taperOnly) {
        entries.push({
          day: dayAbove80 - 1,
          what: `Creatinine (before the dose first exceeds ${TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY} mg/day)`,
          ruleId: 'monitor.creatinine',
        });
      }
      const maintenanceStart = schedule.maintenanceStartDay ?? schedule.targetReachedDay ?? lastDay;
      for (let day = 1 + MONTH_DAYS; day < maintenanceStart && day <= lastDay; day += MONTH_DAYS) {
        entries.push({ day, what: 'Creatinine (monthly until maintenance)', ruleId: 'monitor.creatinine' });
      }
      for (let day = maintenanceStart + QUARTER_DAYS; day <= lastDay; day += QUARTER_DAYS) {
        entries.push({ day, what: 'Creatinine (every 3 months)', ruleId: 'monitor.creatinine' });
      }
    }
  }
  if (dayAbove80 > 1 && !context.taperOnly) {
    entries.push({
      day: dayAbove80 - 1,
      what: `Sleep-apnoea screen (before the dose first exceeds ${TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY} mg/day)`,
      ruleId: 'monitor.sleep-apnoea',
    });
  }
  const seen = new Set<string>();
  return entries
    .sort((a, b) => a.day - b.day)
    .filter((entry) => {
      const key = `${entry.day}\u0000${entry.what}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((entry) => ({ date: dateOfDay(context, entry.day), what: entry.what, ruleId: entry.ruleId }));
}

/** The monitoring findings (spec §8): the creatinine dates in words, and the at-each-visit checks. */
export function monitoringFindings(
  context: CourseContext,
  band: RenalBand | null,
  monitoring: readonly { date: string; what: string; ruleId: string }[],
): Finding[] {
  const findings: Finding[] = [];
  const creatinine = monitoring.filter((entry) => entry.ruleId === 'monitor.creatinine');
  if (band !== null && band !== 'normal' && band !== 'dialysis' && creatinine.length > 0) {
    findings.push(
      planFinding('monitor.creatinine', {
        count: creatinine.length,
        band,
        dates: creatinine
          .map((entry) => `${entry.date} (${entry.what.replace(/^Creatinine \(|\)$/g, '')})`)
          .join(', '),
      }),
    );
  }
  findings.push(planFinding('monitor.sedation-mood'), planFinding('monitor.drinking-craving'));
  const dayAbove80 = firstDayAbove(context, TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY);
  if (dayAbove80 > 0 && !context.taperOnly) {
    findings.push(
      planFinding('monitor.sleep-apnoea', {
        highDoseAbove: mgText(TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY),
        date: dateOfDay(context, dayAbove80),
      }),
    );
  }
  return findings;
}
