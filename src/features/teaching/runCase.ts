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
  suggestAtVisit,
  type Finding,
  type InteractionResult,
  type Plan,
  type PlanInput,
  type RenalAssessment,
  type Visit,
  type VisitSuggestion,
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
  /** Each visit of the case with the rules' suggestion, accepted in turn (the plan is the last re-plan). */
  visits: { visit: Visit; plannedMgPerDay?: number; suggestion: VisitSuggestion }[];
}

/**
 * The case's visits, each answered by suggestAtVisit on the plan in force and accepted: the next visit
 * follows the re-plan, as in the planner. Returns the last plan input and the suggestions.
 */
function followVisits(inputs: CaseInputs, first: PlanInput, firstPlan: Plan) {
  let input = first;
  let plan = firstPlan;
  let findings: Finding[] | undefined;
  const visits: CaseRun['visits'] = [];
  for (const item of inputs.visits ?? []) {
    const plannedMgPerDay = plan.days.find((day) => day.date === item.date)?.totalMg;
    // Past the plan's end (its review date) the patient goes on with the dose of the last visit.
    const doseTakenMgPerDay =
      item.doseTakenMgPerDay ?? plannedMgPerDay ?? visits.at(-1)?.visit.doseTakenMgPerDay ?? 0;
    const visit: Visit = { ...item, doseTakenMgPerDay };
    const suggestion = suggestAtVisit({
      plan: input,
      sex: inputs.renal.sex,
      visit,
      history: visits.map((entry) => entry.visit),
      renalInput: inputs.renal,
    });
    visits.push({ visit, ...(plannedMgPerDay !== undefined ? { plannedMgPerDay } : {}), suggestion });
    input = suggestion.replan;
    const { renal: _renal, ...planOnly } = input;
    const result = planFor({
      renal: suggestion.renalInput ?? inputs.renal,
      meds: inputs.meds ?? [],
      conditions: inputs.conditions ?? [],
      plan: planOnly,
    });
    plan = result.plan;
    findings = result.findings;
  }
  return { visits, plan, findings };
}

/** Case inputs with a what-if's changes applied (renal fields merged, the rest replaced). */
export function applyWhatIf(inputs: CaseInputs, whatIf: Pick<WhatIf, 'changes'>): CaseInputs {
  const { renal, ...rest } = whatIf.changes;
  return { ...inputs, ...rest, renal: { ...inputs.renal, ...renal } };
}

function planInputOf(inputs: CaseInputs): Omit<PlanInput, 'renal'> {
  return {
    regimenId: inputs.regimenId,
    startDate: inputs.startDate,
    ...(inputs.params ? { params: inputs.params } : {}),
    ...(inputs.profile ? { profile: inputs.profile } : {}),
    ...(inputs.mode ? { mode: inputs.mode } : {}),
    ...(inputs.currentDoseMgPerDay !== undefined ? { currentDoseMgPerDay: inputs.currentDoseMgPerDay } : {}),
    ...(inputs.override ? { override: inputs.override } : {}),
  };
}

/** The rules module's answer for one set of case inputs. */
export function runCase(inputs: CaseInputs): CaseRun {
  try {
    const result = planFor({
      renal: inputs.renal,
      meds: inputs.meds ?? [],
      conditions: inputs.conditions ?? [],
      plan: planInputOf(inputs),
    });
    const followed =
      inputs.visits?.length && result.renal
        ? followVisits(inputs, { ...planInputOf(inputs), renal: result.renal }, result.plan)
        : { visits: [], plan: result.plan, findings: undefined };
    return {
      renal: result.renal ?? null,
      plan: followed.plan,
      interactions: result.interactions,
      // Followed at visits, the answer is the last re-plan, with its findings.
      findings: followed.findings ?? result.findings,
      error: null,
      visits: followed.visits,
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
      visits: [],
    };
  }
}
