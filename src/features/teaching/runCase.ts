/**
 * Runs the real rules module on a case's inputs. Teaching answers come only from here, never from
 * hand-written text, so what a resident sees on reveal is exactly what the planner would compute:
 * both go through the rules' one pipeline, planFor.
 */
import {
  assessRenal,
  checkInteractions,
  planFor,
  RulesInputError,
  type Finding,
  type InteractionResult,
  type Plan,
  type RenalAssessment,
} from '../../rules';
import type { CaseInputs, WhatIf } from './caseTypes';

export interface CaseRun {
  renal: RenalAssessment | null;
  plan: Plan | null;
  interactions: InteractionResult;
  /** Renal, plan and interaction findings together, most serious first, each once (mergeFindings). */
  findings: Finding[];
  /** An input the rules refused (shown as the answer: "the rules say this input is invalid"). */
  error: { field: string; message: string } | null;
}

/** Case inputs with a what-if's changes applied (renal fields merged, the rest replaced). */
export function applyWhatIf(inputs: CaseInputs, whatIf: Pick<WhatIf, 'changes'>): CaseInputs {
  const { renal, ...rest } = whatIf.changes;
  return { ...inputs, ...rest, renal: { ...inputs.renal, ...renal } };
}

/** The rules module's answer for one set of case inputs. */
export function runCase(inputs: CaseInputs): CaseRun {
  try {
    const result = planFor({
      renal: inputs.renal,
      meds: inputs.meds ?? [],
      conditions: inputs.conditions ?? [],
      plan: {
        regimenId: inputs.regimenId,
        startDate: inputs.startDate,
        ...(inputs.params ? { params: inputs.params } : {}),
        ...(inputs.profile ? { profile: inputs.profile } : {}),
        ...(inputs.mode ? { mode: inputs.mode } : {}),
        ...(inputs.currentDoseMgPerDay !== undefined
          ? { currentDoseMgPerDay: inputs.currentDoseMgPerDay }
          : {}),
        ...(inputs.override ? { override: inputs.override } : {}),
      },
    });
    return {
      renal: result.renal ?? null,
      plan: result.plan,
      interactions: result.interactions,
      findings: result.findings,
      error: null,
    };
  } catch (caught) {
    // Only the rules' own input errors are an answer; anything else is a bug and must surface.
    if (!(caught instanceof RulesInputError)) throw caught;
    const interactions = checkInteractions(inputs.meds ?? [], inputs.conditions ?? []);
    let renal: RenalAssessment | null = null;
    try {
      renal = assessRenal(inputs.renal);
    } catch {
      // The renal input itself was refused; the error below says which field.
    }
    return {
      renal,
      plan: null,
      interactions,
      findings: renal ? [...renal.findings] : [],
      error: { field: caught.field, message: caught.message },
    };
  }
}
