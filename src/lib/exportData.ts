/**
 * Builds the one `PlanExportData` the PDF export receives from the planner's model, so the paper
 * shows exactly what the screen computed.
 */
import type { FollowUpExport } from './followUpExport';
import type { ConditionInput, MedicationInput } from '../rules';
import type { PlannerModel } from './plannerModel';
import type { PlanExportData, PlanPatientIdentity } from './planExport';
import type { PrescriberDetails } from './prescriberDetails';

function entryText(entry: MedicationInput | ConditionInput): string {
  if (typeof entry === 'string') return entry;
  return entry.name ?? Object.values(entry).filter(Boolean).join(' ');
}

export function planExportData(
  model: PlannerModel,
  options: {
    locale?: string;
    patient?: PlanPatientIdentity;
    generatedAt: string;
    prescriber?: PrescriberDetails;
    creatinineDate?: string;
    followUp?: FollowUpExport;
  },
): PlanExportData | null {
  if (!model.plan || !model.planInput || !model.regimen) return null;
  return {
    plan: model.plan,
    input: model.planInput,
    regimen: model.regimen,
    renalInput: model.renalInput,
    renal: model.renal,
    interactions: model.interactions,
    medications: model.medications.map(entryText),
    conditions: model.conditions.map(entryText),
    patient: options.patient,
    ...(options.prescriber?.name.trim() ? { prescriberName: options.prescriber.name.trim() } : {}),
    ...(options.prescriber?.registration.trim()
      ? { prescriberRegistration: options.prescriber.registration.trim() }
      : {}),
    ...(options.prescriber ? { fillDays: options.prescriber.fillDays } : {}),
    ...(options.creatinineDate ? { creatinineDate: options.creatinineDate } : {}),
    generatedAt: options.generatedAt,
    locale: options.locale ?? 'en-GB',
    ...(options.followUp && options.followUp.rows.length > 0 ? { followUp: options.followUp } : {}),
  };
}
