/**
 * The demo server (mocks/fhir, hand-written) against a real FHIR engine (Medplum) loaded with the same
 * cohort: every search the app sends must give the same resources from both, page by page through each
 * server's own `next` links. Where the engine's in-memory search departs from the FHIR spec the test
 * says so (and asserts it, so a change in either is noticed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, Identifier, Resource } from '@medplum/fhirtypes';
import { buildCohort } from '../../../mocks/fhir/cohort';
import { followUpBundles } from '../../../mocks/fhir/followUps';
import { FhirStore } from '../../../mocks/fhir/store';
import {
  allergiesPath,
  conditionsPath,
  medicationRequestsPath,
  medicationStatementsPath,
  observationsPath,
  patientSearchPath,
  savedPlansPath,
  visitsPath,
} from '../../../src/fhir/queries';
import { createFhirEngine } from '../../fhir-engine/engine';
import { loadDemoCohort } from '../../fhir-engine/datasets';
import { startEngineServer } from '../../fhir-engine/server';

let mock: FhirStore;
let engine: Awaited<ReturnType<typeof startEngineServer>>;

beforeAll(async () => {
  mock = new FhirStore();
  const { patients, savedPlans } = buildCohort();
  mock.seed(patients.flatMap((patient) => patient.resources));
  for (const plan of [...savedPlans, ...followUpBundles()]) mock.transaction(plan.bundle);
  const fhir = createFhirEngine();
  await loadDemoCohort(fhir);
  engine = await startEngineServer(fhir, { port: 0, allowOrigin: 'http://localhost' });
}, 60_000);
afterAll(() => engine?.close());

const seededIds = new Set(
  buildCohort().patients.flatMap((patient) => patient.resources.map((resource) => resource.id)),
);

/**
 * A resource as both servers know it: seeded ones by their id; ones the servers created from the saved
 * plans' transactions (each server picks its own ids) by their business identifiers.
 */
function identityOf(resource: Resource | undefined): string {
  if (!resource) return 'no resource';
  if (resource.id && seededIds.has(resource.id)) return `${resource.resourceType}/${resource.id}`;
  const identifiers = ((resource as { identifier?: Identifier[] }).identifier ?? [])
    .map((identifier) => `${identifier.system}|${identifier.value}`)
    .join(' ');
  return `${resource.resourceType} created with ${identifiers || 'no identifier'}`;
}

/** Every entry of a search, following `next` links; matches and includes kept apart. */
async function allPages(first: string, page: (url: string) => Promise<Bundle>) {
  const matches: string[] = [];
  const included: string[] = [];
  let url: string | undefined = first;
  for (let guard = 0; url && guard < 50; guard += 1) {
    const bundle = await page(url);
    for (const entry of bundle.entry ?? []) {
      const key = identityOf(entry.resource);
      (entry.search?.mode === 'include' ? included : matches).push(key);
    }
    url = bundle.link?.find((link) => link.relation === 'next')?.url;
  }
  return { matches: matches.sort(), included: [...new Set(included)].sort() };
}

function fromMock(path: string) {
  return allPages(path, async (url) => {
    const [type = '', search = ''] = url.replace(/^\//, '').split('?');
    return mock.search(type, new URLSearchParams(search), '');
  });
}

function fromEngine(path: string) {
  return allPages(`${engine.baseUrl}/${path}`, async (url) => {
    const response = await fetch(url);
    expect(response.status, url).toBe(200);
    return (await response.json()) as Bundle;
  });
}

const cohort = buildCohort();
const patientIds = cohort.patients.map((patient) => patient.resources[0]?.id ?? '');

describe('the demo server answers the app as the FHIR engine does', () => {
  it.each([
    ['everyone', ''],
    ['one family name', 'Martin'],
    ['given and family, in either order', 'Étienne Vasseur'],
    ['family then given', 'Vasseur Étienne'],
    ['a name with an accent typed with it', 'Lefèvre'],
    ['a record number', 'BP-100132'],
    ['a record number and a name', 'BP-100101 Claire'],
    ['a name and a date of birth', 'Martin 1981-05-12'],
    ['nobody', 'Zyzzyva'],
  ])('patient search: %s', async (_what, text) => {
    const path = patientSearchPath(text);
    const [fromDemo, fromFhirEngine] = await Promise.all([fromMock(path), fromEngine(path)]);
    expect(fromDemo.matches).toEqual(fromFhirEngine.matches);
  });

  it('finds the same patient by date of birth', async () => {
    const birthDate = (cohort.patients[0]?.resources[0] as { birthDate?: string }).birthDate ?? '';
    const path = patientSearchPath(birthDate);
    const [fromDemo, fromFhirEngine] = await Promise.all([fromMock(path), fromEngine(path)]);
    expect(fromDemo.matches.length).toBeGreaterThan(0);
    expect(fromDemo.matches).toEqual(fromFhirEngine.matches);
  });

  it.each(patientIds)('chart searches of %s', async (id) => {
    for (const path of [
      observationsPath(id),
      medicationStatementsPath(id),
      medicationRequestsPath(id),
      conditionsPath(id),
      allergiesPath(id),
      savedPlansPath(id),
      visitsPath(id),
    ]) {
      const [fromDemo, fromFhirEngine] = await Promise.all([fromMock(path), fromEngine(path)]);
      expect(fromDemo, path).toEqual(fromFhirEngine);
    }
  });

  it('the patient list searches for one page of patients', async () => {
    const ids = patientIds.slice(0, 20).join(',');
    for (const path of [
      observationsPath(ids),
      medicationStatementsPath(ids),
      medicationRequestsPath(ids, 'active,on-hold'),
      conditionsPath(ids),
      allergiesPath(ids),
    ]) {
      const [fromDemo, fromFhirEngine] = await Promise.all([fromMock(path), fromEngine(path)]);
      expect(fromDemo, path).toEqual(fromFhirEngine);
    }
  });

  it('the Medication behind a medicationReference comes with the request, from both', async () => {
    const path = medicationRequestsPath('demo-32');
    const [fromDemo, fromFhirEngine] = await Promise.all([fromMock(path), fromEngine(path)]);
    expect(fromDemo.included).toHaveLength(1);
    expect(fromDemo.included[0]).toMatch(/^Medication\//);
    expect(fromDemo.included).toEqual(fromFhirEngine.included);
  });

  it('known departure of the engine: its in-memory name search does not fold accents (FHIR says it should)', async () => {
    const path = patientSearchPath('Lefevre');
    const [fromDemo, fromFhirEngine] = await Promise.all([fromMock(path), fromEngine(path)]);
    expect(fromDemo.matches).toEqual(['Patient/demo-03']);
    expect(fromFhirEngine.matches).toEqual([]);
  });
});
