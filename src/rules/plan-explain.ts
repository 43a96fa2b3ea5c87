/**
 * "Explain this number" steps of a plan: the unit, cap, target, start, step, intervals and current
 * dose, each with its formula, substituted values, rule id and source.
 */
import {
  FLEXIBLE_DEFAULT_TARGET_MAX_MG_PER_DAY,
  TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY,
  TAPER_LAST_LEVEL_MG_PER_DAY,
  type PlanCap,
  type EscalationUnits,
} from './plan-dosing';
import type { ResolvedParams } from './plan-params';
import { factorText, type RenalPlanAdjustment } from './plan-renal';
import type { DispenseLine, Product } from './products';
import type { TaperSpec } from './plan-schedule';
import { FR_2018_MAX_MG_PER_DAY } from './plan-thresholds';
import { HARD_CEILING_MG_PER_DAY, type CatalogueRegimen } from './regimens';
import type { ExplainStep, Profile, RegimenParams } from './types';

export function unitExplain(product: Product): ExplainStep {
  return {
    ruleId: 'plan.unit',
    label: 'Dispensable unit',
    inputs: { Product: product.label },
    substituted: product.scoringAssumption,
    result: product.unitMg,
    unit: 'mg',
    evidence: product.evidence,
    sources: product.sources,
  };
}

function paramBasis(regimen: CatalogueRegimen, key: keyof RegimenParams) {
  return {
    evidence: regimen.paramEvidence[key]?.evidence ?? regimen.evidence,
    sources: regimen.paramEvidence[key]?.sources ?? regimen.sources,
  };
}

export function capExplain(
  regimen: CatalogueRegimen,
  params: ResolvedParams,
  profile: Profile,
  renal: RenalPlanAdjustment,
  cap: PlanCap,
  unitMg: number,
): ExplainStep {
  const capMgPerDay = cap.units * unitMg;
  const dialysis = renal.dialysisCapMgPerDay !== null;
  return {
    ruleId: 'plan.cap',
    label: 'Daily cap',
    formula: dialysis
      ? `On dialysis the cap is ${renal.dialysisCapMgPerDay} mg/day (or the regimen's maximum if lower), rounded down to whole dispensable units.`
      : `The regimen's maximum (never above ${HARD_CEILING_MG_PER_DAY} mg/day${profile === 'fr-2018' ? `, nor above ${FR_2018_MAX_MG_PER_DAY} mg/day under the French 2018 authorisation` : ''}), multiplied by the renal dose factor, rounded down to whole dispensable units.`,
    inputs: {
      "Regimen's maximum (mg/day)": regimen.params.capMgPerDay,
      'Maximum after your edits (mg/day)': params.capMgPerDay,
      'Absolute ceiling (mg/day)': HARD_CEILING_MG_PER_DAY,
      ...(profile === 'fr-2018' ? { 'French 2018 maximum (mg/day)': FR_2018_MAX_MG_PER_DAY } : {}),
      'Renal dose factor': factorText(renal.doseFactor),
      'Dispensable unit (mg)': unitMg,
    },
    substituted: dialysis
      ? `the lower of ${renal.dialysisCapMgPerDay} and ${cap.profileCapMg} mg/day → ${capMgPerDay} mg/day`
      : `${cap.profileCapMg} mg/day × ${factorText(renal.doseFactor)}, rounded down to ${unitMg} mg units = ${capMgPerDay} mg/day`,
    result: capMgPerDay,
    unit: 'mg/day',
    evidence: dialysis ? 'label' : renal.band ? 'pk-study' : 'guideline',
    sources: dialysis
      ? ['pms-baclofen']
      : [
          'ansm-rtu-2014',
          ...(profile === 'fr-2018' ? ['baclocur-smpc-2018'] : []),
          ...(renal.band ? ['vlavonou-2014'] : []),
        ],
  };
}

export function targetExplain(
  regimen: CatalogueRegimen,
  requestedMg: number,
  projected: boolean,
  capMgPerDay: number,
  targetMg: number,
  unitMg: number,
): ExplainStep {
  const basis = paramBasis(regimen, 'targetMgPerDay');
  return {
    ruleId: 'plan.target',
    label: projected ? 'Target daily dose (individual, projected)' : 'Target daily dose',
    formula: projected
      ? `A flexible regimen with no target typed: the plan aims at ${FLEXIBLE_DEFAULT_TARGET_MAX_MG_PER_DAY} mg/day at most (or the cap if lower), rounded down to whole units; a higher dose is planned only when you type it.`
      : 'The target you set (or the regimen’s), but never above the cap, rounded down to whole dispensable units.',
    inputs: {
      [projected ? 'Projected target (mg/day)' : 'Target asked for (mg/day)']: requestedMg,
      'Daily cap (mg/day)': capMgPerDay,
      'Dispensable unit (mg)': unitMg,
    },
    substituted: `the lower of ${requestedMg} and ${capMgPerDay} mg/day → ${targetMg} mg/day`,
    result: targetMg,
    unit: 'mg/day',
    evidence: projected ? 'default' : basis.evidence,
    sources: projected ? ['ansm-2017', 'bacloplan-default'] : basis.sources,
  };
}

export function escalationExplain(
  regimen: CatalogueRegimen,
  params: ResolvedParams,
  renal: RenalPlanAdjustment,
  escalation: EscalationUnits,
  startUnits: number,
  unitMg: number,
  taperIntervalDays: number,
): ExplainStep[] {
  const adjustmentSources =
    renal.band && renal.band !== 'normal' ? ['vlavonou-2014', 'bacloplan-default'] : [];
  const factor = factorText(renal.doseFactor);
  const start = paramBasis(regimen, 'startMgPerDay');
  const step = paramBasis(regimen, 'stepMgPerDay');
  const interval = paramBasis(regimen, 'stepIntervalDays');
  const { step: unitStep } = escalation;
  return [
    {
      ruleId: 'plan.start',
      label: 'Start dose',
      formula:
        'The regimen’s start dose multiplied by the renal dose factor, rounded down to whole dispensable units, and never above the target.',
      inputs: {
        'Regimen start dose (mg/day)': params.startMgPerDay,
        'Renal dose factor': factor,
        'Dispensable unit (mg)': unitMg,
      },
      substituted: `${params.startMgPerDay} mg/day × ${factor}, rounded down to ${unitMg} mg units = ${escalation.startUnitsRaw * unitMg} mg/day`,
      result: startUnits * unitMg,
      unit: 'mg/day',
      evidence: start.evidence,
      sources: [...start.sources, ...adjustmentSources],
    },
    {
      ruleId: 'plan.step',
      label: 'Escalation step',
      formula: unitStep.lengthened
        ? 'The regimen’s step times the renal dose factor is smaller than one dispensable unit, so each step is one unit and the days between steps are lengthened in proportion (the dose never rises faster than the renal rule allows).'
        : 'The regimen’s step multiplied by the renal dose factor, rounded down to whole dispensable units.',
      inputs: {
        'Regimen step (mg/day)': params.stepMgPerDay,
        'Renal dose factor': factor,
        'Dispensable unit (mg)': unitMg,
      },
      substituted: `${params.stepMgPerDay} mg/day × ${factor} = ${round2(escalation.scaledStepMg)} mg/day → steps of ${unitStep.units * unitMg} mg/day`,
      result: unitStep.units * unitMg,
      unit: 'mg/day',
      evidence: step.evidence,
      sources: [...step.sources, ...adjustmentSources],
    },
    {
      ruleId: 'plan.step-interval',
      label: 'Days between steps',
      formula: unitStep.lengthened
        ? 'The regimen’s days between steps, multiplied by the renal interval factor and lengthened in proportion to the one-unit step, rounded up to whole days; the first dose is kept for its start days times the same factor.'
        : 'The regimen’s days between steps multiplied by the renal interval factor, rounded up to whole days; the first dose is kept for its start days times the same factor.',
      inputs: {
        'Regimen days between steps': params.stepIntervalDays,
        'Regimen days on the start dose': params.startDays,
        'Renal interval factor': renal.intervalFactor,
      },
      substituted: unitStep.lengthened
        ? `${escalation.scaledIntervalDays} days × ${unitMg} mg ÷ ${round2(escalation.scaledStepMg)} mg, rounded up = ${unitStep.intervalDays} days; start ${params.startDays} × ${renal.intervalFactor} = ${escalation.startDays} days`
        : `${params.stepIntervalDays} days × ${renal.intervalFactor} = ${unitStep.intervalDays} days; start ${params.startDays} × ${renal.intervalFactor} = ${escalation.startDays} days`,
      result: unitStep.intervalDays,
      unit: 'days',
      evidence: interval.evidence,
      sources: [
        ...interval.sources,
        ...(renal.intervalFactor > 1 || unitStep.lengthened ? ['bacloplan-default'] : []),
      ],
    },
    {
      ruleId: 'plan.taper-interval',
      label: 'Days between taper steps',
      formula:
        'The taper’s days between reductions multiplied by the renal interval factor, rounded up to whole days; a reduction smaller than one dispensable unit is held longer in proportion.',
      inputs: {
        'Taper days between reductions': params.taperParams.intervalDays,
        'Renal interval factor': renal.intervalFactor,
      },
      substituted: `${params.taperParams.intervalDays} days × ${renal.intervalFactor} = ${taperIntervalDays} days`,
      result: taperIntervalDays,
      unit: 'days',
      evidence: 'default',
      sources: ['bacloplan-default', 'baclocur-smpc-2018', 'ansm-2017'],
    },
  ];
}

export function currentDoseExplain(currentMg: number, currentUnits: number, unitMg: number): ExplainStep {
  return {
    ruleId: 'plan.current-dose',
    label: 'Current dose',
    formula: 'The dose the patient takes today, rounded down to whole dispensable units.',
    inputs: { 'Dose taken today (mg/day)': currentMg, 'Dispensable unit (mg)': unitMg },
    result: currentUnits * unitMg,
    unit: 'mg/day',
    evidence: 'default',
    sources: ['bacloplan-default'],
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function taperStepExplain(spec: TaperSpec, taper: boolean): ExplainStep {
  const percent = spec.mode === 'percent';
  return {
    ruleId: 'plan.taper-step',
    label: 'Each taper step',
    formula: percent
      ? `Each reduction removes ${spec.percent} % of the current dose, never more than the step taper would (${spec.highDoseStepMg} mg/day above ${TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY} mg/day, ${spec.stepMg} mg/day below), rounded to whole dispensable units; the last dose before stopping is ${TAPER_LAST_LEVEL_MG_PER_DAY} mg/day or one unit.`
      : `Each reduction removes ${spec.highDoseStepMg} mg/day while the dose is above ${TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY} mg/day (landing on ${TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY}), then ${spec.stepMg} mg/day; a reduction smaller than one dispensable unit is one unit held longer; the last dose before stopping is ${TAPER_LAST_LEVEL_MG_PER_DAY} mg/day or one unit.`,
    inputs: {
      ...(percent
        ? { 'Reduction (% of the dose)': spec.percent }
        : {
            [`Reduction above ${TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY} mg/day (mg/day)`]: spec.highDoseStepMg,
            'Reduction below that (mg/day)': spec.stepMg,
          }),
      'Days between reductions': spec.intervalDays,
      'Dispensable unit (mg)': spec.unitMg,
    },
    result: taper ? 'see the taper rows of the schedule' : 'no taper in this plan (it ends with a review)',
    evidence: 'default',
    sources: ['bacloplan-default', 'baclocur-smpc-2018', 'ansm-2017'],
  };
}

/**
 * Days to target, as counted on the schedule. The arithmetic is shown only when it is the whole story
 * (no intolerance hold, no lengthened step): otherwise the schedule's count is the answer.
 */
export function daysToTargetExplain(
  day: number | null,
  startUnits: number,
  targetUnits: number,
  escalation: EscalationUnits,
  unitMg: number,
): ExplainStep {
  const steps = Math.max(0, Math.ceil((targetUnits - startUnits) / Math.max(1, escalation.step.units)));
  const arithmetic = steps === 0 ? 1 : escalation.startDays + (steps - 1) * escalation.step.intervalDays + 1;
  return {
    ruleId: 'plan.days-to-target',
    label: 'Days to target',
    formula:
      'The plan day on which the planned dose first reaches the target: the days on the start dose, then one step every interval.',
    inputs: {
      'Start dose (mg/day)': startUnits * unitMg,
      'Target (mg/day)': targetUnits * unitMg,
      'Step (mg/day)': escalation.step.units * unitMg,
      'Days between steps': escalation.step.intervalDays,
      'Days on the start dose': escalation.startDays,
    },
    ...(day !== null && day === arithmetic
      ? {
          substituted:
            steps === 0
              ? 'the start dose is the target: day 1'
              : `${escalation.startDays} days on the start dose, then ${steps} steps of ${escalation.step.intervalDays} days: day ${arithmetic}`,
        }
      : {
          substituted:
            day === null
              ? 'the target is not reached in this plan'
              : 'counted day by day on the schedule (an intolerance hold or a lengthened step changes the count)',
        }),
    result: day === null ? 'not reached' : `day ${day}`,
    evidence: 'default',
    sources: ['bacloplan-default'],
  };
}

export function dispenseExplain(
  product: Product,
  lines: readonly DispenseLine[],
  administrations: number,
  totalMg: number,
): ExplainStep {
  const solution = product.form === 'solution';
  return {
    ruleId: 'plan.dispense',
    label: 'To dispense for the whole plan',
    formula: solution
      ? 'Every dose of the plan added up, in mL of the oral solution, rounded up to a whole mL.'
      : product.halvesTablets
        ? 'Every dose of the plan counted in tablets of this product, half tablets as halves, the total rounded up to whole tablets.'
        : 'Every dose of the plan counted in tablets of the product’s strengths (largest first), the totals rounded up to whole tablets.',
    inputs: {
      Product: product.label,
      'Doses in the plan': administrations,
      'Total baclofen (mg)': totalMg,
    },
    result:
      lines
        .map((line) =>
          line.unit === 'mL'
            ? `${line.count} mL of ${line.strengthMg} mg/mL`
            : `${line.count} × ${line.strengthMg} mg tablets`,
        )
        .join(' + ') || 'nothing (no dose in the plan)',
    evidence: product.evidence,
    sources: product.sources,
  };
}
