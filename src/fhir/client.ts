/**
 * Typed FHIR R4 REST access: one fetch function whose failures are `FhirError`s that say, in words a
 * clinician can act on, what went wrong (unreachable, server error with its OperationOutcome, an
 * answer that is not FHIR), plus search helpers that check the Bundle before anything reads it.
 */
import type { Bundle, OperationOutcome, Resource } from '@medplum/fhirtypes';
import { ensureFhirConnection, getFhirConnection } from './connection';
import { bundleSchema, describeZodIssues, resourceSchema, type Checker } from './schemas';

export type FhirErrorKind = 'network' | 'timeout' | 'http' | 'not-found' | 'unauthorized' | 'malformed';

export class FhirError extends Error {
  readonly kind: FhirErrorKind;
  /** HTTP status when the server answered; undefined for network failures and timeouts. */
  readonly status: number | undefined;
  readonly outcome: OperationOutcome | undefined;
  readonly url: string;

  constructor(args: {
    kind: FhirErrorKind;
    message: string;
    url: string;
    status?: number;
    outcome?: OperationOutcome;
    cause?: unknown;
  }) {
    super(args.message, { cause: args.cause });
    this.name = 'FhirError';
    this.kind = args.kind;
    this.status = args.status;
    this.outcome = args.outcome;
    this.url = args.url;
  }
}

export function isFhirError(error: unknown): error is FhirError {
  return error instanceof FhirError;
}

/** A request slower than this is abandoned; the query layer then retries with backoff. */
export const FHIR_TIMEOUT_MS = 30_000;

/** The readable text of an OperationOutcome: each issue's details.text or diagnostics. */
export function operationOutcomeMessage(outcome: unknown): string | undefined {
  if (typeof outcome !== 'object' || outcome === null) return undefined;
  const { resourceType, issue } = outcome as { resourceType?: unknown; issue?: unknown };
  if (resourceType !== 'OperationOutcome' || !Array.isArray(issue)) return undefined;
  const texts = issue
    .map((item: unknown) => {
      if (typeof item !== 'object' || item === null) return undefined;
      const { details, diagnostics } = item as { details?: { text?: unknown }; diagnostics?: unknown };
      if (typeof details?.text === 'string' && details.text.trim()) return details.text.trim();
      if (typeof diagnostics === 'string' && diagnostics.trim()) return diagnostics.trim();
      return undefined;
    })
    .filter((text): text is string => text !== undefined);
  return texts.length > 0 ? texts.join('; ') : undefined;
}

function documentBase(): string {
  return typeof document !== 'undefined' ? document.baseURI : 'http://localhost/';
}

/** The configured base as an absolute URL with a trailing slash (a relative base such as `/fhir` is same-origin). */
export function absoluteBaseUrl(baseUrl = getFhirConnection().baseUrl): URL {
  const url = new URL(baseUrl, documentBase());
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/**
 * Resolves `Patient?name=x` against the FHIR base. Absolute URLs (a Bundle's paging links) are accepted
 * only on the configured server, because patient data must not be sent anywhere else.
 */
export function resolveFhirUrl(path: string, baseUrl?: string): string {
  const base = absoluteBaseUrl(baseUrl);
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) {
    const url = new URL(path);
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname.replace(/\/$/, ''))) {
      throw new FhirError({
        kind: 'malformed',
        url: path,
        message: `The FHIR server sent a link to another address (${url.origin}); bacloplan only talks to ${base.origin}.`,
      });
    }
    return url.toString();
  }
  return new URL(path.replace(/^\//, ''), base).toString();
}

function statusMessage(status: number, detail: string | undefined): { kind: FhirErrorKind; message: string } {
  // The server's own words, ended as a sentence, since more words follow.
  const suffix = detail ? `: ${detail}${/[.!?]$/.test(detail.trim()) ? '' : '.'}` : '.';
  if (status === 401) {
    return {
      kind: 'unauthorized',
      message: `The FHIR server asks you to sign in again (HTTP 401)${suffix} Sign in again through your EHR (SMART launch).`,
    };
  }
  if (status === 403) {
    return {
      kind: 'unauthorized',
      message: `The FHIR server does not allow this for your account (HTTP 403)${suffix} Ask your EHR administrator for access, or sign in again with the right account.`,
    };
  }
  if (status === 503 || status === 502 || status === 504) {
    return {
      kind: 'http',
      message: `The FHIR server is unavailable for now (HTTP ${status})${suffix} Try again later.`,
    };
  }
  if (status === 404 || status === 410) {
    return { kind: 'not-found', message: `Not found on the FHIR server (HTTP ${status})${suffix}` };
  }
  if (status >= 500) {
    return { kind: 'http', message: `The FHIR server had an internal error (HTTP ${status})${suffix}` };
  }
  return { kind: 'http', message: `The FHIR server rejected the request (HTTP ${status})${suffix}` };
}

export interface FhirFetchOptions<T> {
  method?: 'GET' | 'POST' | 'PUT';
  body?: unknown;
  signal?: AbortSignal;
  /** Checks the JSON answer; a mismatch becomes a `malformed` FhirError naming what was expected. */
  schema?: Checker<T>;
  /** What the answer should be, in words, for the malformed message ("a Bundle of search results"). */
  expected?: string;
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true && (error as { name?: string })?.name === 'AbortError';
}

/**
 * Fetches `path` (relative to the FHIR base) as FHIR JSON. Resolves with the parsed (and, with a
 * schema, checked) body; rejects with a FhirError for every failure except a caller's abort, which is
 * rethrown as is so the query layer can cancel quietly.
 */
export async function fhirFetch<T = unknown>(path: string, options: FhirFetchOptions<T> = {}): Promise<T> {
  await ensureFhirConnection();
  const connection = getFhirConnection();
  const url = resolveFhirUrl(path, connection.baseUrl);
  const headers: Record<string, string> = { Accept: 'application/fhir+json' };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/fhir+json';
    // Ask for the stored resource back, so a create shows its server id without another read.
    headers.Prefer = 'return=representation';
  }
  const authorization = connection.authorization ? await connection.authorization() : null;
  if (authorization) headers.Authorization = authorization;

  const timeout = AbortSignal.timeout(FHIR_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal,
      // No cookies to the FHIR server: authorisation is the SMART bearer token only.
      credentials: 'omit',
    });
  } catch (error) {
    if (isAbort(error, options.signal)) throw error;
    if (timeout.aborted) {
      throw new FhirError({
        kind: 'timeout',
        url,
        cause: error,
        message: `The FHIR server did not answer within ${FHIR_TIMEOUT_MS / 1000} seconds.`,
      });
    }
    throw new FhirError({
      kind: 'network',
      url,
      cause: error,
      message: 'The FHIR server could not be reached (network error). Check the connection, then retry.',
    });
  }

  const text = await response.text().catch(() => '');
  let json: unknown;
  let parsedJson = false;
  if (text.trim() !== '') {
    try {
      json = JSON.parse(text);
      parsedJson = true;
    } catch {
      parsedJson = false;
    }
  }

  if (!response.ok) {
    const detail = parsedJson ? operationOutcomeMessage(json) : undefined;
    const { kind, message } = statusMessage(response.status, detail);
    throw new FhirError({
      kind,
      url,
      status: response.status,
      outcome: parsedJson && detail ? (json as OperationOutcome) : undefined,
      message,
    });
  }

  if (!parsedJson) {
    throw new FhirError({
      kind: 'malformed',
      url,
      status: response.status,
      message: `The FHIR server's answer is not FHIR JSON${options.expected ? ` (expected ${options.expected})` : ''}.`,
    });
  }
  if (!options.schema) return json as T;
  const checked = options.schema.safeParse(json);
  if (!checked.success) {
    throw new FhirError({
      kind: 'malformed',
      url,
      status: response.status,
      message:
        `The FHIR server's answer could not be read${options.expected ? ` (expected ${options.expected})` : ''}: ` +
        `${describeZodIssues(checked.error)}.`,
    });
  }
  return checked.data;
}

/** Reads one resource by type and id; a 404 becomes a `not-found` FhirError with the server's words. */
export function fhirRead<T extends Resource>(
  resourceType: T['resourceType'],
  id: string,
  signal?: AbortSignal,
): Promise<T> {
  return fhirFetch(`${resourceType}/${encodeURIComponent(id)}`, {
    signal,
    schema: resourceSchema(resourceType) as unknown as Checker<T>,
    expected: `a ${resourceType} resource`,
  });
}

export interface SearchPage<T extends Resource> {
  resources: T[];
  /** Resources the server added for `_include` (e.g. the Medication a request points to). */
  included: Resource[];
  total: number | undefined;
  nextUrl: string | undefined;
  bundle: Bundle;
}

/** One page of a search. Entries of other types (e.g. an OperationOutcome with warnings) are left out. */
export async function fhirSearch<T extends Resource>(
  resourceType: T['resourceType'],
  pathOrUrl: string,
  signal?: AbortSignal,
): Promise<SearchPage<T>> {
  const bundle = await fhirFetch(pathOrUrl, {
    signal,
    schema: bundleSchema,
    expected: `a Bundle of ${resourceType} search results`,
  });
  if (bundle.type !== 'searchset') {
    throw new FhirError({
      kind: 'malformed',
      url: pathOrUrl,
      message: `The FHIR server's answer could not be read (expected a Bundle of ${resourceType} search results): Bundle type is "${bundle.type}", not "searchset".`,
    });
  }
  const resources: T[] = [];
  const included: Resource[] = [];
  for (const [index, entry] of (bundle.entry ?? []).entries()) {
    const resource = entry.resource;
    if (!resource) continue;
    if (entry.search?.mode === 'include') {
      if (typeof resource.id === 'string' && resource.id !== '')
        included.push(resource as unknown as Resource);
      continue;
    }
    if (resource.resourceType !== resourceType || entry.search?.mode === 'outcome') continue;
    const checked = resourceSchema(resourceType).safeParse(resource);
    if (!checked.success) {
      throw new FhirError({
        kind: 'malformed',
        url: pathOrUrl,
        message: `The FHIR server's answer could not be read: entry ${index} is not a usable ${resourceType} (${describeZodIssues(checked.error)}).`,
      });
    }
    resources.push(resource as unknown as T);
  }
  const next = bundle.link?.find((link) => link.relation === 'next')?.url;
  return { resources, included, total: bundle.total, nextUrl: next, bundle: bundle as unknown as Bundle };
}

/** Follows `next` links to collect every match (bounded, so a server that pages forever cannot hang us). */
export async function fhirSearchAll<T extends Resource>(
  resourceType: T['resourceType'],
  path: string,
  signal?: AbortSignal,
  maxPages = 20,
): Promise<T[]> {
  return (await fhirSearchAllIncluding<T>(resourceType, path, signal, maxPages)).matches;
}

/** fhirSearchAll, with the `_include`d resources of every page beside the matches. */
export async function fhirSearchAllIncluding<T extends Resource>(
  resourceType: T['resourceType'],
  path: string,
  signal?: AbortSignal,
  maxPages = 20,
): Promise<{ matches: T[]; included: Resource[] }> {
  const all: T[] = [];
  const included: Resource[] = [];
  let url: string | undefined = path;
  for (let page = 0; url !== undefined; page += 1) {
    if (page >= maxPages) {
      throw new FhirError({
        kind: 'malformed',
        url: path,
        message: `The FHIR server returned more than ${maxPages} pages of ${resourceType}; bacloplan stopped reading to stay responsive.`,
      });
    }
    const result: SearchPage<T> = await fhirSearch<T>(resourceType, url, signal);
    all.push(...result.resources);
    included.push(...result.included);
    url = result.nextUrl;
  }
  return { matches: all, included };
}

/** POSTs a resource (create) or a transaction Bundle (to the base) and returns the server's answer. */
export function fhirPost<T = unknown>(path: string, body: unknown, schema?: Checker<T>, expected?: string) {
  return fhirFetch<T>(path, { method: 'POST', body, schema, expected });
}
