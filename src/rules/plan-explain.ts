/**
 * "Explain this number" steps of a plan: the unit, cap, target, start, step, intervals and current
 * dose, each with its formula, substituted values, rule id and source.
 */
import { FLEXIBLE_DEFAULT_TARGET_MAX_MG_PER_DAY, type PlanCap, type EscalationUnits } from './plan-dosing';
import type { ResolvedParams } from './plan-params';
import { factorText, type RenalPlanAdjustment } from './plan-renal';
import type { Product } from './products';
import { FR_2018_MAX_MG_PER_DAY } from './plan-thresholds';
import { HARD_CEILING_MG_PER_DAY, type CatalogueRegimen } from './regimens';
import type { ExplainStep, Profile, RegimenParams } from './types';

export function unitExplain(product: Product): ExplainStep {
  return {
    ruleId: 'plan.unit',
    label: 'Dispensable unit',
    inputs: { product: product.label },
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
      ? `min(${renal.dialysisCapMgPerDay} mg/day on dialysis, cap) rounded down to the unit`
      : `floor(min(regimen cap, ${HARD_CEILING_MG_PER_DAY})[, ${FR_2018_MAX_MG_PER_DAY} in fr-2018] × dose factor ÷ unit) × unit`,
    inputs: {
      regimenCapMgPerDay: regimen.params.capMgPerDay,
      capAfterEditsMgPerDay: params.capMgPerDay,
      hardCeilingMgPerDay: HARD_CEILING_MG_PER_DAY,
      ...(profile === 'fr-2018' ? { profileCapMgPerDay: FR_2018_MAX_MG_PER_DAY } : {}),
      doseFactor: factorText(renal.doseFactor),
      unitMg,
    },
    substituted: dialysis
      ? `min(${renal.dialysisCapMgPerDay}, ${cap.profileCapMg}) → ${capMgPerDay}`
      : `floor(${cap.profileCapMg} × ${factorText(renal.doseFactor)} ÷ ${unitMg}) × ${unitMg} = ${capMgPerDay}`,
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
      ? `min(regimen cap, ${FLEXIBLE_DEFAULT_TARGET_MAX_MG_PER_DAY} mg/day, cap) rounded down to the unit — flexible regimen, no target set`
      : 'min(target, cap) rounded down to the unit',
    inputs: { targetMgPerDay: requestedMg, capMgPerDay, unitMg },
    substituted: `min(${requestedMg}, ${capMgPerDay}) → ${targetMg}`,
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
      formula: 'floor(start × dose factor ÷ unit) × unit, not above the target',
      inputs: { startMgPerDay: params.startMgPerDay, doseFactor: factor, unitMg },
      substituted: `floor(${params.startMgPerDay} × ${factor} ÷ ${unitMg}) × ${unitMg} = ${escalation.startUnitsRaw * unitMg}`,
      result: startUnits * unitMg,
      unit: 'mg/day',
      evidence: start.evidence,
      sources: [...start.sources, ...adjustmentSources],
    },
    {
      ruleId: 'plan.step',
      label: 'Escalation step',
      formula: unitStep.lengthened
        ? 'step × dose factor is less than one unit → one unit, interval lengthened in proportion'
        : 'floor(step × dose factor ÷ unit) × unit',
      inputs: { stepMgPerDay: params.stepMgPerDay, doseFactor: factor, unitMg },
      substituted: `${params.stepMgPerDay} × ${factor} = ${round2(escalation.scaledStepMg)} → ${unitStep.units * unitMg}`,
      result: unitStep.units * unitMg,
      unit: 'mg/day',
      evidence: step.evidence,
      sources: [...step.sources, ...adjustmentSources],
    },
    {
      ruleId: 'plan.step-interval',
      label: 'Days between steps',
      formula: unitStep.lengthened
        ? 'ceil(interval × interval factor × unit ÷ scaled step); the start period: start days × interval factor'
        : 'ceil(interval × interval factor); the start period likewise',
      inputs: {
        stepIntervalDays: params.stepIntervalDays,
        startDays: params.startDays,
        intervalFactor: renal.intervalFactor,
      },
      substituted: unitStep.lengthened
        ? `ceil(${escalation.scaledIntervalDays} × ${unitMg} ÷ ${round2(escalation.scaledStepMg)}) = ${unitStep.intervalDays}; start ${params.startDays} × ${renal.intervalFactor} = ${escalation.startDays}`
        : `${params.stepIntervalDays} × ${renal.intervalFactor} = ${unitStep.intervalDays}; start ${params.startDays} × ${renal.intervalFactor} = ${escalation.startDays}`,
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
        'ceil(taper interval × interval factor); a cut smaller than one unit is held longer in proportion',
      inputs: { taperIntervalDays: params.taperParams.intervalDays, intervalFactor: renal.intervalFactor },
      substituted: `${params.taperParams.intervalDays} × ${renal.intervalFactor} = ${taperIntervalDays}`,
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
    formula: 'floor(current dose ÷ unit) × unit',
    inputs: { currentDoseMgPerDay: currentMg, unitMg },
    result: currentUnits * unitMg,
    unit: 'mg/day',
    evidence: 'default',
    sources: ['bacloplan-default'],
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
