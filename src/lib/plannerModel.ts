/**
 * Turns the planner's inputs (URL search params) into rules-module inputs and results. It is the one
 * place the planner calls the rules (planFor), so the screen, the saved FHIR resources and the PDF all
 * come from the same computation.
 */
import {
  assessRenal,
  checkInteractions,
  planFor,
  getProduct,
  getRegimen,
  RulesInputError,
  type ConditionInput,
  type Finding,
  type PlanOffer,
  type InteractionResult,
  type MedicationInput,
  type Plan,
  type PlanInput,
  type Regimen,
  type RegimenParams,
  type RenalAssessment,
  type RenalInput,
} from '../rules';
import type { PlannerState } from './plannerLink';

export const DEFAULT_REGIMEN_ID = 'baclocur-80';

export type RenalField = 'ageYears' | 'sex' | 'weightKg' | 'creatinine.value';

export interface PlannerModel {
  renalInput?: RenalInput;
  /** Fields still empty, so the form can say what is needed rather than show an error. */
  missingRenalFields: RenalField[];
  renal?: RenalAssessment;
  renalError?: RulesInputError;
  /** Every renal field's error at once (the first is `renalError`), also while other fields are empty. */
  renalErrors: RulesInputError[];
  regimen?: Regimen;
  interactions: InteractionResult;
  planInput?: PlanInput;
  plan?: Plan;
  /** Every finding (renal, interactions, conditions, plan), merged once by the rules (planFor). */
  findings: Finding[];
  /** What the plan offers (the cautious-titration preset), applied only by the clinician. */
  offers: PlanOffer[];
  /** Overrides that came with the link or a draft and wait for this page's confirmation. */
  pendingOverrides: PendingOverride[];
  planError?: RulesInputError;
  /** Every regimen field's error at once (the first is `planError`). */
  planErrors: RulesInputError[];
  medications: MedicationInput[];
  conditions: ConditionInput[];
}

export function renalInputFromSearch(search: PlannerState): { input?: RenalInput; missing: RenalField[] } {
  const missing: RenalField[] = [];
  if (search.age === undefined) missing.push('ageYears');
  if (search.sex === undefined) missing.push('sex');
  if (search.weightKg === undefined) missing.push('weightKg');
  if (search.scr === undefined) missing.push('creatinine.value');
  if (missing.length > 0 || search.age === undefined || search.sex === undefined) return { missing };
  if (search.weightKg === undefined || search.scr === undefined) return { missing };
  return {
    missing,
    input: {
      ageYears: search.age,
      sex: search.sex,
      weightKg: search.weightKg,
      heightCm: search.heightCm,
      creatinine: {
        value: search.scr,
        unit: search.scrUnit ?? 'mg/dL',
        ...(search.unitConfirmed ? { unitConfirmed: true } : {}),
      },
      onDialysis: search.dialysis ?? false,
      weightBasis: search.basis ?? 'auto',
    },
  };
}

/**
 * A valid stand-in per field, used only to look past one field's error for the next one: no plan is
 * ever built from a stand-in (any error, or any missing field, and the planner builds none).
 */
const STAND_INS: Record<string, (input: RenalInput) => RenalInput> = {
  ageYears: (input) => ({ ...input, ageYears: 50 }),
  sex: (input) => ({ ...input, sex: 'male' }),
  weightKg: (input) => ({ ...input, weightKg: 70 }),
  heightCm: (input) => ({ ...input, heightCm: undefined }),
  'creatinine.value': (input) => ({
    ...input,
    creatinine: { ...input.creatinine, value: input.creatinine.unit === 'umol/L' ? 88 : 1 },
  }),
  'creatinine.unit': (input) => ({ ...input, creatinine: { value: 1, unit: 'mg/dL' } }),
  weightBasis: (input) => ({ ...input, weightBasis: 'auto' }),
};

/**
 * Every renal field's error, not only the first: the rules stop at the first bad field, so each one
 * found is replaced by its stand-in and the check runs again. Empty fields get stand-ins from the start,
 * so an impossible age is reported before the weight is typed.
 */
export function renalFieldErrors(search: PlannerState): RulesInputError[] {
  let input: RenalInput = {
    ageYears: search.age ?? 50,
    sex: search.sex ?? 'male',
    weightKg: search.weightKg ?? 70,
    heightCm: search.heightCm,
    creatinine: {
      value: search.scr ?? (search.scrUnit === 'umol/L' ? 88 : 1),
      unit: search.scrUnit ?? 'mg/dL',
    },
    onDialysis: search.dialysis ?? false,
    weightBasis: search.basis ?? 'auto',
  };
  const errors: RulesInputError[] = [];
  for (let attempt = 0; attempt <= Object.keys(STAND_INS).length; attempt += 1) {
    try {
      assessRenal(input);
      return errors;
    } catch (error) {
      const rulesError = asRulesError(error);
      errors.push(rulesError);
      const standIn = STAND_INS[rulesError.field];
      if (!standIn) return errors;
      input = standIn(input);
    }
  }
  return errors;
}

/**
 * The other regimen fields' errors: the rules stop at the first bad edit, so that edit is set back to
 * the regimen's own value and the plan is tried again (at most once per edited field). Nothing built
 * this way is shown: it only finds the next error.
 */
function moreParamErrors(
  first: RulesInputError,
  plan: Omit<PlanInput, 'renal'>,
  tryPlan: (plan: Omit<PlanInput, 'renal'>) => unknown,
): RulesInputError[] {
  const errors: RulesInputError[] = [];
  let edits: Record<string, unknown> = { ...plan.params };
  let field = first.field;
  while (field.startsWith('params.')) {
    const key = field.slice('params.'.length).split('.')[0] ?? '';
    if (!Object.hasOwn(edits, key)) break;
    const { [key]: _dropped, ...rest } = edits;
    edits = rest;
    try {
      tryPlan({ ...plan, params: edits as Partial<RegimenParams> });
      break;
    } catch (error) {
      const next = asRulesError(error);
      if (errors.some((known) => known.field === next.field) || next.field === first.field) break;
      errors.push(next);
      field = next.field;
    }
  }
  return errors;
}

function asRulesError(error: unknown): RulesInputError {
  if (error instanceof RulesInputError) return error;
  // Anything else is a bug in the rules; surface it as an error at the form rather than crash the page.
  return new RulesInputError('unknown', error instanceof Error ? error.message : String(error));
}

/** An override reason that came with the link or a draft but was not confirmed on this page yet. */
export interface PendingOverride {
  kind: 'renal' | 'doseProfile';
  reason: string;
}

/**
 * The overrides the plan may use: a reason is applied only once confirmed on this page (the form's
 * confirmation), whatever brought it — the form, a colleague's link or a saved draft (spec §4).
 */
function confirmedOverrides(
  search: PlannerState,
  isConfirmed: (reason: string) => boolean,
): { overrides: NonNullable<PlanInput['overrides']>; pending: PendingOverride[] } {
  const overrides: NonNullable<PlanInput['overrides']> = {};
  const pending: PendingOverride[] = [];
  const renal = search.override?.trim();
  if (renal) {
    if (isConfirmed(renal)) overrides.renal = { reason: renal };
    else pending.push({ kind: 'renal', reason: renal });
  }
  const profile = search.profileOverride?.trim();
  if (profile) {
    if (isConfirmed(profile)) overrides.doseProfile = { reason: profile };
    else pending.push({ kind: 'doseProfile', reason: profile });
  }
  return { overrides, pending };
}

/**
 * Compute everything the planner shows, through the rules' one pipeline (planFor). `startDate` is the
 * effective start (search.start or today); it is undefined only while a pre-rendered page hydrates,
 * and then no plan is built (none is dated by a guessed day).
 */
export function computePlanner(
  search: PlannerState,
  startDate: string | undefined,
  isConfirmed: (reason: string) => boolean = () => false,
): PlannerModel {
  const medications: MedicationInput[] = search.meds ?? [];
  const conditions: ConditionInput[] = search.conds ?? [];
  const regimen = getRegimen(search.regimen ?? DEFAULT_REGIMEN_ID);

  const { input: renalInput, missing } = renalInputFromSearch(search);
  const model: PlannerModel = {
    renalInput,
    missingRenalFields: missing,
    renalErrors: renalFieldErrors(search),
    planErrors: [],
    regimen,
    // Filled below: by planFor when a plan is built (once per change), else checked on their own.
    interactions: { findings: [], unrecognized: [] },
    findings: [],
    offers: [],
    pendingOverrides: [],
    medications,
    conditions,
  };
  if (renalInput) {
    try {
      model.renal = assessRenal(renalInput);
    } catch (error) {
      model.renalError = asRulesError(error);
    }
  }
  const interactionsOnly = () =>
    checkInteractions(
      medications,
      conditions,
      model.renal ? { crclMlMin: model.renal.crclMlMin, renalBand: model.renal.band } : {},
    );
  // No plan without a renal assessment: baclofen is renally cleared, so an unadjusted cap could be wrong.
  if (!model.renal || !renalInput || !regimen || startDate === undefined) {
    model.interactions = interactionsOnly();
    return model;
  }

  const { overrides, pending } = confirmedOverrides(search, isConfirmed);
  model.pendingOverrides = pending;
  const plan: Omit<PlanInput, 'renal'> = {
    regimenId: regimen.id,
    startDate,
    params: (search.params ?? {}) as Partial<RegimenParams>,
    profile: search.profile ?? 'standard',
    ...(search.mode ? { mode: search.mode } : {}),
    ...(search.current !== undefined ? { currentDoseMgPerDay: search.current } : {}),
    ...(overrides.renal || overrides.doseProfile ? { overrides } : {}),
    ...(search.acks?.length
      ? { acknowledgements: search.acks as NonNullable<PlanInput['acknowledgements']> }
      : {}),
  };
  model.planInput = { ...plan, renal: model.renal };
  try {
    const result = planFor({ renal: renalInput, meds: medications, conditions, plan });
    model.plan = result.plan;
    model.interactions = result.interactions;
    model.findings = result.findings;
    model.offers = [...result.offers, ...strengthOffers(result.findings)];
  } catch (error) {
    model.planError = asRulesError(error);
    model.planErrors = [
      model.planError,
      ...moreParamErrors(model.planError, plan, (next) =>
        planFor({ renal: renalInput, meds: medications, conditions, plan: next }),
      ),
    ];
    model.interactions = interactionsOnly();
  }
  return model;
}

/**
 * The target field's note, in words, when the plan aims lower than the field says: a flexible regimen's
 * projected target (no automatic high dose), or a cap that clips the target.
 */
export function targetNote(plan: Plan | undefined): string | undefined {
  if (!plan || plan.blocked || plan.summary?.effective?.mode === 'taper-only') return undefined;
  const has = (ruleId: string) => plan.findings.some((finding) => finding.ruleId === ruleId);
  if (has('plan.target-limited')) {
    return `The plan stops at ${plan.targetMgPerDay} mg/day: the cap is ${plan.capMgPerDay} mg/day (after the renal factor and rounding).`;
  }
  if (has('plan.flexible-target')) {
    return `Projected individual target ${plan.targetMgPerDay} mg/day: no automatic high dose; type a higher target to plan one.`;
  }
  return undefined;
}

/**
 * Spec §3 "practical tablets": when a dose needs more than 4 tablets, the rules propose a strength
 * (the finding's subject is its product id). The clinician can take it in one click: the plan is
 * rebuilt with that product and its rounding. (To switch from a later day, re-plan from that day.)
 */
function strengthOffers(findings: readonly Finding[]): PlanOffer[] {
  return findings.flatMap((finding) => {
    if (finding.ruleId !== 'plan.practical-tablets' || !finding.subject) return [];
    const product = getProduct(finding.subject);
    if (!product) return [];
    return [
      {
        ruleId: finding.ruleId,
        title: `${finding.title}. “Switch product” rebuilds the whole plan with it; to switch from a later day, re-plan from that day.`,
        params: { product: product.id },
      },
    ];
  });
}
