import { beforeAll, describe, expect, it } from 'vitest';
import { validateResource } from '@medplum/core';
import { indexFhirDefinitions } from '../../tests/fhir-engine/engine';
import type { Resource } from '@medplum/fhirtypes';
import { buildCohort } from './cohort';
import { getDemoStore, resetDemoStore } from './demoStore';
import { LOINC } from '../../src/fhir/codes';
import { DEMO_TODAY } from '../../src/fhir/clock';

/** Medplum's R4 StructureDefinitions: the validator checks every element's type and cardinality against them. */
beforeAll(() => {
  indexFhirDefinitions();
});

function issuesOf(resource: Resource): string[] {
  try {
    return validateResource(resource)
      .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
      .map((issue) => `${issue.expression?.join(',') ?? ''}: ${issue.details?.text ?? ''}`);
  } catch (error) {
    const outcome = (
      error as { outcome?: { issue?: { details?: { text?: string }; expression?: string[] }[] } }
    ).outcome;
    return (outcome?.issue ?? [{ details: { text: String(error) } }]).map(
      (issue) => `${issue.expression?.join(',') ?? ''}: ${issue.details?.text ?? ''}`,
    );
  }
}

describe('synthetic cohort', () => {
  const { patients, savedPlans } = buildCohort();
  const resources = patients.flatMap((patient) => patient.resources);

  it('has at least 24 patients, each with a stated purpose and unique ids', () => {
    const patientResources = resources.filter((resource) => resource.resourceType === 'Patient');
    expect(patientResources.length).toBeGreaterThanOrEqual(24);
    expect(patients.every((patient) => patient.purpose.length > 10)).toBe(true);
    const keys = resources.map((resource) => `${resource.resourceType}/${resource.id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is valid FHIR R4 (Medplum validator against the R4 StructureDefinitions)', () => {
    const problems = resources.flatMap((resource) =>
      issuesOf(resource).map((issue) => `${resource.resourceType}/${resource.id} ${issue}`),
    );
    expect(problems).toEqual([]);
  });

  it('writes saved plans as valid FHIR R4 too', () => {
    const entries = savedPlans.flatMap((plan) => plan.bundle.entry ?? []);
    expect(entries.length).toBeGreaterThan(1);
    for (const plan of savedPlans) expect(issuesOf(plan.bundle)).toEqual([]);
  });

  it('catches an invalid resource (the validator is really on)', () => {
    const broken = {
      resourceType: 'Observation',
      status: 'final',
      code: { text: 'x' },
      effectiveDateTime: '2026-13-45',
      valueQuantity: { value: '1.2' },
    };
    expect(issuesOf(broken as unknown as Resource).length).toBeGreaterThan(0);
  });

  it('covers both creatinine LOINC codes, weight, height, trends and stale labs', () => {
    const observations = resources.filter((resource) => resource.resourceType === 'Observation') as {
      code: { coding: { code: string }[] };
      effectiveDateTime: string;
      subject: { reference: string };
    }[];
    const codes = new Set(observations.map((observation) => observation.code.coding[0]?.code));
    // The chart's codes (drinks per day is a visit's, seeded with the follow-ups below).
    for (const code of Object.values(LOINC).filter((item) => item !== LOINC.alcoholicDrinksPerDay))
      expect(codes).toContain(code);
    const dates = observations.map((observation) => observation.effectiveDateTime.slice(0, 10));
    expect(dates.every((date) => date <= DEMO_TODAY)).toBe(true);
    const oldest = [...dates].sort()[0] ?? '';
    expect(oldest < '2026-08-22').toBe(true); // some results older than 90 days
  });

  it('seeds the demo store, including a plan saved earlier and three followed patients, through transactions', () => {
    resetDemoStore();
    const store = getDemoStore();
    expect(store.all('Patient').length).toBe(patients.length);
    const plans = store.all('CarePlan') as { subject: { reference: string } }[];
    expect(plans.map((plan) => plan.subject.reference).sort()).toEqual([
      'Patient/demo-05',
      'Patient/demo-15',
      'Patient/demo-25',
      'Patient/demo-30',
    ]);
    const visits = store.all('Encounter') as { subject: { reference: string } }[];
    const perPatient = (id: string) =>
      visits.filter((visit) => visit.subject.reference === `Patient/${id}`).length;
    expect([perPatient('demo-05'), perPatient('demo-25'), perPatient('demo-15')]).toEqual([4, 5, 3]);
  });
});
