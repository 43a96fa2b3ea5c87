/**
 * SMART App Launch (EHR launch and standalone launch) through the `fhirclient` library, which is loaded
 * only here and only when a launch happens (dynamic import), so ordinary use ships none of it.
 *
 * bacloplan talks to one FHIR server: the configured `VITE_FHIR_BASE_URL`. A launch from any other
 * `iss` is refused, because patient data may go only to the configured server (the Content-Security-
 * Policy allows no other origin either). After the launch, every FHIR request carries the bearer token,
 * refreshed by fhirclient when it expires.
 */
import type Client from 'fhirclient/lib/Client';
import { fhirBaseUrl, isDemoMode } from '../lib/config';
import { absoluteBaseUrl, FhirError } from './client';
import { resetFhirConnection, setFhirConnection } from './connection';

/** SMART v1 scopes (widely supported); the write scopes let a plan be saved to the chart. */
export const DEFAULT_SMART_SCOPE = [
  'openid',
  'fhirUser',
  'launch/patient',
  // A refresh token for as long as the user is signed in to the EHR (fhirclient renews only with it).
  'online_access',
  'patient/Patient.read',
  'patient/Observation.read',
  'patient/MedicationStatement.read',
  'patient/MedicationRequest.read',
  // Products named by medicationReference are Medication resources (read with _include or one by one).
  'patient/Medication.read',
  'patient/Condition.read',
  'patient/AllergyIntolerance.read',
  'patient/CarePlan.read',
  'patient/CarePlan.write',
  'patient/MedicationRequest.write',
  // Follow-up visits: an Encounter with its Observations (issue 19).
  'patient/Encounter.read',
  'patient/Encounter.write',
  'patient/Observation.write',
].join(' ');

/** Where the authorisation server sends the browser back (the `/launch` route). */
export const SMART_REDIRECT_PATH = '/launch';

export interface SmartSettings {
  /** Registered client id (VITE_SMART_CLIENT_ID); without it there is no SMART launch. */
  clientId: string | undefined;
  scope: string;
  /** The one FHIR server bacloplan may talk to. */
  serverUrl: string;
  /** False in demo mode: the demo FHIR server has no authorisation server. */
  available: boolean;
  /**
   * The authorisation server's origin when it is not the FHIR server's (VITE_SMART_AUTH_ORIGIN, checked
   * at build time and allowed by the CSP): the only other place the token may be fetched from.
   */
  authOrigin: string | undefined;
}

export function smartSettings(): SmartSettings {
  const clientId = import.meta.env.VITE_SMART_CLIENT_ID || undefined;
  const scope = import.meta.env.VITE_SMART_SCOPE || DEFAULT_SMART_SCOPE;
  const authOrigin = import.meta.env.VITE_SMART_AUTH_ORIGIN || undefined;
  return {
    clientId,
    scope,
    serverUrl: fhirBaseUrl,
    available: !isDemoMode && clientId !== undefined,
    authOrigin: authOrigin?.replace(/\/$/, ''),
  };
}

function normalise(url: string): string {
  return absoluteBaseUrl(url).toString();
}

/** True when `iss` is the configured FHIR server (trailing slash and case of the host ignored). */
export function isConfiguredServer(iss: string, configured = fhirBaseUrl): boolean {
  try {
    return normalise(iss) === normalise(configured);
  } catch {
    return false;
  }
}

export class SmartLaunchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SmartLaunchError';
  }
}

/**
 * Before leaving for the sign-in page: the server's SMART configuration names a token endpoint this
 * build may reach (the CSP allows the FHIR server and VITE_SMART_AUTH_ORIGIN only). Otherwise the
 * clinician would sign in, come back, and fail at the token exchange with nothing but a console error.
 * A server without the document (SMART v1, metadata only) is left to fhirclient.
 */
async function checkTokenEndpoint(iss: string, settings: SmartSettings): Promise<void> {
  const url = new URL('.well-known/smart-configuration', absoluteBaseUrl(iss));
  let tokenEndpoint: unknown;
  try {
    const response = await fetch(url, {
      headers: { Accept: 'application/json' },
      credentials: 'omit',
      signal: AbortSignal.timeout(15_000),
    });
    if (!response.ok) return;
    tokenEndpoint = ((await response.json()) as { token_endpoint?: unknown }).token_endpoint;
  } catch {
    return;
  }
  if (typeof tokenEndpoint !== 'string') return;
  let origin: string;
  try {
    origin = new URL(tokenEndpoint).origin;
  } catch {
    throw new SmartLaunchError(`The FHIR server's SMART configuration names an unreadable token endpoint.`);
  }
  const allowed = [absoluteBaseUrl(settings.serverUrl).origin, settings.authOrigin].filter(Boolean);
  if (!allowed.includes(origin)) {
    throw new SmartLaunchError(
      `The FHIR server signs in through ${origin}, which this build may not contact (it allows ${allowed.join(' and ')}). ` +
        `Rebuild bacloplan with VITE_SMART_AUTH_ORIGIN=${origin}.`,
    );
  }
}

async function loadFhirClient() {
  const FHIR = (await import('fhirclient')).default;
  // A public client names itself when it renews a token (RFC 6749 §6, §3.2.1), and sends no cookies.
  FHIR.oauth2.settings.refreshTokenWithClientId = true;
  FHIR.oauth2.settings.refreshTokenWithCredentials = 'omit';
  return FHIR;
}

/**
 * Starts the authorisation: an EHR launch when `launch` is given (the EHR opened us with iss+launch),
 * otherwise a standalone launch against the configured server. Redirects the browser away on success.
 */
export async function authorizeSmart(params: { iss?: string; launch?: string }): Promise<void> {
  const settings = smartSettings();
  if (!settings.available || !settings.clientId) {
    throw new SmartLaunchError(
      isDemoMode
        ? 'SMART launch needs a real FHIR server: set VITE_FHIR_BASE_URL and VITE_SMART_CLIENT_ID at build time.'
        : 'SMART launch needs a registered client id: set VITE_SMART_CLIENT_ID at build time.',
    );
  }
  const iss = params.iss ?? settings.serverUrl;
  if (!isConfiguredServer(iss)) {
    throw new SmartLaunchError(
      `The EHR launched bacloplan for ${iss}, but bacloplan is configured for ${settings.serverUrl}. ` +
        'Patient data may go only to the configured server; ask your administrator to align the two.',
    );
  }
  await checkTokenEndpoint(iss, settings);
  const FHIR = await loadFhirClient();
  const isEhrLaunch = params.launch !== undefined;
  await FHIR.oauth2.authorize({
    clientId: settings.clientId,
    // An EHR launch asks for the `launch` scope (context from the EHR); standalone asks the user to pick.
    scope: isEhrLaunch ? `launch ${settings.scope}` : settings.scope,
    iss: absoluteBaseUrl(iss).toString().replace(/\/$/, ''),
    ...(isEhrLaunch ? { launch: params.launch } : {}),
    redirectUri: SMART_REDIRECT_PATH,
    pkceMode: 'ifSupported',
  });
}

function connect(client: Client): { patientId: string | null } {
  const serverUrl = String(client.state.serverUrl);
  if (!isConfiguredServer(serverUrl)) {
    throw new SmartLaunchError(`The SMART session is for ${serverUrl}, not the configured ${fhirBaseUrl}.`);
  }
  // The user as a prescriber reference (absolute or relative in the id token); anyone else is no requester.
  const user = /(Practitioner|PractitionerRole)\/([A-Za-z0-9.-]{1,64})$/.exec(client.getFhirUser() ?? '');
  setFhirConnection({
    baseUrl: fhirBaseUrl,
    source: 'smart',
    ...(user ? { fhirUser: `${user[1]}/${user[2]}` } : {}),
    authorization: async () => {
      try {
        await client.refreshIfNeeded();
      } catch (error) {
        // fhirclient drops a refused refresh token; what is left is an ended session, not a network fault.
        throw new FhirError({
          kind: 'unauthorized',
          url: serverUrl,
          cause: error,
          message:
            'Your sign-in to the FHIR server has ended and could not be renewed. Sign in again through your EHR (SMART launch).',
        });
      }
      return client.getAuthorizationHeader();
    },
  });
  return { patientId: client.patient.id ? String(client.patient.id) : null };
}

/**
 * Completes the launch on the redirect back (`?code=…&state=…`). Code and state are passed explicitly,
 * so the exchange does not depend on the address bar still holding them.
 */
export async function completeSmartLaunch(
  params: { code?: string; state?: string } = {},
): Promise<{ patientId: string | null }> {
  const FHIR = await loadFhirClient();
  const client = await FHIR.oauth2.ready({
    ...(params.code ? { code: params.code } : {}),
    ...(params.state ? { stateKey: params.state } : {}),
  });
  return connect(client);
}

/** After a page reload: picks the session fhirclient kept in sessionStorage back up. */
export async function restoreSmartSession(): Promise<boolean> {
  try {
    const FHIR = await loadFhirClient();
    connect(await FHIR.oauth2.ready());
    return true;
  } catch {
    resetFhirConnection();
    return false;
  }
}
