/**
 * planFor: the one pipeline every caller runs — planner, chart review, teaching cases, PDF, save to
 * chart, visits — so every screen and document shows the same findings in the same order:
 * assessRenal → checkInteractions (with the renal result) → buildPlan → mergeFindings →
 * acknowledgements over all of them → what the plan offers (the cautious-titration preset).
 */
import { checkInteractions } from './interactions';
import { mergeFindings } from './findings-merge';
import { applyAcknowledgements } from './plan-acknowledge';
import { buildPlan } from './plan-build';
import { planFinding, mgText } from './plan-findings';
import { readDecisions } from './plan-input';
import { PARAM_LIMITS, resolveParams } from './plan-params';
import { requestedTarget } from './plan-dosing';
import { getRegimen } from './regimens';
import { assessRenal } from './renal';
import { isRecord } from './input-guards';
import { RulesInputError } from './errors';
import type {
  ConditionInput,
  Finding,
  InteractionResult,
  MedicationInput,
  Plan,
  PlanInput,
  RegimenParams,
  RenalAssessment,
  RenalInput,
} from './types';

/**
 * Cautious titration (spec §4, `default`; FDA 2016/2019 ask for "lower doses, slower titration"
 * without numbers): offered, never applied by itself, when one of these classes is present.
 */
export const CAUTIOUS_TITRATION = {
  ruleId: 'plan.cautious-titration',
  stepFactor: 1 / 2,
  intervalFactor: 2,
  maxTargetMgPerDay: 80,
  triggerRuleIds: [
    'interaction.opioids',
    'interaction.benzodiazepines',
    'interaction.gabapentinoids',
    'interaction.z-drugs-barbiturates',
    'interaction.sodium-oxybate',
  ],
} as const;

export interface PlanOffer {
  ruleId: string;
  title: string;
  /** The parameter edits the offer applies (merged over the current edits), recorded on the plan. */
  params: Partial<RegimenParams>;
}

export interface PlanForInput {
  renal?: RenalInput;
  meds?: MedicationInput[];
  conditions?: ConditionInput[];
  plan: Omit<PlanInput, 'renal'>;
}

export interface PlanForResult {
  renal?: RenalAssessment;
  interactions: InteractionResult;
  plan: Plan;
  /** Every finding (renal, interactions, conditions, plan), de-duplicated and sorted once. */
  findings: Finding[];
  offers: PlanOffer[];
}

/**
 * The preset's edits from the regimen's (edited) parameters: half the step (the plan rounds it per
 * spec §3, lengthening the interval when it is below one unit), twice the interval (at most the
 * parameter limit), target ≤ 80 mg/day. Returns null when the parameters already are that cautious.
 */
export function cautiousTitrationParams(
  regimenId: string,
  edits: Partial<RegimenParams> | undefined,
): Partial<RegimenParams> | null {
  const regimen = getRegimen(regimenId);
  if (!regimen) throw new RulesInputError('regimenId', 'Unknown regimen.');
  const { params, targetEdited } = resolveParams(regimen, edits);
  const defaults = regimen.params;
  // Never faster than what is already planned: the smaller step, the longer interval, the lower target.
  const stepMgPerDay = Math.min(params.stepMgPerDay, defaults.stepMgPerDay * CAUTIOUS_TITRATION.stepFactor);
  const stepIntervalDays = Math.min(
    Math.max(params.stepIntervalDays, defaults.stepIntervalDays * CAUTIOUS_TITRATION.intervalFactor),
    PARAM_LIMITS.intervalDays.max,
  );
  const targetMgPerDay = Math.min(
    requestedTarget(params, targetEdited).mg,
    CAUTIOUS_TITRATION.maxTargetMgPerDay,
  );
  const alreadyCautious =
    stepMgPerDay === params.stepMgPerDay &&
    stepIntervalDays === params.stepIntervalDays &&
    targetMgPerDay === requestedTarget(params, targetEdited).mg;
  if (alreadyCautious) return null;
  return { ...edits, stepMgPerDay, stepIntervalDays, targetMgPerDay };
}

function cautiousOffer(
  plan: Omit<PlanInput, 'renal'>,
  findings: readonly Finding[],
): { offer: PlanOffer; finding: Finding } | null {
  const triggers = findings.filter((finding) =>
    (CAUTIOUS_TITRATION.triggerRuleIds as readonly string[]).includes(finding.ruleId),
  );
  if (triggers.length === 0) return null;
  const params = cautiousTitrationParams(plan.regimenId, plan.params);
  if (params === null) return null;
  const subjects = [...new Set(triggers.map((finding) => finding.subject ?? finding.title))].join(', ');
  const finding = planFinding('plan.cautious-titration', {
    subjects,
    maxTarget: mgText(CAUTIOUS_TITRATION.maxTargetMgPerDay),
  });
  return { offer: { ruleId: CAUTIOUS_TITRATION.ruleId, title: finding.title, params }, finding };
}

/** Run the whole pipeline. Throws RulesInputError (with the field) like the functions it runs. */
export function planFor(input: PlanForInput): PlanForResult {
  if (!isRecord(input) || !isRecord(input.plan)) {
    throw new RulesInputError('plan', 'planFor needs { plan } with the plan input.');
  }
  const renal = input.renal === undefined ? undefined : assessRenal(input.renal);
  const interactions = checkInteractions(input.meds ?? [], input.conditions ?? [], {
    ...(renal ? { crclMlMin: renal.crclMlMin, renalBand: renal.band } : {}),
  });
  const plan = buildPlan({ ...input.plan, ...(renal ? { renal } : {}) });
  const { acknowledgements } = readDecisions(input.plan);
  const escalates = !plan.blocked && plan.summary?.effective?.mode !== 'taper-only';
  const offer = escalates ? cautiousOffer(input.plan, interactions.findings) : null;
  const merged = mergeFindings(
    plan.findings.filter((finding) => finding.ruleId !== 'plan.acknowledged'),
    interactions.findings,
    offer ? [offer.finding] : [],
  );
  const acknowledged = applyAcknowledgements(merged, acknowledgements);
  return {
    ...(renal ? { renal } : {}),
    interactions,
    plan: { ...plan, findings: acknowledged.findings, unacknowledged: acknowledged.unacknowledged },
    findings: acknowledged.findings,
    offers: offer ? [offer.offer] : [],
  };
}
