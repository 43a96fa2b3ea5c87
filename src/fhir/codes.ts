/**
 * Code systems, codes and extension URLs bacloplan reads from and writes to FHIR R4.
 * One place, so the mock EHR, the mappers and the plan writer cannot drift apart.
 */

export const SYSTEM = {
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  snomed: 'http://snomed.info/sct',
  /** WHO ICD-10 and the US clinical modification: both are read as ICD-10. */
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  allergyClinical: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
  allergyVerification: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
} as const;

/** LOINC codes of the chart values bacloplan uses. */
export const LOINC = {
  /** Serum or plasma, mass per volume. */
  creatinineMassPerVolume: '2160-0',
  /** Serum or plasma, moles per volume. */
  creatinineMolesPerVolume: '14682-9',
  /** Blood, mass per volume (Synthea and many real EHRs). */
  creatinineBloodMassPerVolume: '38483-4',
  /** Blood, moles per volume. */
  creatinineBloodMolesPerVolume: '77140-2',
  /** Alcoholic drinks per day (the visit's drinking, spec §9). */
  alcoholicDrinksPerDay: '74013-4',
  bodyWeight: '29463-7',
  /** Body weight, measured (a variant some EHRs use). */
  bodyWeightMeasured: '3141-9',
  bodyHeight: '8302-2',
  /** Body height, measured; and standing. */
  bodyHeightMeasured: '3137-7',
  bodyHeightStanding: '8308-9',
  /** Lab-reported eGFR: CKD-EPI 2021 (98979-8), CKD-EPI (62238-1), unspecified method (33914-3). */
  egfrCkdEpi2021: '98979-8',
  egfrCkdEpi: '62238-1',
  egfrUnspecified: '33914-3',
} as const;

/**
 * Spec 1.2 §2.6: serum, plasma and blood creatinine, mass and moles — never urine. The unit is read from
 * the value's UCUM code, not from which of these codes it carries.
 */
export const CREATININE_CODES = [
  LOINC.creatinineMassPerVolume,
  LOINC.creatinineMolesPerVolume,
  LOINC.creatinineBloodMassPerVolume,
  LOINC.creatinineBloodMolesPerVolume,
] as const;
/** Spec 1.2 §2.6: weight 29463-7, height 8302-2, and the codes that mean the same. */
export const WEIGHT_CODES = [LOINC.bodyWeight, LOINC.bodyWeightMeasured] as const;
export const HEIGHT_CODES = [LOINC.bodyHeight, LOINC.bodyHeightMeasured, LOINC.bodyHeightStanding] as const;
export const BODY_SIZE_CODES = [...WEIGHT_CODES, ...HEIGHT_CODES] as const;
/** Spec 1.2 §2.6: a lab-reported eGFR is shown beside bacloplan's CKD-EPI 2021, never used instead of it. */
export const LAB_EGFR_CODES = [LOINC.egfrCkdEpi2021, LOINC.egfrCkdEpi, LOINC.egfrUnspecified] as const;

/** RxNorm ingredient code of baclofen. */
export const RXNORM_BACLOFEN = '1292';

/**
 * bacloplan's own identifiers. They are URLs under the product's namespace (not fetched: FHIR
 * canonical URLs are names, not endpoints).
 */
const BASE = 'https://bacloplan.app/fhir';
export const BACLOPLAN = {
  /** CarePlan.category coding that marks a bacloplan baclofen plan (searchable as a token). */
  planCategorySystem: `${BASE}/CodeSystem/plan-category`,
  planCategoryCode: 'baclofen-aud',
  /** CarePlan.identifier / MedicationRequest.identifier system: the plan's UUID (idempotent retries). */
  planIdentifierSystem: `${BASE}/NamingSystem/plan-id`,
  extRulesetVersion: `${BASE}/StructureDefinition/ruleset-version`,
  extRegimen: `${BASE}/StructureDefinition/regimen`,
  extOverrideReason: `${BASE}/StructureDefinition/override-reason`,
  /** The fr-2018 dose-profile override: a separate decision from the renal one (ruleset 1.2). */
  extDoseProfileOverrideReason: `${BASE}/StructureDefinition/dose-profile-override-reason`,
  extPlanPhase: `${BASE}/StructureDefinition/plan-phase`,
  extCapMgPerDay: `${BASE}/StructureDefinition/cap-mg-per-day`,
  extTargetMgPerDay: `${BASE}/StructureDefinition/target-mg-per-day`,
  extRenalBand: `${BASE}/StructureDefinition/renal-band`,
  /** Follow-up visits (spec §9): the Encounter's type and the Observations' own codes. */
  visitCodeSystem: `${BASE}/CodeSystem/visit`,
  visitIdentifierSystem: `${BASE}/NamingSystem/visit-id`,
  extVisitSuggestion: `${BASE}/StructureDefinition/visit-suggestion`,
} as const;

/**
 * The app's codes for a follow-up visit (system `BACLOPLAN.visitCodeSystem`). Drinks per day also
 * carry LOINC 74013-4 and a creatinine its LOINC code, so other systems read them as they are.
 */
export const VISIT_CODE = {
  encounterType: 'baclofen-follow-up',
  doseTaken: 'baclofen-dose-taken',
  dosePlanned: 'baclofen-dose-planned',
  adherence: 'baclofen-adherence',
  drinksPerDay: 'alcoholic-drinks-per-day',
  drinkSize: 'standard-drink-size',
  heavyDrinkingDays: 'heavy-drinking-days',
  craving: 'alcohol-craving-score',
  sideEffects: 'baclofen-side-effects',
  creatinine: 'visit-creatinine',
  medicationChanges: 'medication-changes',
  suggestion: 'baclofen-visit-suggestion',
} as const;
