/**
 * TanStack Query option factories for FHIR data, with hierarchical keys so one invalidation reaches
 * everything below it (e.g. `['fhir', 'patient', id]` refreshes the whole chart of that patient).
 * Route loaders call `ensureQueryData(opts)` and components `useSuspenseQuery(opts)` with the same options.
 */
import type {
  AllergyIntolerance,
  CarePlan,
  Condition,
  Medication,
  MedicationRequest,
  MedicationStatement,
  Observation,
  Patient,
  Resource,
} from '@medplum/fhirtypes';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { fhirRead, fhirSearch, fhirSearchAll, fhirSearchAllIncluding } from './client';
import { BACLOPLAN, BODY_SIZE_CODES, CREATININE_CODES, LAB_EGFR_CODES, SYSTEM } from './codes';
import { medicationReferenceId, type ChartSources } from './mapping';
import { parsePatientQuery, patientQueryParams } from './patientSearch';
import { mapSavedPlan } from './plans';
import { visitsFromObservations } from './visits';

/** Codes read for a chart: creatinine (both LOINC units), weight and height. */
export const CHART_OBSERVATION_CODES: readonly string[] = [
  ...CREATININE_CODES,
  ...BODY_SIZE_CODES,
  ...LAB_EGFR_CODES,
];

/** Patients per page of the search list. */
export const PATIENT_PAGE_SIZE = 20;

/** FHIR ids: the only patient identifier bacloplan puts in URLs and query keys. */
export const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

export const fhirKeys = {
  all: ['fhir'] as const,
  patients: () => ['fhir', 'patients'] as const,
  patientSearch: (name: string) => ['fhir', 'patients', { name }] as const,
  patientListDetails: (ids: readonly string[]) => ['fhir', 'patients', 'details', [...ids]] as const,
  patient: (id: string) => ['fhir', 'patient', id] as const,
  observations: (id: string, codes: readonly string[]) =>
    ['fhir', 'patient', id, 'observations', [...codes]] as const,
  medications: (id: string) => ['fhir', 'patient', id, 'medications'] as const,
  conditions: (id: string) => ['fhir', 'patient', id, 'conditions'] as const,
  allergies: (id: string) => ['fhir', 'patient', id, 'allergies'] as const,
  plans: (id: string) => ['fhir', 'patient', id, 'plans'] as const,
  visits: (id: string) => ['fhir', 'patient', id, 'visits'] as const,
};

function query(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}

function loincTokens(codes: readonly string[]): string {
  return codes.map((code) => `${SYSTEM.loinc}|${code}`).join(',');
}

/**
 * The FHIR search for what was typed (patientSearch.ts): every name word must match some part of a
 * name, a word with a digit is a record number, a yyyy-mm-dd word a date of birth; nothing typed lists
 * everyone. Paged by the server (`_count`), never filtered here.
 */
export function patientSearchPath(text: string): string {
  const params = new URLSearchParams(patientQueryParams(parsePatientQuery(text)));
  params.set('_sort', 'family,given');
  params.set('_count', String(PATIENT_PAGE_SIZE));
  return `Patient?${params.toString()}`;
}

/** Patients matching `name` (all patients when empty), page by page through the Bundle's `next` links. */
export function patientSearchOptions(name: string) {
  return infiniteQueryOptions({
    queryKey: fhirKeys.patientSearch(name.trim()),
    queryFn: ({ pageParam, signal }) =>
      fhirSearch<Patient>('Patient', pageParam ?? patientSearchPath(name), signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextUrl,
  });
}

export function patientOptions(id: string) {
  return queryOptions({
    queryKey: fhirKeys.patient(id),
    queryFn: ({ signal }) => fhirRead<Patient>('Patient', id, signal) as Promise<Patient & { id: string }>,
  });
}

// The searches a chart and the patient list send, as paths relative to the FHIR base. One place, so the
// test that runs them against the demo server and the FHIR engine runs exactly what the app sends.
// `patients` is one id or several joined by commas (an OR in FHIR search).
//
// Records are asked for by `subject=Patient/<id>`, not `patient=<id>`: the same search in R4, but a
// server without an index evaluates `patient` as `subject.where(resolve() is Patient)` on every record.
// On the Medplum test engine with the Synthea patients, one chart's observations took 1.2 s that way
// and 14 ms by subject.

function subjects(patients: string): string {
  return patients
    .split(',')
    .map((id) => `Patient/${id}`)
    .join(',');
}

/**
 * Pages of up to 1,000: a long chart is read page after page, and each page costs a round trip and the
 * server's search again (2,000 results took 20 pages of 100 and 5.5 s on the test engine). A server that
 * allows fewer per page says so with a `next` link, which is followed.
 */
export function observationsPath(
  patients: string,
  codes: readonly string[] = CHART_OBSERVATION_CODES,
): string {
  return `Observation?${query({ subject: subjects(patients), code: loincTokens(codes), _sort: '-date', _count: '1000' })}`;
}

/** `_include` brings the Medication a `medicationReference` points to in the same answer. */
export function medicationStatementsPath(patients: string): string {
  return `MedicationStatement?${query({ subject: subjects(patients), _include: 'MedicationStatement:medication', _count: '100' })}`;
}

export function medicationRequestsPath(patients: string, statuses?: string): string {
  return `MedicationRequest?${query({
    subject: subjects(patients),
    ...(statuses ? { status: statuses } : {}),
    _include: 'MedicationRequest:medication',
    _count: '100',
  })}`;
}

export function conditionsPath(patients: string): string {
  return `Condition?${query({ subject: subjects(patients), _count: '100' })}`;
}

export function allergiesPath(patients: string): string {
  return `AllergyIntolerance?${query({ patient: patients, _count: '100' })}`;
}

export function savedPlansPath(patient: string): string {
  return `CarePlan?${query({
    subject: subjects(patient),
    category: `${BACLOPLAN.planCategorySystem}|${BACLOPLAN.planCategoryCode}`,
    _sort: '-_lastUpdated',
    _count: '50',
  })}`;
}

export function observationsOptions(id: string, codes: readonly string[] = CHART_OBSERVATION_CODES) {
  return queryOptions({
    queryKey: fhirKeys.observations(id, codes),
    queryFn: ({ signal }) => fhirSearchAll<Observation>('Observation', observationsPath(id, codes), signal),
  });
}

export function medicationsOptions(id: string) {
  return queryOptions({
    queryKey: fhirKeys.medications(id),
    queryFn: async ({ signal }) => {
      const [statements, requests] = await Promise.all([
        fhirSearchAllIncluding<MedicationStatement>(
          'MedicationStatement',
          medicationStatementsPath(id),
          signal,
        ),
        fhirSearchAllIncluding<MedicationRequest>('MedicationRequest', medicationRequestsPath(id), signal),
      ]);
      const records = [...statements.matches, ...requests.matches];
      const medications = await withReferencedMedications(
        records,
        [...statements.included, ...requests.included],
        signal,
      );
      return { statements: statements.matches, requests: requests.matches, medications };
    },
  });
}

export function conditionsOptions(id: string) {
  return queryOptions({
    queryKey: fhirKeys.conditions(id),
    queryFn: ({ signal }) => fhirSearchAll<Condition>('Condition', conditionsPath(id), signal),
  });
}

export function allergiesOptions(id: string) {
  return queryOptions({
    queryKey: fhirKeys.allergies(id),
    queryFn: ({ signal }) =>
      fhirSearchAll<AllergyIntolerance>('AllergyIntolerance', allergiesPath(id), signal),
  });
}

/** Baclofen plans bacloplan saved to this patient (CarePlans with bacloplan's category), newest first. */
export function savedPlansOptions(id: string) {
  return queryOptions({
    queryKey: fhirKeys.plans(id),
    queryFn: async ({ signal }) => {
      const plans = await fhirSearchAll<CarePlan>('CarePlan', savedPlansPath(id), signal);
      // The active plan first, then its history, newest first: retiring an old version updates it,
      // so the server's "last updated" order alone would put a replaced plan on top.
      const rank = (status: string) => (status === 'active' ? 0 : 1);
      return plans
        .map((plan) => mapSavedPlan(plan, 'server'))
        .sort(
          (a, b) =>
            rank(a.status) - rank(b.status) || String(b.created ?? '').localeCompare(String(a.created ?? '')),
        );
    },
  });
}

/** Follow-up visits bacloplan saved for this patient: Observations of its visit code system, oldest first. */
export function visitsPath(id: string): string {
  return `Observation?${query({
    patient: id,
    code: `${BACLOPLAN.visitCodeSystem}|`,
    _sort: 'date',
    _count: '200',
  })}`;
}

export function savedVisitsOptions(id: string) {
  return queryOptions({
    queryKey: fhirKeys.visits(id),
    queryFn: async ({ signal }) =>
      visitsFromObservations(id, await fhirSearchAll<Observation>('Observation', visitsPath(id), signal)),
  });
}

/** Every query a chart page needs, for the route loader to start in parallel. */
export function chartQueryOptions(id: string) {
  return {
    patient: patientOptions(id),
    observations: observationsOptions(id),
    medications: medicationsOptions(id),
    conditions: conditionsOptions(id),
    allergies: allergiesOptions(id),
  };
}

/** The list asks only for current prescriptions (the chart reads all and sorts them by status). */
const LIST_REQUEST_STATUSES = 'active,on-hold';

/** At most this many Medications are read one by one when a server ignored `_include`. */
const MAX_MEDICATION_READS = 50;

/**
 * The Medications the records point to (`medicationReference`): those the server included, and the
 * rest read one by one (a server may ignore `_include`). Contained ones (`#id`) are read by the mapper.
 * A Medication that cannot be read is left out: the record then shows its reference's display text, or
 * "not checked" — never a guess.
 */
async function withReferencedMedications(
  records: readonly (MedicationStatement | MedicationRequest)[],
  included: readonly Resource[],
  signal?: AbortSignal,
): Promise<Medication[]> {
  const medications = included.filter(
    (resource): resource is Medication => resource.resourceType === 'Medication',
  );
  const have = new Set(medications.map((medication) => `Medication/${medication.id}`));
  const missing = new Set<string>();
  for (const record of records) {
    const id = medicationReferenceId(record.medicationReference?.reference);
    if (id && !have.has(`Medication/${id}`)) missing.add(id);
  }
  const reads = [...missing]
    .slice(0, MAX_MEDICATION_READS)
    .map((id) => fhirRead<Medication>('Medication', id, signal).catch(() => undefined));
  for (const medication of await Promise.all(reads)) if (medication) medications.push(medication);
  return medications;
}

export type PatientListDetails = Record<string, Omit<ChartSources, 'patient'>>;

function subjectId(reference: string | undefined): string | undefined {
  const match = reference ? /(?:^|\/)Patient\/([^/]+)$/.exec(reference) : null;
  return match?.[1];
}

/**
 * Labs, medications, conditions and allergies for one page of the patient list, in one search per
 * resource type (`patient=a,b,c` is an OR in FHIR search), grouped by patient.
 */
export function patientListDetailsOptions(ids: readonly string[]) {
  return queryOptions({
    queryKey: fhirKeys.patientListDetails(ids),
    enabled: ids.length > 0,
    queryFn: async ({ signal }): Promise<PatientListDetails> => {
      const patients = ids.join(',');
      const [observations, statementSearch, requestSearch, conditions, allergies] = await Promise.all([
        fhirSearchAll<Observation>('Observation', observationsPath(patients), signal),
        fhirSearchAllIncluding<MedicationStatement>(
          'MedicationStatement',
          medicationStatementsPath(patients),
          signal,
        ),
        fhirSearchAllIncluding<MedicationRequest>(
          'MedicationRequest',
          medicationRequestsPath(patients, LIST_REQUEST_STATUSES),
          signal,
        ),
        fhirSearchAll<Condition>('Condition', conditionsPath(patients), signal),
        fhirSearchAll<AllergyIntolerance>('AllergyIntolerance', allergiesPath(patients), signal),
      ]);
      const statements = statementSearch.matches;
      const requests = requestSearch.matches;
      const medications = await withReferencedMedications(
        [...statements, ...requests],
        [...statementSearch.included, ...requestSearch.included],
        signal,
      );
      const details: PatientListDetails = {};
      for (const id of ids) {
        details[id] = {
          observations: [],
          medicationStatements: [],
          medicationRequests: [],
          medications,
          conditions: [],
          allergies: [],
        };
      }
      // Medications are shared: a Medication is looked up by the reference a record makes.
      type PerPatient = Exclude<keyof ChartSources, 'patient' | 'medications'>;
      const add = <K extends PerPatient>(
        key: K,
        reference: string | undefined,
        resource: ChartSources[K][number],
      ) => {
        const id = subjectId(reference);
        const entry = id ? details[id] : undefined;
        if (entry) (entry[key] as unknown[]).push(resource);
      };
      for (const item of observations) add('observations', item.subject?.reference, item);
      for (const item of statements) add('medicationStatements', item.subject?.reference, item);
      for (const item of requests) add('medicationRequests', item.subject?.reference, item);
      for (const item of conditions) add('conditions', item.subject?.reference, item);
      for (const item of allergies) add('allergies', item.patient?.reference, item);
      return details;
    },
  });
}
