/**
 * Everything a plan document needs, gathered by the planner and handed to the PDF export. One shape
 * for the screen and the paper, so both show the same numbers.
 */
import type { FollowUpExport } from './followUpExport';
import type { InteractionResult, Plan, PlanInput, Regimen, RenalAssessment, RenalInput } from '../rules';

/** Whose plan it is, as every printed page must say (name, birth date, record number, and the rest). */
export interface PlanPatientIdentity {
  name: string;
  birthDate?: string;
  identifier?: string;
  sex?: 'female' | 'male';
  ageYears?: number;
  /** Substances the chart records allergies to; [] when it records none. */
  allergies?: string[];
  /** The weight the plan used, with the date of the chart value when it came from the chart. */
  weight?: { kg: number; date?: string };
}

export interface PlanExportData {
  plan: Plan;
  input: PlanInput;
  regimen: Regimen;
  renalInput?: RenalInput;
  renal?: RenalAssessment;
  interactions: InteractionResult;
  /** Medication and condition texts as the clinician entered them. */
  medications: string[];
  conditions: string[];
  patient?: PlanPatientIdentity;
  prescriberName?: string;
  /** The prescriber's registration number, printed by the signature. */
  prescriberRegistration?: string;
  /** Days each fill covers on the prescription page (28 when not chosen). */
  fillDays?: number;
  /** Date of the creatinine used, when it came from the chart (yyyy-mm-dd). */
  creatinineDate?: string;
  /** When the document was generated (ISO date-time); passed in so output is reproducible in tests. */
  generatedAt: string;
  /** BCP-47 locale for dates, e.g. 'en-GB'. */
  locale: string;
  /** The follow-up visits of this plan's patient, for the prescriber copy's follow-up page. */
  followUp?: FollowUpExport;
}
