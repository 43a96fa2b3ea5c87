/**
 * Plans for the PDF tests, built with the real rules module: the five worked patients of spec §2.5,
 * a severe-renal override, a year-long plan and a hostile-name case.
 */
import {
  assessRenal,
  buildPlan,
  checkInteractions,
  getRegimen,
  type PlanInput,
  type RenalInput,
} from '../../../src/rules';
import type { PlanExportData, PlanPatientIdentity } from '../../../src/lib/planExport';

export interface ExportCase {
  name: string;
  renalInput: RenalInput;
  regimenId: string;
  planInput?: Partial<PlanInput>;
  medications?: string[];
  conditions?: string[];
  patient?: PlanPatientIdentity;
  prescriberName?: string;
  locale?: string;
}

export const START_DATE = '2026-12-01';
export const GENERATED_AT = '2026-11-30T09:30:00.000Z';

export function exportData(testCase: ExportCase): PlanExportData {
  const regimen = getRegimen(testCase.regimenId);
  if (!regimen) throw new Error(`unknown regimen ${testCase.regimenId}`);
  const renal = assessRenal(testCase.renalInput);
  const input: PlanInput = { regimenId: regimen.id, startDate: START_DATE, renal, ...testCase.planInput };
  const medications = testCase.medications ?? [];
  const conditions = testCase.conditions ?? [];
  return {
    plan: buildPlan(input),
    input,
    regimen,
    renalInput: testCase.renalInput,
    renal,
    interactions: checkInteractions(medications, conditions),
    medications,
    conditions,
    patient: testCase.patient,
    prescriberName: testCase.prescriberName,
    generatedAt: GENERATED_AT,
    locale: testCase.locale ?? 'en-GB',
  };
}

/** Spec §2.5, one regimen each so the PDFs cover fixed, flexible and high-dose schemes. */
export const WORKED_PATIENTS: ExportCase[] = [
  {
    name: 'M 60 y, 80 kg, SCr 1.2 mg/dL (mild)',
    renalInput: { ageYears: 60, sex: 'male', weightKg: 80, creatinine: { value: 1.2, unit: 'mg/dL' } },
    regimenId: 'baclocur-80',
    patient: {
      name: 'Jean Dupont',
      birthDate: '1966-03-14',
      identifier: 'MRN 004211',
      sex: 'male',
      ageYears: 60,
      allergies: ['Penicillin', 'Latex'],
      weight: { kg: 80, date: '2026-10-26' },
    },
    prescriberName: 'Dr Élodie Martin',
    medications: ['Xanax', 'sertraline'],
  },
  {
    name: 'F 45 y, 60 kg, SCr 0.8 mg/dL (normal)',
    renalInput: { ageYears: 45, sex: 'female', weightKg: 60, creatinine: { value: 0.8, unit: 'mg/dL' } },
    regimenId: 'addolorato-30',
    patient: { name: 'Ana Souza', birthDate: '1981-07-02' },
    locale: 'en-US',
  },
  {
    name: 'M 72 y, 70 kg, SCr 150 µmol/L (moderate, Beers)',
    renalInput: { ageYears: 72, sex: 'male', weightKg: 70, creatinine: { value: 150, unit: 'umol/L' } },
    regimenId: 'morley-75',
    conditions: ['sleep apnoea'],
  },
  {
    name: 'F 80 y, 55 kg, SCr 1.4 mg/dL (severe, blocked)',
    renalInput: { ageYears: 80, sex: 'female', weightKg: 55, creatinine: { value: 1.4, unit: 'mg/dL' } },
    regimenId: 'addolorato-30',
  },
  {
    name: 'M 50 y, 175 cm, 120 kg, SCr 1.0 mg/dL (normal, adjusted weight)',
    renalInput: {
      ageYears: 50,
      sex: 'male',
      weightKg: 120,
      heightCm: 175,
      creatinine: { value: 1.0, unit: 'mg/dL' },
    },
    regimenId: 'alpadir-180',
    medications: ['oxycodone', 'unknownium'],
  },
];

export const OVERRIDE_CASE: ExportCase = {
  name: 'F 80 y severe renal, overridden',
  renalInput: { ageYears: 80, sex: 'female', weightKg: 55, creatinine: { value: 1.4, unit: 'mg/dL' } },
  regimenId: 'addolorato-30',
  planInput: { override: { reason: 'Nephrology consulted: trial of low dose agreed with Dr Ortiz' } },
  patient: { name: 'Maria Ortega', birthDate: '1946-05-20', identifier: 'MRN 770012' },
};

const YEAR_BASE: ExportCase = {
  name: '365-day plan',
  renalInput: { ageYears: 45, sex: 'female', weightKg: 60, creatinine: { value: 0.8, unit: 'mg/dL' } },
  regimenId: 'rtu-300',
  patient: { name: 'Year Long', birthDate: '1980-01-01', identifier: 'Y-365' },
  prescriberName: 'Dr Year',
};

/**
 * rtu-300 ending with a taper, its maintenance stretched so that the whole plan (titration,
 * maintenance, taper) is exactly 365 days.
 */
export function yearLongCase(): ExportCase {
  return planOfLength(365, YEAR_BASE);
}

/** `base` ending with a taper, its maintenance stretched so that the plan is `days` days long. */
export function planOfLength(days: number, base: ExportCase = YEAR_BASE): ExportCase {
  const params = { ...base.planInput?.params, taper: true };
  const probe = exportData({
    ...base,
    planInput: { ...base.planInput, params: { ...params, maintenanceDays: 30 } },
  });
  const maintenanceDays = 30 + days - probe.plan.days.length;
  return {
    ...base,
    name: `${days}-day plan`,
    planInput: { ...base.planInput, params: { ...params, maintenanceDays } },
  };
}

/** Seven months at 150 mg/day with mild renal impairment: monthly blood tests, many dose steps. */
export const SEVEN_MONTHS_BASE: ExportCase = {
  name: '200-day plan, mild renal impairment',
  renalInput: { ageYears: 58, sex: 'male', weightKg: 72, creatinine: { value: 1.3, unit: 'mg/dL' } },
  regimenId: 'rtu-300',
  planInput: { params: { targetMgPerDay: 150 } },
  patient: { name: 'Paul Girard', birthDate: '1968-04-09', identifier: 'MRN 200200' },
  prescriberName: 'Dr Seven',
};

export const HOSTILE_CASE: ExportCase = {
  name: 'markup in names',
  renalInput: { ageYears: 60, sex: 'male', weightKg: 80, creatinine: { value: 1.2, unit: 'mg/dL' } },
  regimenId: 'baclocur-80',
  patient: { name: '<script>alert(1)</script>', identifier: '{"text":"injected"}' },
  prescriberName: '<b>Dr</b> ${evil}',
  medications: ['<img src=x onerror=alert(1)>'],
};
