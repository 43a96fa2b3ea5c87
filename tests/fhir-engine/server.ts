/**
 * The test FHIR engine over HTTP on a loopback port, for the e2e suite: the app built for a real FHIR
 * server (VITE_FHIR_BASE_URL) talks to it as it would to an EHR. This file is only transport: CORS for
 * the app's origin, status codes and Location from Medplum's outcomes, and the `self`/`next` links a
 * Medplum server adds around its repository's searchset (the in-memory repository returns `total`,
 * `_offset` and `_count` but no links).
 *
 * Test controls under `/__engine/` (never part of FHIR): `fault` to lose the next transaction's answer
 * after committing it (a timeout or proxy error on the way back), `requests` to read what arrived.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Bundle, BundleLink } from '@medplum/fhirtypes';
import type { FhirEngine } from './engine';

export type EngineFault = 'none' | 'lose-next-transaction-answer';

export interface ArrivedRequest {
  method: string;
  /** Relative to the FHIR base, with its query ("Patient?name=x"). */
  url: string;
  authorization?: string;
  /** How long the engine took to answer, ms. */
  ms?: number;
  /** The status the access check answered instead of the engine (SMART tests). */
  refused?: 401 | 403;
}

export interface EngineServerOptions {
  port: number;
  /** The app's origin (CORS): only it may call the engine from a browser. */
  allowOrigin: string;
  /** When set, every FHIR request must pass it: a bearer token that allows the request (SMART tests). */
  checkAccess?: EngineAccessCheck;
  /** Published at `<base>/.well-known/smart-configuration` when set (SMART tests). */
  smartConfiguration?: Record<string, unknown>;
}

/** A FHIR request as the access check sees it (`url` relative to the base, with its query). */
export interface EngineAccess {
  method: string;
  url: string;
  authorization: string | undefined;
  body: unknown;
}

export type EngineAccessCheck = (
  access: EngineAccess,
) => Promise<{ status: 200 } | { status: 401 | 403; reason: string }>;

export interface EngineServer {
  server: Server;
  baseUrl: string;
  close(): Promise<void>;
}

const FHIR_BASE_PATH = '/fhir';
const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** The request body as text (the SMART server's forms and controls read it too). */
export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'Content-Type': FHIR_JSON, ...headers });
  response.end(body === undefined ? '' : JSON.stringify(body));
}

/** `self` and `next` links as a Medplum server writes them: offset paging over the repository's total. */
function withPagingLinks(bundle: Bundle, baseUrl: string, url: URL): Bundle {
  if (bundle.type !== 'searchset') return bundle;
  const count = Number(url.searchParams.get('_count') ?? 20);
  const offset = Number(url.searchParams.get('_offset') ?? 0);
  const links: BundleLink[] = [
    { relation: 'self', url: `${baseUrl}${url.pathname.slice(FHIR_BASE_PATH.length)}${url.search}` },
  ];
  const matches = (bundle.entry ?? []).filter((entry) => entry.search?.mode !== 'include').length;
  if (bundle.total !== undefined && count > 0 && offset + matches < bundle.total) {
    const next = new URLSearchParams(url.searchParams);
    next.set('_offset', String(offset + count));
    links.push({
      relation: 'next',
      url: `${baseUrl}${url.pathname.slice(FHIR_BASE_PATH.length)}?${next.toString()}`,
    });
  }
  return { ...bundle, link: links };
}

export function startEngineServer(
  engine: FhirEngine,
  options: EngineServerOptions,
): Promise<
  EngineServer & {
    arrived: ArrivedRequest[];
    setFault(fault: EngineFault): void;
  }
> {
  // Set once listening (port 0 picks a free one).
  let baseUrl = `http://127.0.0.1:${options.port}${FHIR_BASE_PATH}`;
  const arrived: ArrivedRequest[] = [];
  let fault: EngineFault = 'none';
  const cors = {
    'Access-Control-Allow-Origin': options.allowOrigin,
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, If-None-Exist, Prefer',
    'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
    'Access-Control-Expose-Headers': 'Location, ETag',
    Vary: 'Origin',
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', baseUrl);
    if (request.method === 'OPTIONS') return send(response, 204, undefined, cors);
    if (url.pathname === '/__engine/fault' && request.method === 'POST') {
      fault = JSON.parse(await readBody(request)).fault as EngineFault;
      return send(response, 200, { fault }, cors);
    }
    if (url.pathname === '/__engine/requests') return send(response, 200, arrived, cors);
    if (url.pathname === `${FHIR_BASE_PATH}/.well-known/smart-configuration` && options.smartConfiguration) {
      return send(response, 200, options.smartConfiguration, { ...cors, 'Content-Type': 'application/json' });
    }
    if (url.pathname !== FHIR_BASE_PATH && !url.pathname.startsWith(`${FHIR_BASE_PATH}/`)) {
      return send(
        response,
        404,
        { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found' }] },
        cors,
      );
    }
    const relative = `${url.pathname.slice(FHIR_BASE_PATH.length)}${url.search}` || '/';
    const authorization = request.headers.authorization;
    const record: ArrivedRequest = {
      method: request.method ?? 'GET',
      url: relative.replace(/^\//, ''),
      ...(authorization ? { authorization } : {}),
    };
    arrived.push(record);
    const started = performance.now();
    const text = request.method === 'GET' ? '' : await readBody(request);
    const body = text ? JSON.parse(text) : undefined;
    const access = options.checkAccess
      ? await options.checkAccess({ method: record.method, url: relative, authorization, body })
      : { status: 200 as const };
    if (access.status !== 200) {
      record.refused = access.status;
      return send(
        response,
        access.status,
        {
          resourceType: 'OperationOutcome',
          issue: [
            {
              severity: 'error',
              code: access.status === 401 ? 'login' : 'forbidden',
              diagnostics: access.reason,
            },
          ],
        },
        { ...cors, 'WWW-Authenticate': 'Bearer' },
      );
    }
    const answer = await engine.request((request.method ?? 'GET') as 'GET', relative, body);
    record.ms = Math.round(performance.now() - started);
    if (fault === 'lose-next-transaction-answer' && request.method === 'POST' && relative === '/') {
      fault = 'none';
      // Committed above; the answer is lost on the way back, as with a gateway timeout.
      return send(
        response,
        503,
        { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'transient' }] },
        cors,
      );
    }
    const resource = answer.body as Bundle;
    const headers: Record<string, string> = { ...cors };
    if (answer.status === 201 && resource.resourceType && resource.id) {
      headers.Location = `${baseUrl}/${resource.resourceType}/${resource.id}/_history/${resource.meta?.versionId ?? ''}`;
    }
    send(
      response,
      answer.status,
      resource.resourceType === 'Bundle' ? withPagingLinks(resource, baseUrl, url) : resource,
      headers,
    );
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      send(response, 500, {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'fatal', code: 'exception', diagnostics: String(error) }],
      });
    });
  });
  return new Promise((resolve) => {
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      if (address && typeof address === 'object')
        baseUrl = `http://127.0.0.1:${address.port}${FHIR_BASE_PATH}`;
      resolve({
        server,
        baseUrl,
        arrived,
        setFault: (next) => {
          fault = next;
        },
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
