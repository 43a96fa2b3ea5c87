/**
 * A case's inputs as planner search params, so "Open in planner" shows the same patient and regimen
 * the case was answered with and the resident can keep experimenting there.
 */
import type { PlannerState } from '../../lib/plannerLink';
import type { CaseInputs } from './caseTypes';
import { runCase } from './runCase';

/** A case followed at visits opens at its last re-plan: the plan its answer shows. */
function lastReplan(inputs: CaseInputs): Partial<CaseInputs> {
  if (!inputs.visits?.length) return {};
  const replan = runCase(inputs).visits.at(-1)?.suggestion.replan;
  if (!replan) return {};
  return {
    startDate: replan.startDate,
    ...(replan.mode ? { mode: replan.mode } : {}),
    ...(replan.currentDoseMgPerDay === undefined ? {} : { currentDoseMgPerDay: replan.currentDoseMgPerDay }),
    ...(replan.params ? { params: replan.params } : {}),
  };
}

export function caseToPlannerSearch(caseInputs: CaseInputs): PlannerState {
  const inputs = { ...caseInputs, ...lastReplan(caseInputs) };
  const { renal } = inputs;
  const params = inputs.params && Object.keys(inputs.params).length > 0 ? { ...inputs.params } : undefined;
  return {
    age: renal.ageYears,
    sex: renal.sex,
    weightKg: renal.weightKg,
    ...(renal.heightCm === undefined ? {} : { heightCm: renal.heightCm }),
    scr: renal.creatinine.value,
    scrUnit: renal.creatinine.unit,
    ...(renal.onDialysis ? { dialysis: true } : {}),
    ...(renal.weightBasis && renal.weightBasis !== 'auto' ? { basis: renal.weightBasis } : {}),
    regimen: inputs.regimenId,
    start: inputs.startDate,
    ...(inputs.profile ? { profile: inputs.profile } : {}),
    ...(params ? { params } : {}),
    ...(inputs.mode ? { mode: inputs.mode } : {}),
    ...(inputs.currentDoseMgPerDay === undefined ? {} : { current: inputs.currentDoseMgPerDay }),
    ...(inputs.override ? { override: inputs.override.reason } : {}),
    ...(inputs.meds && inputs.meds.length > 0 ? { meds: [...inputs.meds] } : {}),
    ...(inputs.conditions && inputs.conditions.length > 0 ? { conds: [...inputs.conditions] } : {}),
  };
}
