/**
 * Runs the real rules module on a case's inputs. Teaching answers come only from here, never from
 * hand-written text, so what a resident sees on reveal is exactly what the planner would compute.
 */
import {
  assessRenal,
  buildPlan,
  checkInteractions,
  RulesInputError,
  sortFindings,
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
  /** Renal, plan and interaction findings together, most serious first, each once. */
  findings: Finding[];
  /** An input the rules refused (shown as the answer: "the rules say this input is invalid"). */
  error: { field: string; message: string } | null;
}

/** Case inputs with a what-if's changes applied (renal fields merged, the rest replaced). */
export function applyWhatIf(inputs: CaseInputs, whatIf: Pick<WhatIf, 'changes'>): CaseInputs {
  const { renal, ...rest } = whatIf.changes;
  return { ...inputs, ...rest, renal: { ...inputs.renal, ...renal } };
}

function findingKey(finding: Finding): string {
  return `${finding.ruleId}|${finding.subject ?? ''}`;
}

/** The rules module's answer for one set of case inputs. */
export function runCase(inputs: CaseInputs): CaseRun {
  const interactions = checkInteractions(inputs.meds ?? [], inputs.conditions ?? []);
  let renal: RenalAssessment | null = null;
  let plan: Plan | null = null;
  let error: CaseRun['error'] = null;
  try {
    renal = assessRenal(inputs.renal);
    plan = buildPlan({
      regimenId: inputs.regimenId,
      startDate: inputs.startDate,
      renal,
      ...(inputs.params ? { params: inputs.params } : {}),
      ...(inputs.profile ? { profile: inputs.profile } : {}),
      ...(inputs.mode ? { mode: inputs.mode } : {}),
      ...(inputs.currentDoseMgPerDay !== undefined
        ? { currentDoseMgPerDay: inputs.currentDoseMgPerDay }
        : {}),
      ...(inputs.override ? { override: inputs.override } : {}),
    });
  } catch (caught) {
    // Only the rules' own input errors are an answer; anything else is a bug and must surface.
    if (!(caught instanceof RulesInputError)) throw caught;
    error = { field: caught.field, message: caught.message };
  }
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const finding of [...(renal?.findings ?? []), ...(plan?.findings ?? []), ...interactions.findings]) {
    const key = findingKey(finding);
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return { renal, plan, interactions, findings: sortFindings(findings), error };
}
