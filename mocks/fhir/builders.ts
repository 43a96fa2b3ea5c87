/**
 * Small builders for the synthetic cohort, so each demo patient reads like a chart summary instead of
 * a wall of JSON. Every builder returns a plain FHIR R4 resource (validated in cohort.test.ts).
 * Dates are given as "days before the demo day" so the cohort ages with DEMO_TODAY, not with the clock.
 */
import type {
  AllergyIntolerance,
  CarePlan,
  CodeableConcept,
  Condition,
  Medication,
  MedicationRequest,
  MedicationStatement,
  Observation,
  Patient,
  Resource,
} from '@medplum/fhirtypes';
import { DEMO_TODAY } from '../../src/fhir/clock';
import { LOINC, SYSTEM } from '../../src/fhir/codes';

/** The seed data's last-updated stamp (the server's own stamp on anything created later is real time). */
export const SEED_LAST_UPDATED = `${DEMO_TODAY}T07:00:00Z`;

/** yyyy-mm-dd `days` before the demo day. */
export function daysAgo(days: number): string {
  const date = new Date(`${DEMO_TODAY}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** A birth date that makes the patient `years` old on the demo day (birthday `days` later in the year). */
export function bornYearsAgo(years: number, monthDay = '03-15'): string {
  const demoYear = Number(DEMO_TODAY.slice(0, 4));
  const candidate = `${demoYear - years}-${monthDay}`;
  // Birthday still to come this year → born one year earlier to be `years` old today.
  return candidate.slice(5) > DEMO_TODAY.slice(5) ? `${demoYear - years - 1}-${monthDay}` : candidate;
}

export interface PatientSpec {
  id: string;
  given: string[];
  family: string;
  gender: Patient['gender'];
  birthDate?: string;
  mrn: string;
  /** A social security number listed before the MRN, as real charts do (never shown as the record number). */
  ssn?: string;
}

export function patient(spec: PatientSpec): Patient & { id: string } {
  return {
    resourceType: 'Patient',
    id: spec.id,
    meta: { versionId: '1', lastUpdated: SEED_LAST_UPDATED },
    identifier: [
      ...(spec.ssn
        ? [
            {
              type: {
                coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'SS' }],
                text: 'Social Security Number',
              },
              system: 'http://hl7.org/fhir/sid/us-ssn',
              value: spec.ssn,
            },
          ]
        : []),
      {
        use: 'usual',
        type: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }],
          text: 'MRN',
        },
        system: 'https://demo.bacloplan.app/mrn',
        value: spec.mrn,
      },
    ],
    active: true,
    name: [{ use: 'official', family: spec.family, given: spec.given }],
    gender: spec.gender,
    ...(spec.birthDate ? { birthDate: spec.birthDate } : {}),
  };
}

let sequence = 0;
function nextId(prefix: string, patientId: string): string {
  sequence += 1;
  return `${prefix}-${patientId}-${sequence}`;
}

/** Restarts resource numbering so rebuilding the cohort gives the same ids. */
export function resetIds(): void {
  sequence = 0;
}

const LAB_CATEGORY: CodeableConcept = {
  coding: [{ system: SYSTEM.observationCategory, code: 'laboratory', display: 'Laboratory' }],
};
const VITALS_CATEGORY: CodeableConcept = {
  coding: [{ system: SYSTEM.observationCategory, code: 'vital-signs', display: 'Vital Signs' }],
};

function observation(
  patientId: string,
  prefix: string,
  category: CodeableConcept,
  code: CodeableConcept,
  daysBefore: number,
  value: { value: number; unit: string; code: string },
  extra: Partial<Observation> = {},
): Observation {
  return {
    resourceType: 'Observation',
    id: nextId(prefix, patientId),
    meta: { versionId: '1', lastUpdated: SEED_LAST_UPDATED },
    status: 'final',
    category: [category],
    code,
    subject: { reference: `Patient/${patientId}` },
    effectiveDateTime: `${daysAgo(daysBefore)}T08:30:00Z`,
    valueQuantity: { value: value.value, unit: value.unit, system: SYSTEM.ucum, code: value.code },
    ...extra,
  };
}

/** A creatinine result with its LOINC code, display and UCUM unit. */
function creatinine(
  patientId: string,
  daysBefore: number,
  value: number,
  code: string,
  display: string,
  unit: { unit: string; code: string },
): Observation {
  return observation(
    patientId,
    'scr',
    LAB_CATEGORY,
    { coding: [{ system: SYSTEM.loinc, code, display }], text: 'Creatinine' },
    daysBefore,
    { value, ...unit },
  );
}

const MG_DL = { unit: 'mg/dL', code: 'mg/dL' };
const UMOL_L = { unit: 'µmol/L', code: 'umol/L' };

/** Serum creatinine in mg/dL (LOINC 2160-0). */
export function creatinineMgDl(patientId: string, daysBefore: number, value: number): Observation {
  const display = 'Creatinine [Mass/volume] in Serum or Plasma';
  return creatinine(patientId, daysBefore, value, LOINC.creatinineMassPerVolume, display, MG_DL);
}

/** Serum creatinine in µmol/L (LOINC 14682-9), as European laboratories report it. */
export function creatinineUmolL(patientId: string, daysBefore: number, value: number): Observation {
  const display = 'Creatinine [Moles/volume] in Serum or Plasma';
  return creatinine(patientId, daysBefore, value, LOINC.creatinineMolesPerVolume, display, UMOL_L);
}

/** Blood creatinine in mg/dL (LOINC 38483-4), as Synthea and many real EHRs code it. */
export function creatinineBloodMgDl(patientId: string, daysBefore: number, value: number): Observation {
  const display = 'Creatinine [Mass/volume] in Blood';
  return creatinine(patientId, daysBefore, value, LOINC.creatinineBloodMassPerVolume, display, MG_DL);
}

/** Blood creatinine in µmol/L (LOINC 77140-2). */
export function creatinineBloodUmolL(patientId: string, daysBefore: number, value: number): Observation {
  const display = 'Creatinine [Moles/volume] in Blood';
  return creatinine(patientId, daysBefore, value, LOINC.creatinineBloodMolesPerVolume, display, UMOL_L);
}

/** Body weight (LOINC 29463-7) in kg, or in pounds for a US-style chart. */
export function weight(
  patientId: string,
  daysBefore: number,
  value: number,
  unit: 'kg' | 'lb' = 'kg',
  code: string = LOINC.bodyWeight,
): Observation {
  return observation(
    patientId,
    'wt',
    VITALS_CATEGORY,
    {
      coding: [
        {
          system: SYSTEM.loinc,
          code,
          display: code === LOINC.bodyWeight ? 'Body weight' : 'Body weight Measured',
        },
      ],
      text: 'Body weight',
    },
    daysBefore,
    unit === 'kg' ? { value, unit: 'kg', code: 'kg' } : { value, unit: 'lb', code: '[lb_av]' },
  );
}

/** Body height (LOINC 8302-2) in cm, or inches. */
export function height(
  patientId: string,
  daysBefore: number,
  value: number,
  unit: 'cm' | 'in' = 'cm',
  code: string = LOINC.bodyHeight,
): Observation {
  return observation(
    patientId,
    'ht',
    VITALS_CATEGORY,
    {
      coding: [{ system: SYSTEM.loinc, code, display: HEIGHT_DISPLAY[code] ?? 'Body height' }],
      text: 'Body height',
    },
    daysBefore,
    unit === 'cm' ? { value, unit: 'cm', code: 'cm' } : { value, unit: 'in', code: '[in_i]' },
  );
}

const HEIGHT_DISPLAY: Record<string, string> = {
  [LOINC.bodyHeight]: 'Body height',
  [LOINC.bodyHeightMeasured]: 'Body height Measured',
  [LOINC.bodyHeightStanding]: 'Body height --standing',
};

const EGFR_DISPLAY: Record<string, string> = {
  [LOINC.egfrCkdEpi2021]:
    'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)',
  [LOINC.egfrCkdEpi]:
    'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)',
  [LOINC.egfrUnspecified]: 'Estimated Glomerular Filtration Rate',
};

/** An eGFR the laboratory reported (shown beside bacloplan's own, never used instead of it). */
export function labEgfr(patientId: string, daysBefore: number, value: number, code: string): Observation {
  return observation(
    patientId,
    'egfr',
    LAB_CATEGORY,
    { coding: [{ system: SYSTEM.loinc, code, display: EGFR_DISPLAY[code] ?? 'eGFR' }], text: 'eGFR' },
    daysBefore,
    { value, unit: 'mL/min/{1.73_m2}', code: 'mL/min/{1.73_m2}' },
  );
}

export interface DrugSpec {
  /** RxNorm ingredient code; omitted for free-text-only entries. */
  rxnorm?: string;
  display: string;
  /** What the chart shows (brand, strength); defaults to the display. */
  text?: string;
  dosage?: string;
}

function drugConcept(drug: DrugSpec): CodeableConcept {
  return {
    ...(drug.rxnorm ? { coding: [{ system: SYSTEM.rxnorm, code: drug.rxnorm, display: drug.display }] } : {}),
    text: drug.text ?? drug.display,
  };
}

/** Something the patient takes (reported / reconciled), MedicationStatement. */
export function takes(
  patientId: string,
  drug: DrugSpec,
  options: { sinceDaysAgo?: number; endedDaysAgo?: number; status?: MedicationStatement['status'] } = {},
): MedicationStatement {
  return {
    resourceType: 'MedicationStatement',
    id: nextId('ms', patientId),
    meta: { versionId: '1', lastUpdated: SEED_LAST_UPDATED },
    status: options.status ?? 'active',
    medicationCodeableConcept: drugConcept(drug),
    subject: { reference: `Patient/${patientId}` },
    effectivePeriod: {
      start: daysAgo(options.sinceDaysAgo ?? 200),
      ...(options.endedDaysAgo === undefined ? {} : { end: daysAgo(options.endedDaysAgo) }),
    },
    dateAsserted: daysAgo(10),
    ...(drug.dosage ? { dosage: [{ text: drug.dosage }] } : {}),
  };
}

/** An RxNorm clinical or branded drug (SCD/SBD), as EHRs code a product. */
export interface ProductSpec {
  rxnorm: string;
  display: string;
}

/**
 * A prescription that names its product by `medicationReference`, as many EHRs (and Synthea) write it:
 * the Medication on the server (`contained: false`, returned here beside the request) or inside the
 * request (`contained: true`).
 */
export function prescribedByReference(
  patientId: string,
  product: ProductSpec,
  options: { contained?: boolean; authoredDaysAgo?: number; dosage?: string } = {},
): Resource[] {
  const medication: Medication & { id: string } = {
    resourceType: 'Medication',
    id: nextId('med', patientId),
    code: { coding: [{ system: SYSTEM.rxnorm, code: product.rxnorm, display: product.display }] },
  };
  const request: MedicationRequest = {
    resourceType: 'MedicationRequest',
    id: nextId('mr', patientId),
    meta: { versionId: '1', lastUpdated: SEED_LAST_UPDATED },
    status: 'active',
    intent: 'order',
    ...(options.contained
      ? { contained: [{ ...medication, id: 'product' }], medicationReference: { reference: '#product' } }
      : { medicationReference: { reference: `Medication/${medication.id}` } }),
    subject: { reference: `Patient/${patientId}` },
    authoredOn: daysAgo(options.authoredDaysAgo ?? 60),
    ...(options.dosage ? { dosageInstruction: [{ text: options.dosage }] } : {}),
  };
  return options.contained
    ? [request]
    : [{ ...medication, meta: { versionId: '1', lastUpdated: SEED_LAST_UPDATED } }, request];
}

/** A prescription, MedicationRequest. */
export function prescribed(
  patientId: string,
  drug: DrugSpec,
  options: { authoredDaysAgo?: number; status?: MedicationRequest['status'] } = {},
): MedicationRequest {
  return {
    resourceType: 'MedicationRequest',
    id: nextId('mr', patientId),
    meta: { versionId: '1', lastUpdated: SEED_LAST_UPDATED },
    status: options.status ?? 'active',
    intent: 'order',
    medicationCodeableConcept: drugConcept(drug),
    subject: { reference: `Patient/${patientId}` },
    authoredOn: daysAgo(options.authoredDaysAgo ?? 60),
    ...(drug.dosage ? { dosageInstruction: [{ text: drug.dosage }] } : {}),
  };
}

export interface ConditionSpec {
  snomed?: { code: string; display: string };
  icd10?: { code: string; display: string; system?: 'who' | 'cm' };
  text: string;
}

export function diagnosed(
  patientId: string,
  spec: ConditionSpec,
  options: {
    onsetDaysAgo?: number;
    clinicalStatus?: 'active' | 'resolved' | 'remission';
    category?: 'problem' | 'diagnosis';
  } = {},
): Condition {
  const coding = [
    ...(spec.snomed ? [{ system: SYSTEM.snomed, code: spec.snomed.code, display: spec.snomed.display }] : []),
    ...(spec.icd10
      ? [
          {
            system: spec.icd10.system === 'cm' ? SYSTEM.icd10cm : SYSTEM.icd10,
            code: spec.icd10.code,
            display: spec.icd10.display,
          },
        ]
      : []),
  ];
  const clinicalStatus = options.clinicalStatus ?? 'active';
  return {
    resourceType: 'Condition',
    id: nextId('cond', patientId),
    meta: { versionId: '1', lastUpdated: SEED_LAST_UPDATED },
    clinicalStatus: { coding: [{ system: SYSTEM.conditionClinical, code: clinicalStatus }] },
    verificationStatus: { coding: [{ system: SYSTEM.conditionVerification, code: 'confirmed' }] },
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/condition-category',
            code: options.category === 'diagnosis' ? 'encounter-diagnosis' : 'problem-list-item',
          },
        ],
      },
    ],
    code: { ...(coding.length > 0 ? { coding } : {}), text: spec.text },
    subject: { reference: `Patient/${patientId}` },
    onsetDateTime: daysAgo(options.onsetDaysAgo ?? 1200),
    ...(clinicalStatus === 'resolved' ? { abatementDateTime: daysAgo(30) } : {}),
  };
}

export function allergicTo(
  patientId: string,
  substance: DrugSpec,
  reaction: { snomed: string; display: string },
  criticality: AllergyIntolerance['criticality'] = 'low',
): AllergyIntolerance {
  return {
    resourceType: 'AllergyIntolerance',
    id: nextId('allergy', patientId),
    meta: { versionId: '1', lastUpdated: SEED_LAST_UPDATED },
    clinicalStatus: { coding: [{ system: SYSTEM.allergyClinical, code: 'active' }] },
    verificationStatus: { coding: [{ system: SYSTEM.allergyVerification, code: 'confirmed' }] },
    type: 'allergy',
    category: ['medication'],
    criticality,
    code: drugConcept(substance),
    patient: { reference: `Patient/${patientId}` },
    recordedDate: daysAgo(900),
    reaction: [
      {
        manifestation: [
          {
            coding: [{ system: SYSTEM.snomed, code: reaction.snomed, display: reaction.display }],
            text: reaction.display,
          },
        ],
      },
    ],
  };
}

export type ChartResource = Resource & { id: string };

/** A patient with everything on their chart. */
export interface DemoPatient {
  /** Why this patient is in the cohort (for developers and teaching). */
  purpose: string;
  resources: ChartResource[];
}

export function chart(purpose: string, ...resources: Resource[]): DemoPatient {
  return { purpose, resources: resources as ChartResource[] };
}

export type { CarePlan };
