/**
 * MSW handlers: the demo EHR's FHIR R4 REST API under `<app origin>/fhir`, answering from the
 * in-memory store (mocks/fhir) like a real server, with the fault modes of faults.ts layered on top.
 *
 * The handlers match only `<origin>/fhir/…` (not any path containing `/fhir/`), so in `vite dev` the
 * app's own source files under `/src/fhir/` are never answered by the mock.
 */
import { delay, http, HttpResponse, type HttpResponseResolver } from 'msw';
import { currentFault } from './faults';
import { getDemoStore } from './fhir/demoStore';
import { operationOutcome, FhirStoreError } from './fhir/store';
import type { Bundle, Resource } from '@medplum/fhirtypes';

/** How long the `slow` fault holds every answer. */
export const SLOW_DELAY_MS = 3000;

const FHIR_JSON = { 'Content-Type': 'application/fhir+json; charset=utf-8' };

/** Where the demo server lives: the page's origin + /fhir (or any origin in plain Node). */
export function demoFhirBase(): string {
  const origin =
    typeof location !== 'undefined' && location.origin && location.origin !== 'null' ? location.origin : '*';
  return `${origin}/fhir`;
}

function fhirJson(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return HttpResponse.json(body as Record<string, unknown>, {
    status,
    headers: { ...FHIR_JSON, ...headers },
  });
}

function errorResponse(error: unknown) {
  if (error instanceof FhirStoreError)
    return fhirJson(operationOutcome(error.message, error.code), error.status);
  const message = error instanceof Error ? error.message : 'Unexpected error';
  return fhirJson(operationOutcome(`Internal error: ${message}`, 'exception', 'fatal'), 500);
}

/** Base URL for links in answers: the request's own origin and /fhir. */
function baseOf(request: Request): string {
  const url = new URL(request.url);
  const index = url.pathname.indexOf('/fhir');
  return `${url.origin}${url.pathname.slice(0, index + '/fhir'.length)}`;
}

/** Applies the active fault mode before the real answer (read per request, so tests can switch it). */
function withFaults(resolver: HttpResponseResolver): HttpResponseResolver {
  return async (info) => {
    const fault = currentFault();
    if (fault === 'slow') await delay(SLOW_DELAY_MS);
    if (fault === 'server-error') {
      return fhirJson(
        operationOutcome(
          'The demo EHR is failing on purpose (fault mode "server-error").',
          'exception',
          'fatal',
        ),
        500,
      );
    }
    if (fault === 'network-error') return HttpResponse.error();
    if (fault === 'writes-unavailable' && info.request.method !== 'GET') {
      return fhirJson(
        operationOutcome(
          'The demo EHR takes no writes for now (fault mode "writes-unavailable").',
          'transient',
          'error',
        ),
        503,
      );
    }
    if (fault === 'malformed') {
      // Claims to be a Bundle but is not one: `entry` is an object and `total` a word.
      return fhirJson({
        resourceType: 'Bundle',
        type: 'searchset',
        total: 'many',
        entry: { resource: 'not a list' },
      });
    }
    try {
      return await resolver(info);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

async function readJson(request: Request): Promise<Resource> {
  try {
    const body = (await request.json()) as unknown;
    if (typeof body !== 'object' || body === null || typeof (body as Resource).resourceType !== 'string') {
      throw new FhirStoreError('The request body is not a FHIR resource (no resourceType).');
    }
    return body as Resource;
  } catch (error) {
    if (error instanceof FhirStoreError) throw error;
    throw new FhirStoreError('The request body is not valid JSON.');
  }
}

export function createHandlers(base = demoFhirBase()) {
  return [
    http.get(
      `${base}/metadata`,
      withFaults(() => fhirJson(getDemoStore().capabilityStatement())),
    ),
    http.get(
      `${base}/:resourceType`,
      withFaults(({ request, params }) => {
        const url = new URL(request.url);
        return fhirJson(
          getDemoStore().search(String(params.resourceType), url.searchParams, baseOf(request)),
        );
      }),
    ),
    http.get(
      `${base}/:resourceType/:id`,
      withFaults(({ params }) =>
        fhirJson(getDemoStore().read(String(params.resourceType), String(params.id))),
      ),
    ),
    http.post(
      `${base}/:resourceType`,
      withFaults(async ({ request, params }) => {
        const resource = await readJson(request);
        if (resource.resourceType !== params.resourceType) {
          throw new FhirStoreError(
            `Body is a ${resource.resourceType}, but was posted to /${String(params.resourceType)}.`,
          );
        }
        const { resource: stored, created } = getDemoStore().create(resource, {
          ifNoneExist: request.headers.get('If-None-Exist') ?? undefined,
        });
        return fhirJson(stored, created ? 201 : 200, {
          Location: `${baseOf(request)}/${stored.resourceType}/${stored.id}/_history/${stored.meta?.versionId ?? '1'}`,
          ETag: `W/"${stored.meta?.versionId ?? '1'}"`,
        });
      }),
    ),
    http.put(
      `${base}/:resourceType/:id`,
      withFaults(async ({ request, params }) => {
        const resource = await readJson(request);
        if (resource.resourceType !== params.resourceType || resource.id !== params.id) {
          throw new FhirStoreError(
            `Body is ${resource.resourceType}/${resource.id ?? '(no id)'}, but was sent to /${String(params.resourceType)}/${String(params.id)}.`,
          );
        }
        const stored = getDemoStore().update(resource);
        return fhirJson(stored, 200, { ETag: `W/"${stored.meta?.versionId ?? '1'}"` });
      }),
    ),
    ...[base, `${base}/`].map((path) =>
      http.post(
        path,
        withFaults(async ({ request }) => {
          const bundle = (await readJson(request)) as Bundle;
          return fhirJson(getDemoStore().transaction(bundle));
        }),
      ),
    ),
  ];
}

export const handlers = createHandlers();
