import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import type { Patient } from '@medplum/fhirtypes';
import { server } from '../../../mocks/node';
import { resetFaults, setFault } from '../../../mocks/faults';
import { resetDemoStore } from '../../../mocks/fhir/demoStore';
import {
  FhirError,
  fhirFetch,
  fhirRead,
  fhirSearch,
  fhirSearchAll,
  resolveFhirUrl,
} from '../../../src/fhir/client';
import { bundleSchema } from '../../../src/fhir/schemas';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetFaults();
  resetDemoStore();
});
afterAll(() => server.close());

async function failure(promise: Promise<unknown>): Promise<FhirError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FhirError) return error;
    throw error;
  }
  throw new Error('expected a FhirError');
}

describe('fhirFetch', () => {
  it('reads a resource and checks its type', async () => {
    const patient = await fhirRead<Patient>('Patient', 'demo-01');
    expect(patient.name?.[0]?.family).toBe('Martin');
  });

  it('turns a 404 into a not-found error with status and the OperationOutcome text', async () => {
    const error = await failure(fhirRead('Patient', 'nobody'));
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
    expect(error.message).toBe(
      'Not found on the FHIR server (HTTP 404): Patient/nobody is not known to this server.',
    );
    expect(error.outcome?.resourceType).toBe('OperationOutcome');
  });

  it('reports a 500 with the server message', async () => {
    setFault('server-error');
    const error = await failure(fhirRead('Patient', 'demo-01'));
    expect(error).toMatchObject({ kind: 'http', status: 500 });
    expect(error.message).toContain('internal error (HTTP 500): The demo EHR is failing on purpose');
  });

  it.each([
    [503, 'http', 'is unavailable for now (HTTP 503)', 'Try again later.'],
    [401, 'unauthorized', 'asks you to sign in again (HTTP 401)', 'Sign in again through your EHR'],
    [403, 'unauthorized', 'does not allow this for your account (HTTP 403)', 'Ask your EHR administrator'],
  ] as const)('says what a %i means: %s', async (status, kind, what, next) => {
    server.use(
      http.get('*/Patient/:id', () =>
        HttpResponse.json({ resourceType: 'OperationOutcome', issue: [] }, { status }),
      ),
    );
    const error = await failure(fhirRead('Patient', 'demo-01'));
    expect(error).toMatchObject({ kind, status });
    expect(error.message).toContain(what);
    expect(error.message).toContain(next);
  });

  it('reports an unreachable server as a network error without a status', async () => {
    setFault('network-error');
    const error = await failure(fhirSearch('Patient', 'Patient?name=mar'));
    expect(error).toMatchObject({ kind: 'network', status: undefined });
    expect(error.message).toMatch(/could not be reached/);
  });

  it('turns a Bundle that is not a Bundle into a clear malformed error', async () => {
    setFault('malformed');
    const error = await failure(fhirSearch('Patient', 'Patient?name=mar'));
    expect(error.kind).toBe('malformed');
    expect(error.message).toMatch(
      /^The FHIR server's answer could not be read \(expected a Bundle of Patient search results\): /,
    );
    expect(error.message).toContain('total');
    expect(error.message).toContain('entry');
  });

  it('rejects non-JSON answers and search entries that are not usable resources', async () => {
    server.use(
      http.get(
        '*/fhir/Patient',
        () => new HttpResponse('<html>login</html>', { headers: { 'Content-Type': 'text/html' } }),
      ),
    );
    expect((await failure(fhirSearch('Patient', 'Patient'))).message).toBe(
      "The FHIR server's answer is not FHIR JSON (expected a Bundle of Patient search results).",
    );
    server.use(
      http.get('*/fhir/Observation', () =>
        HttpResponse.json({
          resourceType: 'Bundle',
          type: 'searchset',
          entry: [{ resource: { resourceType: 'Observation' } }],
        }),
      ),
    );
    expect((await failure(fhirSearch('Observation', 'Observation'))).message).toMatch(
      /entry 0 is not a usable Observation \(id:/,
    );
  });

  it('refuses a paging link that points to another server', async () => {
    expect(() => resolveFhirUrl('https://evil.example/fhir/Patient?_offset=20')).toThrow(FhirError);
    expect(resolveFhirUrl('Patient?name=x')).toBe('http://localhost/fhir/Patient?name=x');
  });

  it('follows next links to collect every page', async () => {
    const first = await fhirSearch<Patient>('Patient', 'Patient?_count=10&_sort=family');
    expect(first.resources).toHaveLength(10);
    expect(first.total).toBeGreaterThanOrEqual(24);
    const all = await fhirSearchAll<Patient>('Patient', 'Patient?_count=10&_sort=family');
    expect(all).toHaveLength(first.total ?? 0);
    expect(new Set(all.map((patient) => patient.id)).size).toBe(all.length);
  });

  it('answers the CapabilityStatement and a FHIR search with the demo semantics', async () => {
    const metadata = await fhirFetch<{ resourceType: string; fhirVersion: string }>('metadata');
    expect(metadata).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1' });
    const bundle = await fhirFetch(
      'Observation?patient=demo-03&code=http://loinc.org|2160-0,http://loinc.org|14682-9&_sort=-date&_count=2',
      { schema: bundleSchema },
    );
    expect(bundle.total).toBe(3);
    expect(
      bundle.entry?.map((entry) =>
        (entry.resource as { effectiveDateTime?: string }).effectiveDateTime?.slice(0, 10),
      ),
    ).toEqual(['2026-10-26', '2026-04-24']);
    expect(bundle.link?.find((link) => link.relation === 'next')?.url).toContain('_offset=2');
  });
});
