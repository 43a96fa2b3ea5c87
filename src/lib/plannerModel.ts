/**
 * Turns the planner's inputs (URL search params) into rules-module inputs and results. It is the one
 * place the app calls assessRenal → checkInteractions → buildPlan for the planner, so the screen, the
 * saved FHIR resources and the PDF all come from the same computation.
 */
import {
  assessRenal,
  buildPlan,
  checkInteractions,
  getRegimen,
  RulesInputError,
  type ConditionInput,
  type InteractionResult,
  type MedicationInput,
  type Plan,
  type PlanInput,
  type Regimen,
  type RegimenParams,
  type RenalAssessment,
  type RenalInput,
} from '../rules';
import type { PlannerSearch } from './plannerSearch';

export const DEFAULT_REGIMEN_ID = 'baclocur-80';

export type RenalField = 'ageYears' | 'sex' | 'weightKg' | 'creatinine.value';

export interface PlannerModel {
  renalInput?: RenalInput;
  /** Fields still empty, so the form can say what is needed rather than show an error. */
  missingRenalFields: RenalField[];
  renal?: RenalAssessment;
  renalError?: RulesInputError;
  regimen?: Regimen;
  interactions: InteractionResult;
  planInput?: PlanInput;
  plan?: Plan;
  planError?: RulesInputError;
  medications: MedicationInput[];
  conditions: ConditionInput[];
}

export function renalInputFromSearch(search: PlannerSearch): { input?: RenalInput; missing: RenalField[] } {
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
      creatinine: { value: search.scr, unit: search.scrUnit ?? 'mg/dL' },
      onDialysis: search.dialysis ?? false,
      weightBasis: search.basis ?? 'auto',
    },
  };
}

function asRulesError(error: unknown): RulesInputError {
  if (error instanceof RulesInputError) return error;
  // Anything else is a bug in the rules; surface it as an error at the form rather than crash the page.
  return new RulesInputError('unknown', error instanceof Error ? error.message : String(error));
}

/**
 * Compute everything the planner shows. `startDate` is the effective start (search.start or today);
 * it is undefined only while a pre-rendered page hydrates, and then no plan is built (none is dated
 * by a guessed day).
 */
export function computePlanner(search: PlannerSearch, startDate: string | undefined): PlannerModel {
  const medications: MedicationInput[] = search.meds ?? [];
  const conditions: ConditionInput[] = search.conds ?? [];
  const interactions = checkInteractions(medications, conditions);
  const regimen = getRegimen(search.regimen ?? DEFAULT_REGIMEN_ID);

  const { input: renalInput, missing } = renalInputFromSearch(search);
  const model: PlannerModel = {
    renalInput,
    missingRenalFields: missing,
    regimen,
    interactions,
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
  // No plan without a renal assessment: baclofen is renally cleared, so an unadjusted cap could be wrong.
  if (!model.renal || !regimen || startDate === undefined) return model;

  const planInput: PlanInput = {
    regimenId: regimen.id,
    startDate,
    params: (search.params ?? {}) as Partial<RegimenParams>,
    renal: model.renal,
    profile: search.profile ?? 'standard',
    mode: search.mode ?? 'new',
    currentDoseMgPerDay: search.current,
    override: search.override?.trim() ? { reason: search.override.trim() } : undefined,
  };
  model.planInput = planInput;
  try {
    model.plan = buildPlan(planInput);
  } catch (error) {
    model.planError = asRulesError(error);
  }
  return model;
}
