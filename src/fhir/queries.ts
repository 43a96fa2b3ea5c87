/**
 * TanStack Query option factories for FHIR data, with hierarchical keys so one invalidation reaches
 * everything below it (e.g. `['fhir', 'patient', id]` refreshes the whole chart of that patient).
 * Route loaders call `ensureQueryData(opts)` and components `useSuspenseQuery(opts)` with the same options.
 */
import type {
  AllergyIntolerance,
  CarePlan,
  Condition,
  MedicationRequest,
  MedicationStatement,
  Observation,
  Patient,
} from '@medplum/fhirtypes';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { fhirRead, fhirSearch, fhirSearchAll } from './client';
import { BACLOPLAN, BODY_SIZE_CODES, CREATININE_CODES, SYSTEM } from './codes';
import type { ChartSources } from './mapping';
import { mapSavedPlan } from './plans';

/** Codes read for a chart: creatinine (both LOINC units), weight and height. */
export const CHART_OBSERVATION_CODES: readonly string[] = [...CREATININE_CODES, ...BODY_SIZE_CODES];

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
};

function query(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}

function loincTokens(codes: readonly string[]): string {
  return codes.map((code) => `${SYSTEM.loinc}|${code}`).join(',');
}

export function patientSearchPath(name: string): string {
  const trimmed = name.trim();
  return `Patient?${query({ ...(trimmed ? { name: trimmed } : {}), _sort: 'family,given', _count: String(PATIENT_PAGE_SIZE) })}`;
}

/** Patients whose name matches `name` (all patients when empty), page by page through the Bundle's `next` links. */
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

export function observationsOptions(id: string, codes: readonly string[] = CHART_OBSERVATION_CODES) {
  return queryOptions({
    queryKey: fhirKeys.observations(id, codes),
    queryFn: ({ signal }) =>
      fhirSearchAll<Observation>(
        'Observation',
        `Observation?${query({ patient: id, code: loincTokens(codes), _sort: '-date', _count: '100' })}`,
        signal,
      ),
  });
}

export function medicationsOptions(id: string) {
  return queryOptions({
    queryKey: fhirKeys.medications(id),
    queryFn: async ({ signal }) => {
      const [statements, requests] = await Promise.all([
        fhirSearchAll<MedicationStatement>(
          'MedicationStatement',
          `MedicationStatement?${query({ patient: id, _count: '100' })}`,
          signal,
        ),
        fhirSearchAll<MedicationRequest>(
          'MedicationRequest',
          `MedicationRequest?${query({ patient: id, _count: '100' })}`,
          signal,
        ),
      ]);
      return { statements, requests };
    },
  });
}

export function conditionsOptions(id: string) {
  return queryOptions({
    queryKey: fhirKeys.conditions(id),
    queryFn: ({ signal }) =>
      fhirSearchAll<Condition>('Condition', `Condition?${query({ patient: id, _count: '100' })}`, signal),
  });
}

export function allergiesOptions(id: string) {
  return queryOptions({
    queryKey: fhirKeys.allergies(id),
    queryFn: ({ signal }) =>
      fhirSearchAll<AllergyIntolerance>(
        'AllergyIntolerance',
        `AllergyIntolerance?${query({ patient: id, _count: '100' })}`,
        signal,
      ),
  });
}

/** Baclofen plans bacloplan saved to this patient (CarePlans with bacloplan's category), newest first. */
export function savedPlansOptions(id: string) {
  return queryOptions({
    queryKey: fhirKeys.plans(id),
    queryFn: async ({ signal }) => {
      const plans = await fhirSearchAll<CarePlan>(
        'CarePlan',
        `CarePlan?${query({
          patient: id,
          category: `${BACLOPLAN.planCategorySystem}|${BACLOPLAN.planCategoryCode}`,
          _sort: '-_lastUpdated',
          _count: '50',
        })}`,
        signal,
      );
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
      const [observations, statements, requests, conditions, allergies] = await Promise.all([
        fhirSearchAll<Observation>(
          'Observation',
          `Observation?${query({
            patient: patients,
            code: loincTokens(CHART_OBSERVATION_CODES),
            _sort: '-date',
            _count: '100',
          })}`,
          signal,
        ),
        fhirSearchAll<MedicationStatement>(
          'MedicationStatement',
          `MedicationStatement?${query({ patient: patients, _count: '100' })}`,
          signal,
        ),
        fhirSearchAll<MedicationRequest>(
          'MedicationRequest',
          `MedicationRequest?${query({ patient: patients, status: 'active,on-hold', _count: '100' })}`,
          signal,
        ),
        fhirSearchAll<Condition>(
          'Condition',
          `Condition?${query({ patient: patients, _count: '100' })}`,
          signal,
        ),
        fhirSearchAll<AllergyIntolerance>(
          'AllergyIntolerance',
          `AllergyIntolerance?${query({ patient: patients, _count: '100' })}`,
          signal,
        ),
      ]);
      const details: PatientListDetails = {};
      for (const id of ids) {
        details[id] = {
          observations: [],
          medicationStatements: [],
          medicationRequests: [],
          conditions: [],
          allergies: [],
        };
      }
      const add = <K extends keyof Omit<ChartSources, 'patient'>>(
        key: K,
        reference: string | undefined,
        resource: Omit<ChartSources, 'patient'>[K][number],
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
