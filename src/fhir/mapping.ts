/**
 * Pure mapping from FHIR R4 chart resources to what bacloplan reasons about. No I/O and no clock:
 * "today" is always an argument, so the same chart maps the same way in tests and in clinic.
 *
 * A value that cannot be read safely (unknown unit, no date, no number) is never guessed: it is left
 * out and listed in `skipped` with the reason, so the page can say why it is not used.
 */
import type {
  AllergyIntolerance,
  CodeableConcept,
  Coding,
  Condition,
  Medication,
  MedicationRequest,
  MedicationStatement,
  Observation,
  Patient,
  Quantity,
} from '@medplum/fhirtypes';
import { checkCreatinineUnit, ckdEpi2021, creatinineToMgDl } from '../rules';
import type { ConditionInput, MedicationInput, Sex } from '../rules';
import type { PlannerState } from '../lib/plannerLink';
import {
  BACLOPLAN,
  CREATININE_CODES,
  HEIGHT_CODES,
  LAB_EGFR_CODES,
  LOINC,
  RXNORM_BACLOFEN,
  SYSTEM,
  WEIGHT_CODES,
} from './codes';

// ---------------------------------------------------------------------------------------------------
// Dates

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Whole days from `fromIso` to `toIso` (both yyyy-mm-dd…); negative when `fromIso` is later. */
export function daysBetween(fromIso: string, toIso: string): number {
  const from = Date.UTC(...isoParts(fromIso));
  const to = Date.UTC(...isoParts(toIso));
  return Math.round((to - from) / 86_400_000);
}

function isoParts(iso: string): [number, number, number] {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  return [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
}

/** Labs older than this many days are flagged as stale (bacloplan default, shown with the date). */
export const STALE_AFTER_DAYS = 90;

export function isStale(dateIso: string, todayIso: string, maxDays = STALE_AFTER_DAYS): boolean {
  return daysBetween(dateIso, todayIso) > maxDays;
}

/** Completed years of age on `onDate`; undefined when the birth date is partial (never guessed). */
export function ageInYears(birthDate: string | undefined, onDate: string): number | undefined {
  if (!birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return undefined;
  const [by, bm, bd] = isoParts(birthDate);
  const [y, m, d] = isoParts(onDate);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age >= 0 ? age : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Patient

export interface PatientSummary {
  id: string;
  /** Display name ("Given Family"), as text: it is never interpreted as markup. */
  name: string;
  birthDate?: string;
  ageYears?: number;
  /** Only female/male feed the renal formulas; anything else is kept in `genderRecorded`. */
  sex?: Sex;
  genderRecorded?: string;
  /** The medical record number (identifier typed MR), for recognising the patient on screen. */
  identifier?: string;
}

export function patientName(patient: Patient): string {
  const names = Array.isArray(patient.name) ? patient.name : [];
  const name = names.find((candidate) => candidate.use === 'official') ?? names[0];
  if (!name) return 'Unnamed patient';
  const parts = [...(Array.isArray(name.given) ? name.given : []), name.family].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  if (parts.length > 0) return parts.join(' ');
  return typeof name.text === 'string' && name.text.trim() ? name.text.trim() : 'Unnamed patient';
}

export function mapPatient(patient: Patient & { id: string }, today: string): PatientSummary {
  const summary: PatientSummary = { id: patient.id, name: patientName(patient) };
  if (typeof patient.birthDate === 'string') {
    summary.birthDate = patient.birthDate;
    const age = ageInYears(patient.birthDate, today);
    if (age !== undefined) summary.ageYears = age;
  }
  if (patient.gender === 'female' || patient.gender === 'male') summary.sex = patient.gender;
  else if (typeof patient.gender === 'string') summary.genderRecorded = patient.gender;
  // Spec 1.2 §2.6 / issue 14: the medical record number is the identifier typed MR (v2-0203), never
  // "the first identifier" — that may be a social security or passport number.
  const identifier = patient.identifier?.find(
    (item) =>
      typeof item.value === 'string' &&
      (item.type?.coding ?? []).some(
        (coding) => coding.system === 'http://terminology.hl7.org/CodeSystem/v2-0203' && coding.code === 'MR',
      ),
  )?.value;
  if (identifier) summary.identifier = identifier;
  return summary;
}

// ---------------------------------------------------------------------------------------------------
// Observations

export type CreatinineUnit = 'mg/dL' | 'umol/L';

export interface CreatinineResult {
  observationId: string;
  /** yyyy-mm-dd as recorded (the lab's local date). */
  date: string;
  /** The full date-time as recorded (with its offset), to order results and find same-instant ones. */
  recordedAt: string;
  value: number;
  unit: CreatinineUnit;
  loinc: string;
  /** True when the value is implausible for its unit (e.g. 150 "mg/dL"): shown, never converted. */
  unitSuspect: boolean;
}

export interface BodyMeasure {
  observationId: string;
  date: string;
  /** kg for weight, cm for height. */
  value: number;
  /** When the chart recorded another unit, what it recorded (the conversion is exact, not a guess). */
  recordedAs?: string;
}

/** An eGFR the laboratory reported, shown beside bacloplan's own (spec 1.2 §2.6), never used for dosing. */
export interface LabEgfr {
  observationId: string;
  date: string;
  /** mL/min/1.73 m². */
  value: number;
  loinc: string;
  /** The method as the chart names it ("Estimated Glomerular Filtration Rate"). */
  display?: string;
}

export interface SkippedObservation {
  observationId: string;
  what: 'creatinine' | 'weight' | 'height' | 'lab eGFR';
  date?: string;
  reason: string;
}

export interface LabsSummary {
  /** Newest first. */
  creatinine: CreatinineResult[];
  weights: BodyMeasure[];
  heights: BodyMeasure[];
  /** Newest first. */
  labEgfr: LabEgfr[];
  skipped: SkippedObservation[];
}

const USABLE_OBSERVATION_STATUS = new Set(['final', 'amended', 'corrected']);

function codings(concept: CodeableConcept | undefined): Coding[] {
  return Array.isArray(concept?.coding) ? concept.coding : [];
}

function hasLoinc(observation: Observation, code: string): boolean {
  return codings(observation.code).some((coding) => coding.system === SYSTEM.loinc && coding.code === code);
}

/** The clinically relevant date-time of an observation (effective, else issued). */
function observationDateTime(observation: Observation): string | undefined {
  const candidates = [
    observation.effectiveDateTime,
    observation.effectivePeriod?.start,
    observation.effectiveInstant,
    observation.issued,
  ];
  return candidates.find((value): value is string => typeof value === 'string' && ISO_DATE.test(value));
}

function normaliseUnitText(text: string): string {
  return text.trim().replace(/[µμ]/g, 'u').replace(/\s+/g, '').toLowerCase();
}

const CREATININE_UNITS: Record<string, CreatinineUnit> = {
  'mg/dl': 'mg/dL',
  'umol/l': 'umol/L',
  'micromol/l': 'umol/L',
};
// One object per unit, so a UCUM code and its display text ('[lb_av]' / 'lb') compare equal.
const POUND = { label: 'lb', toKg: 0.45359237 };
const WEIGHT_UNITS: Record<string, { label: string; toKg: number }> = {
  kg: { label: 'kg', toKg: 1 },
  g: { label: 'g', toKg: 0.001 },
  '[lb_av]': POUND,
  lb: POUND,
  lbs: POUND,
};
// UCUM writes the annotation in braces; charts also write it out. All mean mL/min per 1.73 m².
const EGFR_UNITS: Record<string, 'mL/min/1.73m2'> = {
  'ml/min/{1.73_m2}': 'mL/min/1.73m2',
  'ml/min/1.73m2': 'mL/min/1.73m2',
  'ml/min/{1.73m2}': 'mL/min/1.73m2',
  'ml/min/1.73_m2': 'mL/min/1.73m2',
};
const INCH = { label: 'in', toCm: 2.54 };
const HEIGHT_UNITS: Record<string, { label: string; toCm: number }> = {
  cm: { label: 'cm', toCm: 1 },
  m: { label: 'm', toCm: 100 },
  mm: { label: 'mm', toCm: 0.1 },
  '[in_i]': INCH,
  in: INCH,
};

/**
 * The unit of a quantity, read from the UCUM code and the display unit. When they disagree the unit is
 * ambiguous and the value is not used.
 */
function readUnit<T>(
  quantity: Quantity,
  table: Record<string, T>,
): { unit: T; text: string } | { unit: undefined; reason: string } {
  const texts = [quantity.code, quantity.unit].filter(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  if (texts.length === 0) return { unit: undefined, reason: 'no unit recorded' };
  const known = texts.map((text) => table[normaliseUnitText(text)]);
  const first = known[0];
  if (first === undefined || known.some((unit) => unit === undefined)) {
    return { unit: undefined, reason: `unit "${texts.join('" / "')}" is not one bacloplan reads` };
  }
  if (known.some((unit) => unit !== first)) {
    return { unit: undefined, reason: `unit recorded two ways ("${texts.join('" and "')}")` };
  }
  return { unit: first, text: texts[0] ?? '' };
}

type ReadValue =
  | { ok: true; date: string; dateTime: string; quantity: Quantity & { value: number } }
  | { ok: false; reason: string; date?: string };

function readQuantity(observation: Observation): ReadValue {
  const dateTime = observationDateTime(observation);
  const date = dateTime?.slice(0, 10);
  if (!USABLE_OBSERVATION_STATUS.has(String(observation.status))) {
    return { ok: false, reason: `result status is "${String(observation.status)}", not final`, date };
  }
  if (!date) return { ok: false, reason: 'no full date recorded' };
  const quantity = observation.valueQuantity;
  const value = quantity?.value;
  if (!quantity || typeof value !== 'number' || !Number.isFinite(value)) {
    return { ok: false, reason: 'no numeric value recorded', date };
  }
  if (value <= 0) return { ok: false, reason: `value ${value} is not a possible measurement`, date };
  if (quantity.comparator)
    return { ok: false, reason: `value is "${quantity.comparator}${value}", not exact`, date };
  return { ok: true, date, dateTime: dateTime ?? date, quantity: { ...quantity, value } };
}

/** The moment a date stands for; dates with different offsets compare as instants, not as text. */
function instant(date: string): number {
  const time = Date.parse(date);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

function byDateDesc<T extends { date: string; observationId: string }>(a: T, b: T): number {
  return instant(b.date) - instant(a.date) || a.observationId.localeCompare(b.observationId);
}

/**
 * Spec 1.2 §2.6: the newest creatinine wins; two results at the same instant that differ are both
 * shown and the higher (more conservative) one is used — so it sorts first.
 */
function creatinineNewestFirst(a: CreatinineResult, b: CreatinineResult): number {
  return (
    instant(b.recordedAt) - instant(a.recordedAt) ||
    creatinineToMgDl(b.value, b.unit) - creatinineToMgDl(a.value, a.unit) ||
    a.observationId.localeCompare(b.observationId)
  );
}

/** Results that share an instant with another of a different value, newest instant first. */
export function sameInstantCreatinine(results: readonly CreatinineResult[]): CreatinineResult[][] {
  const groups = new Map<number, CreatinineResult[]>();
  for (const result of results) {
    const key = instant(result.recordedAt);
    groups.set(key, [...(groups.get(key) ?? []), result]);
  }
  return [...groups.entries()]
    .filter(([, group]) => new Set(group.map((item) => creatinineToMgDl(item.value, item.unit))).size > 1)
    .sort(([a], [b]) => b - a)
    .map(([, group]) => [...group].sort(creatinineNewestFirst));
}

/** Creatinine, weight and height from observations, newest first, each with its date and unit. */
export function summariseObservations(observations: readonly Observation[]): LabsSummary {
  const summary: LabsSummary = { creatinine: [], weights: [], heights: [], labEgfr: [], skipped: [] };
  // Observations of the same measurement can come twice (two searches, or a server include).
  const seen = new Set<string>();
  for (const observation of observations) {
    const observationId = observation.id ?? '';
    if (observationId && seen.has(observationId)) continue;
    seen.add(observationId);

    const creatinineCode = CREATININE_CODES.find((code) => hasLoinc(observation, code));
    const isCreatinine = creatinineCode !== undefined;
    const isWeight = WEIGHT_CODES.some((code) => hasLoinc(observation, code));
    const isHeight = HEIGHT_CODES.some((code) => hasLoinc(observation, code));
    const egfrCode = LAB_EGFR_CODES.find((code) => hasLoinc(observation, code));
    const what = isCreatinine
      ? 'creatinine'
      : isWeight
        ? 'weight'
        : isHeight
          ? 'height'
          : egfrCode
            ? 'lab eGFR'
            : undefined;
    if (!what) continue;

    const read = readQuantity(observation);
    if (!read.ok) {
      summary.skipped.push({
        observationId,
        what,
        reason: read.reason,
        ...(read.date ? { date: read.date } : {}),
      });
      continue;
    }
    const { date, dateTime, quantity } = read;

    if (what === 'creatinine') {
      const unit = readUnit(quantity, CREATININE_UNITS);
      if (unit.unit === undefined) {
        summary.skipped.push({ observationId, what, date, reason: unit.reason });
        continue;
      }
      const loinc = creatinineCode ?? LOINC.creatinineMassPerVolume;
      summary.creatinine.push({
        observationId,
        date,
        recordedAt: dateTime,
        value: quantity.value,
        unit: unit.unit,
        loinc,
        unitSuspect: checkCreatinineUnit(quantity.value, unit.unit) !== null,
      });
    } else if (what === 'lab eGFR') {
      const unit = readUnit(quantity, EGFR_UNITS);
      if (unit.unit === undefined) {
        summary.skipped.push({ observationId, what, date, reason: unit.reason });
        continue;
      }
      const display = codings(observation.code).find((coding) => coding.code === egfrCode)?.display;
      summary.labEgfr.push({
        observationId,
        date,
        value: quantity.value,
        loinc: egfrCode ?? LOINC.egfrUnspecified,
        ...(display ? { display } : {}),
      });
    } else if (what === 'weight') {
      const unit = readUnit(quantity, WEIGHT_UNITS);
      if (unit.unit === undefined) {
        summary.skipped.push({ observationId, what, date, reason: unit.reason });
        continue;
      }
      summary.weights.push({
        observationId,
        date,
        value: round(quantity.value * unit.unit.toKg, 1),
        ...(unit.unit.toKg === 1 ? {} : { recordedAs: `${quantity.value} ${unit.unit.label}` }),
      });
    } else {
      const unit = readUnit(quantity, HEIGHT_UNITS);
      if (unit.unit === undefined) {
        summary.skipped.push({ observationId, what, date, reason: unit.reason });
        continue;
      }
      summary.heights.push({
        observationId,
        date,
        value: round(quantity.value * unit.unit.toCm, 1),
        ...(unit.unit.toCm === 1 ? {} : { recordedAs: `${quantity.value} ${unit.unit.label}` }),
      });
    }
  }
  summary.creatinine.sort(creatinineNewestFirst);
  summary.weights.sort(byDateDesc);
  summary.heights.sort(byDateDesc);
  summary.labEgfr.sort(byDateDesc);
  return summary;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

// ---------------------------------------------------------------------------------------------------
// Medications

export interface ChartMedication {
  id: string;
  resourceType: 'MedicationStatement' | 'MedicationRequest';
  /** As the chart names it (free text is shown as text, never as markup). */
  name: string;
  rxnorm?: string;
  status: string;
  dosage?: string;
  date?: string;
  /**
   * The end the chart itself gives (a statement's `effectivePeriod.end`, a request's
   * `dispenseRequest.validityPeriod.end`). A record can still be "active" after it: the medicine is
   * then kept in the interaction check (missing an interaction is worse than one too many) and the
   * page asks the clinician to confirm it (`hasEndedPerChart`).
   */
  endDate?: string;
}

const CURRENT_STATEMENT_STATUS = new Set(['active', 'intended', 'on-hold', 'unknown']);
const CURRENT_REQUEST_STATUS = new Set(['active', 'on-hold']);

function conceptName(concept: CodeableConcept | undefined): string | undefined {
  if (typeof concept?.text === 'string' && concept.text.trim()) return concept.text.trim();
  for (const coding of codings(concept)) {
    if (typeof coding.display === 'string' && coding.display.trim()) return coding.display.trim();
  }
  return undefined;
}

function codeIn(concept: CodeableConcept | undefined, ...systems: string[]): string | undefined {
  return codings(concept).find(
    (coding) => systems.includes(String(coding.system)) && typeof coding.code === 'string',
  )?.code;
}

/** True for the MedicationRequests bacloplan itself wrote for a saved plan (listed under plans instead). */
export function isBacloplanRequest(request: MedicationRequest): boolean {
  return (
    (request.identifier ?? []).some((identifier) => identifier.system === BACLOPLAN.planIdentifierSystem) ||
    (request.extension ?? []).some((extension) => extension.url === BACLOPLAN.extPlanPhase)
  );
}

/** The id in `Medication/123` or `https://ehr/fhir/Medication/123` (not a contained `#ref`). */
export function medicationReferenceId(reference: string | undefined): string | undefined {
  const match = reference
    ? /(?:^|\/)Medication\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(reference)
    : null;
  return match?.[1];
}

/**
 * The product a record names: its `medicationCodeableConcept`, or the code of the Medication its
 * `medicationReference` points to — contained (`#id`) or read from the server (`medications`).
 */
function medicationConcept(
  resource: MedicationStatement | MedicationRequest,
  medications: ReadonlyMap<string, Medication>,
): CodeableConcept | undefined {
  if (resource.medicationCodeableConcept) return resource.medicationCodeableConcept;
  const reference = resource.medicationReference?.reference;
  if (typeof reference !== 'string') return undefined;
  if (reference.startsWith('#')) {
    const contained = (resource.contained ?? []).find(
      (item): item is Medication => item.resourceType === 'Medication' && `#${item.id}` === reference,
    );
    return contained?.code;
  }
  const id = medicationReferenceId(reference);
  return id ? medications.get(id)?.code : undefined;
}

function medicationFrom(
  resource: (MedicationStatement | MedicationRequest) & { id?: string },
  dosageText: string | undefined,
  dates: { date: string | undefined; end: string | undefined },
  medications: ReadonlyMap<string, Medication>,
): ChartMedication {
  const concept = medicationConcept(resource, medications);
  const rxnorm = codeIn(concept, SYSTEM.rxnorm);
  const referenceName = resource.medicationReference?.display;
  const name =
    conceptName(concept) ??
    (typeof referenceName === 'string' && referenceName.trim() ? referenceName.trim() : undefined) ??
    (rxnorm ? `RxNorm ${rxnorm}` : unreadMedicationName(resource));
  return {
    id: resource.id ?? '',
    resourceType: resource.resourceType,
    name,
    ...(rxnorm ? { rxnorm } : {}),
    status: String(resource.status),
    ...(dosageText ? { dosage: dosageText } : {}),
    ...(isIsoDate(dates.date) ? { date: dates.date.slice(0, 10) } : {}),
    ...(isIsoDate(dates.end) ? { endDate: dates.end.slice(0, 10) } : {}),
  };
}

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value);
}

/**
 * True for a current medicine whose chart end date has passed (the spec has no rule for it; see
 * src/rules/README.md): it stays in the interaction check, and the page asks the clinician to confirm it.
 */
export function hasEndedPerChart(medication: ChartMedication, today: string): boolean {
  return medication.endDate !== undefined && medication.endDate < today;
}

/** What a record without a readable product is called: it is then "not checked", never dropped. */
function unreadMedicationName(resource: MedicationStatement | MedicationRequest): string {
  const reference = resource.medicationReference?.reference;
  return typeof reference === 'string'
    ? `Medication not readable from the chart (${reference.slice(0, 80)})`
    : 'Unnamed medication';
}

/** Current medications (statements the patient takes and active requests), bacloplan's own plans excluded. */
export function mapMedications(
  statements: readonly MedicationStatement[],
  requests: readonly MedicationRequest[],
  referenced: readonly Medication[] = [],
): ChartMedication[] {
  const medications = new Map(
    referenced.filter((item) => typeof item.id === 'string').map((item) => [item.id as string, item]),
  );
  const list: ChartMedication[] = [];
  for (const statement of statements) {
    if (!CURRENT_STATEMENT_STATUS.has(String(statement.status))) continue;
    list.push(
      medicationFrom(
        statement,
        statement.dosage?.find((dosage) => typeof dosage.text === 'string')?.text,
        {
          date: statement.effectiveDateTime ?? statement.effectivePeriod?.start ?? statement.dateAsserted,
          end: statement.effectivePeriod?.end,
        },
        medications,
      ),
    );
  }
  for (const request of requests) {
    if (!CURRENT_REQUEST_STATUS.has(String(request.status)) || isBacloplanRequest(request)) continue;
    list.push(
      medicationFrom(
        request,
        request.dosageInstruction?.find((dosage) => typeof dosage.text === 'string')?.text,
        { date: request.authoredOn, end: request.dispenseRequest?.validityPeriod?.end },
        medications,
      ),
    );
  }
  return list.sort((a, b) => a.name.localeCompare(b.name));
}

/** What the rules module's interaction check takes: name and RxNorm code, one per drug. */
export function medicationInputs(medications: readonly ChartMedication[]): MedicationInput[] {
  const seen = new Set<string>();
  const inputs: MedicationInput[] = [];
  for (const medication of medications) {
    const key = medication.rxnorm ? `rx:${medication.rxnorm}` : `name:${medication.name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    inputs.push(medicationInput(medication));
  }
  return inputs;
}

export function medicationInput(medication: ChartMedication): MedicationInput {
  return { name: medication.name, ...(medication.rxnorm ? { rxnorm: medication.rxnorm } : {}) };
}

// ---------------------------------------------------------------------------------------------------
// Conditions and allergies

export interface ChartCondition {
  id: string;
  name: string;
  snomed?: string;
  icd10?: string;
  clinicalStatus?: string;
  onset?: string;
  /** An abatement date on a condition still marked current: it stays checked, and the page says so. */
  abatement?: string;
}

const CURRENT_CLINICAL_STATUS = new Set(['active', 'recurrence', 'relapse']);
const EXCLUDED_VERIFICATION = new Set(['refuted', 'entered-in-error']);

function statusCode(concept: CodeableConcept | undefined): string | undefined {
  return codings(concept).find((coding) => typeof coding.code === 'string')?.code;
}

/**
 * Current conditions: active, recurrent or relapsed, not refuted. A condition without a clinical status
 * is kept unless it has an abatement, because missing a contraindication is worse than showing one twice.
 */
export function mapConditions(conditions: readonly Condition[]): ChartCondition[] {
  const list: ChartCondition[] = [];
  for (const condition of conditions) {
    const clinical = statusCode(condition.clinicalStatus);
    const verification = statusCode(condition.verificationStatus);
    if (verification && EXCLUDED_VERIFICATION.has(verification)) continue;
    if (clinical ? !CURRENT_CLINICAL_STATUS.has(clinical) : conditionHasAbated(condition)) continue;
    const snomed = codeIn(condition.code, SYSTEM.snomed);
    const icd10 = codeIn(condition.code, SYSTEM.icd10, SYSTEM.icd10cm);
    list.push({
      id: condition.id ?? '',
      name: conceptName(condition.code) ?? snomed ?? icd10 ?? 'Unnamed condition',
      ...(snomed ? { snomed } : {}),
      ...(icd10 ? { icd10 } : {}),
      ...(clinical ? { clinicalStatus: clinical } : {}),
      ...(isIsoDate(condition.onsetDateTime) ? { onset: condition.onsetDateTime.slice(0, 10) } : {}),
      ...abatementField(condition),
    });
  }
  return list.sort((a, b) => a.name.localeCompare(b.name));
}

function abatementField(condition: Condition): { abatement?: string } {
  const date =
    condition.abatementDateTime ?? condition.abatementPeriod?.end ?? condition.abatementPeriod?.start;
  return isIsoDate(date) ? { abatement: date.slice(0, 10) } : {};
}

function conditionHasAbated(condition: Condition): boolean {
  return (
    condition.abatementDateTime !== undefined ||
    condition.abatementPeriod !== undefined ||
    condition.abatementString !== undefined ||
    condition.abatementAge !== undefined ||
    condition.abatementRange !== undefined
  );
}

export interface ChartAllergy {
  id: string;
  substance: string;
  rxnorm?: string;
  criticality?: string;
  reactions: string[];
  /** Baclofen hypersensitivity is a contraindication, so it is also passed on as a condition. */
  isBaclofen: boolean;
}

export function mapAllergies(allergies: readonly AllergyIntolerance[]): ChartAllergy[] {
  const list: ChartAllergy[] = [];
  for (const allergy of allergies) {
    const clinical = statusCode(allergy.clinicalStatus);
    const verification = statusCode(allergy.verificationStatus);
    if (verification && EXCLUDED_VERIFICATION.has(verification)) continue;
    if (clinical && clinical !== 'active') continue;
    const rxnorm = codeIn(allergy.code, SYSTEM.rxnorm);
    const substance = conceptName(allergy.code) ?? (rxnorm ? `RxNorm ${rxnorm}` : 'Unnamed substance');
    const reactions = (allergy.reaction ?? []).flatMap((reaction) =>
      (reaction.manifestation ?? [])
        .map((manifestation) => conceptName(manifestation))
        .filter((text) => !!text),
    ) as string[];
    list.push({
      id: allergy.id ?? '',
      substance,
      ...(rxnorm ? { rxnorm } : {}),
      ...(typeof allergy.criticality === 'string' ? { criticality: allergy.criticality } : {}),
      reactions,
      isBaclofen: rxnorm === RXNORM_BACLOFEN || /baclofen|lioresal|baclocur/i.test(substance),
    });
  }
  return list;
}

export const BACLOFEN_HYPERSENSITIVITY = 'Hypersensitivity to baclofen';

/** What the rules module's condition check takes; a baclofen allergy becomes a hypersensitivity condition. */
export function conditionInputs(
  conditions: readonly ChartCondition[],
  allergies: readonly ChartAllergy[] = [],
): ConditionInput[] {
  const inputs: ConditionInput[] = conditions.map(conditionInput);
  if (allergies.some((allergy) => allergy.isBaclofen)) inputs.push({ name: BACLOFEN_HYPERSENSITIVITY });
  return inputs;
}

export function conditionInput(condition: ChartCondition): ConditionInput {
  return {
    name: condition.name,
    ...(condition.snomed ? { snomed: condition.snomed } : {}),
    ...(condition.icd10 ? { icd10: condition.icd10 } : {}),
  };
}

/** SNOMED CT and ICD-10 codes that mean the patient is on (or dependent on) renal dialysis. */
const DIALYSIS_SNOMED = new Set(['105502003', '265764009', '108241001', '71192002', '302497006']);
const DIALYSIS_ICD10 = /^(Z99\.?2|Z49)/i;

export function isOnDialysis(conditions: readonly ChartCondition[]): boolean {
  return conditions.some(
    (condition) =>
      (condition.snomed !== undefined && DIALYSIS_SNOMED.has(condition.snomed)) ||
      (condition.icd10 !== undefined && DIALYSIS_ICD10.test(condition.icd10)) ||
      /dialysis/i.test(condition.name),
  );
}

// ---------------------------------------------------------------------------------------------------
// The chart

export interface ChartSources {
  patient: Patient & { id: string };
  observations: readonly Observation[];
  medicationStatements: readonly MedicationStatement[];
  medicationRequests: readonly MedicationRequest[];
  conditions: readonly Condition[];
  allergies: readonly AllergyIntolerance[];
  /** Medications the records point to with `medicationReference` (read with `_include`). */
  medications?: readonly Medication[];
}

export interface PatientChart {
  patient: PatientSummary;
  labs: LabsSummary;
  medications: ChartMedication[];
  conditions: ChartCondition[];
  allergies: ChartAllergy[];
  onDialysis: boolean;
}

export function buildChart(sources: ChartSources, today: string): PatientChart {
  const conditions = mapConditions(sources.conditions);
  return {
    patient: mapPatient(sources.patient, today),
    labs: summariseObservations(sources.observations),
    medications: mapMedications(
      sources.medicationStatements,
      sources.medicationRequests,
      sources.medications,
    ),
    conditions,
    allergies: mapAllergies(sources.allergies),
    onDialysis: isOnDialysis(conditions),
  };
}

export interface CreatininePoint {
  date: string;
  value: number;
  unit: CreatinineUnit;
  /** The value in mg/dL, so points recorded in different units share one axis. */
  mgDl: number;
  /** CKD-EPI 2021 with the age on that date; absent with `egfrNote` saying why. */
  egfrMlMin173?: number;
  egfrNote?: string;
  unitSuspect: boolean;
}

/** Creatinine over time, oldest first, with the eGFR of each result (rules module's CKD-EPI 2021). */
export function creatinineTrend(chart: Pick<PatientChart, 'patient' | 'labs'>): CreatininePoint[] {
  const { sex, birthDate } = chart.patient;
  return [...chart.labs.creatinine].reverse().map((result) => {
    const mgDl = creatinineToMgDl(result.value, result.unit);
    const point: CreatininePoint = {
      date: result.date,
      value: result.value,
      unit: result.unit,
      mgDl,
      unitSuspect: result.unitSuspect,
    };
    const age = ageInYears(birthDate, result.date);
    if (result.unitSuspect) point.egfrNote = 'not calculated: unit looks wrong';
    else if (!sex) point.egfrNote = 'not calculated: sex not recorded as female or male';
    else if (age === undefined) point.egfrNote = 'not calculated: birth date not recorded';
    else if (age < 18) point.egfrNote = 'not calculated: under 18 on that date';
    else point.egfrMlMin173 = ckdEpi2021({ ageYears: age, sex, creatinineMgDl: mgDl });
    return point;
  });
}

const MAX_PLANNER_LIST = 400;
const MAX_PLANNER_TEXT = 2000;

function clip(text: string): string {
  return text.length > MAX_PLANNER_TEXT ? `${text.slice(0, MAX_PLANNER_TEXT - 1)}…` : text;
}

/**
 * The planner's search params for this chart (src/lib/plannerSearch.ts): the latest values with their
 * dates (so the planner can flag stale labs), the unit exactly as recorded (the planner warns about an
 * implausible one; nothing is converted here), medications and conditions with their codes.
 * Values the chart does not have are left out for the prescriber to enter, never filled in.
 */
export function chartToPlannerSearch(chart: PatientChart, today: string): PlannerState {
  const search: { -readonly [K in keyof PlannerState]: PlannerState[K] } = { patient: chart.patient.id };
  const age = ageInYears(chart.patient.birthDate, today);
  if (age !== undefined) search.age = age;
  if (chart.patient.sex) search.sex = chart.patient.sex;
  const creatinine = chart.labs.creatinine[0];
  if (creatinine) {
    search.scr = creatinine.value;
    search.scrUnit = creatinine.unit;
    search.scrDate = creatinine.date;
  }
  const weight = chart.labs.weights[0];
  if (weight) {
    search.weightKg = weight.value;
    search.weightDate = weight.date;
  }
  const height = chart.labs.heights[0];
  if (height) {
    search.heightCm = height.value;
    search.heightDate = height.date;
  }
  search.dialysis = chart.onDialysis;
  const meds = medicationInputs(chart.medications)
    .slice(0, MAX_PLANNER_LIST)
    .map((input) =>
      typeof input === 'string'
        ? clip(input)
        : { ...input, ...(input.name ? { name: clip(input.name) } : {}) },
    );
  if (meds.length > 0) search.meds = meds;
  const conds = conditionInputs(chart.conditions, chart.allergies)
    .slice(0, MAX_PLANNER_LIST)
    .map((input) =>
      typeof input === 'string'
        ? clip(input)
        : { ...input, ...(input.name ? { name: clip(input.name) } : {}) },
    );
  if (conds.length > 0) search.conds = conds;
  return search;
}
