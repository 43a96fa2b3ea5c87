/**
 * A case's inputs as planner search params, so "Open in planner" shows the same patient and regimen
 * the case was answered with and the resident can keep experimenting there.
 */
import type { PlannerState } from '../../lib/plannerLink';
import type { CaseInputs } from './caseTypes';

export function caseToPlannerSearch(inputs: CaseInputs): PlannerState {
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
