/**
 * A real OAuth 2 / OpenID Connect server for the SMART App Launch tests: `oidc-provider` (a certified
 * OpenID Provider implementation) on a loopback port, in front of the test FHIR engine. It adds only
 * what SMART asks of an EHR's authorisation server and oidc-provider leaves to its host:
 *
 * - the sign-in and patient-picker pages (oidc-provider's "interactions"), as plain HTML forms;
 * - the launch context: an EHR launch names the patient through its opaque `launch` value (the test
 *   registers it first, as an EHR would when it opens the app); a standalone launch asking for
 *   `launch/patient` makes the user pick one;
 * - `patient` and `need_patient_banner` in the token response (SMART's context parameters);
 * - the check the FHIR server makes of a bearer token: active, unexpired, and its scopes covering the
 *   request, within the patient in context for `patient/` scopes.
 *
 * Test controls under `/__oidc/`: `launch` (POST {patient} → {launch}), `end-sessions` (revokes every
 * grant: the access and refresh tokens stop working, as when an EHR session ends), `log` (the token
 * requests, by grant type).
 *
 * Tests only: never part of the app.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { FhirEngine } from './engine';
import { readBody, type EngineAccess, type EngineAccessCheck } from './server';

export interface SmartServerOptions {
  port: number;
  /** The FHIR base the tokens are for (the `aud` a client sends). */
  fhirBaseUrl: string;
  clientId: string;
  redirectUri: string;
  /** Seconds. fhirclient renews a token 10 s before it expires, so ≤ 10 s means "renew at every request". */
  accessTokenTtl: number;
  /** The engine, to list patients on the picker. */
  engine: FhirEngine;
  /** The user who signs in (their `fhirUser`). */
  fhirUser: string;
}

export interface TokenRequest {
  grantType: string;
  status: number;
  patient?: string;
}

export interface SmartServer {
  issuer: string;
  /** The SMART configuration document the FHIR server publishes at `.well-known/smart-configuration`. */
  smartConfiguration: Record<string, unknown>;
  /** For the engine's HTTP layer: may this request go through with this Authorization header? */
  checkAccess: EngineAccessCheck;
  tokenRequests: TokenRequest[];
  close(): Promise<void>;
}

/** SMART v1 scopes the server knows (oidc-provider passes unknown values through; listing them documents them). */
const SMART_SCOPES = [
  'openid',
  'fhirUser',
  'launch',
  'launch/patient',
  'online_access',
  'offline_access',
  ...['Patient', 'Observation', 'MedicationStatement', 'MedicationRequest', 'Medication', 'Condition']
    .concat(['AllergyIntolerance', 'CarePlan', 'Encounter'])
    .flatMap((type) => [`patient/${type}.read`, `patient/${type}.write`]),
];

function html(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test EHR sign-in</title></head>
<body>${body}</body></html>`);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams(await readBody(request));
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** `patient/Observation.read` → does it allow `method` on `type`? (`*` and v1 read/write only.) */
function scopeAllows(scopes: Set<string>, type: string, access: 'read' | 'write'): boolean {
  return [type, '*'].some((t) => scopes.has(`patient/${t}.${access}`) || scopes.has(`patient/${t}.*`));
}

/** The resource types a request touches, with what it does to each, and the patients it names. */
function requestNeeds(access: EngineAccess): { type: string; access: 'read' | 'write'; patient?: string }[] {
  const path = access.url.split('?')[0] ?? '';
  const query = new URLSearchParams(access.url.split('?')[1] ?? '');
  const [type = '', id] = path.replace(/^\//, '').split('/');
  if (access.method === 'POST' && type === '') {
    const entries = (
      access.body as { entry?: { resource?: { resourceType?: string; subject?: { reference?: string } } }[] }
    )?.entry;
    return (entries ?? []).map((entry) => ({
      type: entry.resource?.resourceType ?? '?',
      access: 'write' as const,
      patient: entry.resource?.subject?.reference?.replace(/^Patient\//, '') ?? '?',
    }));
  }
  if (access.method === 'PUT') {
    const subject = (access.body as { subject?: { reference?: string } } | undefined)?.subject?.reference;
    return [{ type, access: 'write', patient: subject?.replace(/^Patient\//, '') ?? '?' }];
  }
  const subject = query.get('subject')?.replace(/^Patient\//, '') ?? query.get('patient') ?? undefined;
  const needs: { type: string; access: 'read' | 'write'; patient?: string }[] = [
    {
      type,
      access: 'read',
      ...(type === 'Patient' ? { patient: id ?? query.get('_id') ?? '?' } : {}),
      ...(type !== 'Patient' && type !== 'Medication' ? { patient: subject ?? '?' } : {}),
    },
  ];
  // `_include=MedicationRequest:medication` brings Medications: the token must allow reading them too.
  for (const include of query.getAll('_include')) {
    if (include.endsWith(':medication')) needs.push({ type: 'Medication', access: 'read' });
  }
  return needs;
}

export async function startSmartServer(options: SmartServerOptions): Promise<SmartServer> {
  const issuer = `http://127.0.0.1:${options.port}`;
  /** launch value → patient id (what an EHR keeps when it opens the app for a patient). */
  const launches = new Map<string, string>();
  /** grant id → patient in context. */
  const contexts = new Map<string, string>();
  const tokenRequests: TokenRequest[] = [];

  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        token_endpoint_auth_method: 'none',
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    // SMART's EHR launch passes `launch`; fhirclient also sends `aud` (the FHIR base).
    extraParams: ['launch', 'aud'],
    scopes: SMART_SCOPES,
    claims: { openid: ['sub'], fhirUser: ['fhirUser'] },
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, fhirUser: options.fhirUser }),
    }),
    features: { devInteractions: { enabled: false }, revocation: { enabled: true } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: {
      AccessToken: options.accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Grant: 3600,
      Session: 3600,
      RefreshToken: 3600,
    },
    // SMART: a refresh token only for `online_access` (while the user is signed in) or `offline_access`.
    issueRefreshToken: async (_ctx, client, code) =>
      client.grantTypeAllowed('refresh_token') &&
      (code.scopes.has('online_access') || code.scopes.has('offline_access')),
    clientBasedCORS: (_ctx, origin) => origin === new URL(options.redirectUri).origin,
    cookies: { keys: ['bacloplan-test-only-cookie-key'] },
    pkce: { required: () => true },
  };
  const provider = new Provider(issuer, configuration);
  provider.on('server_error', (_ctx: unknown, error: unknown) => console.error('oidc-provider:', error));

  // SMART's context parameters ride on the token response; oidc-provider builds it, this adds to it.
  provider.use(async (ctx: KoaContextWithOIDC, next: () => Promise<void>) => {
    await next();
    if (ctx.oidc?.route !== 'token') return;
    const body = ctx.body as Record<string, unknown> | undefined;
    const grantId = ctx.oidc.entities.Grant?.jti;
    const patient = grantId ? contexts.get(grantId) : undefined;
    tokenRequests.push({
      grantType: String(ctx.oidc.params?.grant_type ?? ''),
      status: ctx.status,
      ...(patient ? { patient } : {}),
    });
    if (ctx.status === 200 && body && typeof body.access_token === 'string' && patient) {
      ctx.body = { ...body, patient, need_patient_banner: true };
    }
  });

  async function patientChoices(): Promise<{ id: string; name: string }[]> {
    const answer = await options.engine.request('GET', '/Patient?_count=100&_sort=family');
    const bundle = answer.body as {
      entry?: { resource?: { id?: string; name?: { text?: string; family?: string; given?: string[] }[] } }[];
    };
    return (bundle.entry ?? []).flatMap((entry) => {
      const resource = entry.resource;
      const name = resource?.name?.[0];
      const label = name?.text ?? [name?.given?.join(' '), name?.family].filter(Boolean).join(' ');
      return resource?.id ? [{ id: resource.id, name: label || resource.id }] : [];
    });
  }

  async function finishConsent(
    request: IncomingMessage,
    response: ServerResponse,
    details: Awaited<ReturnType<Provider['interactionDetails']>>,
    patient: string,
  ): Promise<void> {
    const accountId = details.session?.accountId;
    if (!accountId) throw new Error('consent without a signed-in user');
    const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope ?? ''));
    grant.addOIDCClaims(['fhirUser']);
    const grantId = await grant.save();
    contexts.set(grantId, patient);
    await provider.interactionFinished(
      request,
      response,
      { consent: { grantId } },
      { mergeWithLastSubmission: true },
    );
  }

  async function interaction(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const details = await provider.interactionDetails(request, response);
    const uid = details.uid;
    const action = url.pathname.split('/')[3];
    if (details.prompt.name === 'login') {
      if (request.method === 'POST' && action === 'login') {
        const form = await readForm(request);
        const user = form.get('user')?.trim();
        if (!user) return html(response, 400, '<p role="alert">Enter a user name.</p>');
        return provider.interactionFinished(
          request,
          response,
          { login: { accountId: user } },
          { mergeWithLastSubmission: false },
        );
      }
      return html(
        response,
        200,
        `<h1>Test EHR: sign in</h1><form method="post" action="/interaction/${uid}/login">
<label>User <input name="user" autocomplete="off"></label> <button type="submit">Sign in</button></form>`,
      );
    }
    // Consent: the launch names the patient (EHR launch) or the user picks one (standalone).
    const launch = details.params.launch ? launches.get(String(details.params.launch)) : undefined;
    if (details.params.launch && !launch) {
      return provider.interactionFinished(request, response, {
        error: 'invalid_request',
        error_description: 'unknown launch',
      });
    }
    if (launch) return finishConsent(request, response, details, launch);
    if (request.method === 'POST' && action === 'patient') {
      const patient = (await readForm(request)).get('patient');
      if (!patient) return html(response, 400, '<p role="alert">Pick a patient.</p>');
      return finishConsent(request, response, details, patient);
    }
    const choices = await patientChoices();
    return html(
      response,
      200,
      `<h1>Test EHR: choose the patient</h1><form method="post" action="/interaction/${uid}/patient">
<label>Patient <select name="patient">${choices
        .map((c) => `<option value="${escapeHtml(c.id)}">${escapeHtml(c.name)}</option>`)
        .join('')}</select></label> <button type="submit">Open for this patient</button></form>`,
    );
  }

  async function controls(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/__oidc/launch' && request.method === 'POST') {
      const { patient } = JSON.parse(await readBody(request)) as { patient: string };
      const launch = randomUUID();
      launches.set(launch, patient);
      return json(response, 200, { launch });
    }
    if (url.pathname === '/__oidc/end-sessions' && request.method === 'POST') {
      for (const grantId of contexts.keys()) {
        const grant = await provider.Grant.find(grantId);
        if (grant) await grant.destroy();
        await Promise.all(
          [provider.AccessToken, provider.RefreshToken, provider.AuthorizationCode].map((model) =>
            model.revokeByGrantId(grantId),
          ),
        );
      }
      return json(response, 200, { ended: contexts.size });
    }
    if (url.pathname === '/__oidc/log') return json(response, 200, tokenRequests);
    return json(response, 404, { error: 'not found' });
  }

  const callback = provider.callback();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', issuer);
    // The browser asks for one on the sign-in pages; a 404 would be a console error in the app's tests.
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204);
      return response.end();
    }
    const route = url.pathname.startsWith('/interaction/')
      ? interaction(request, response, url)
      : url.pathname.startsWith('/__oidc/')
        ? controls(request, response, url)
        : Promise.resolve(callback(request, response));
    route.catch((error: unknown) => {
      if (!response.headersSent) html(response, 500, `<p role="alert">${escapeHtml(String(error))}</p>`);
    });
  });

  const checkAccess: EngineAccessCheck = async (access) => {
    const value = /^Bearer (.+)$/.exec(access.authorization ?? '')?.[1];
    const token = value ? await provider.AccessToken.find(value) : undefined;
    if (!token || token.isExpired) return { status: 401, reason: 'no active access token' };
    const scopes = new Set(String(token.scope ?? '').split(' '));
    const patient = token.grantId ? contexts.get(token.grantId) : undefined;
    for (const need of requestNeeds(access)) {
      if (!scopeAllows(scopes, need.type, need.access)) {
        return { status: 403, reason: `scope does not allow ${need.access} on ${need.type}` };
      }
      if (need.patient !== undefined && need.patient !== patient) {
        return { status: 403, reason: `outside the patient in context (${need.type} for ${need.patient})` };
      }
    }
    return { status: 200 };
  };

  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  return {
    issuer,
    smartConfiguration: {
      issuer,
      authorization_endpoint: `${issuer}/auth`,
      token_endpoint: `${issuer}/token`,
      revocation_endpoint: `${issuer}/token/revocation`,
      token_endpoint_auth_methods_supported: ['none'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      scopes_supported: SMART_SCOPES,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      capabilities: [
        'launch-ehr',
        'launch-standalone',
        'client-public',
        'context-ehr-patient',
        'context-standalone-patient',
        'permission-patient',
        'sso-openid-connect',
      ],
    },
    checkAccess,
    tokenRequests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
