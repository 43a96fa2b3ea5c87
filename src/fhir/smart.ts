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
import { absoluteBaseUrl } from './client';
import { resetFhirConnection, setFhirConnection } from './connection';

/** SMART v1 scopes (widely supported); the write scopes let a plan be saved to the chart. */
export const DEFAULT_SMART_SCOPE = [
  'openid',
  'fhirUser',
  'launch/patient',
  'patient/Patient.read',
  'patient/Observation.read',
  'patient/MedicationStatement.read',
  'patient/MedicationRequest.read',
  'patient/Condition.read',
  'patient/AllergyIntolerance.read',
  'patient/CarePlan.read',
  'patient/CarePlan.write',
  'patient/MedicationRequest.write',
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
}

export function smartSettings(): SmartSettings {
  const clientId = (import.meta.env.VITE_SMART_CLIENT_ID as string | undefined) || undefined;
  const scope = (import.meta.env.VITE_SMART_SCOPE as string | undefined) || DEFAULT_SMART_SCOPE;
  return { clientId, scope, serverUrl: fhirBaseUrl, available: !isDemoMode && clientId !== undefined };
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

async function loadFhirClient() {
  const module = await import('fhirclient');
  return module.default;
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
      await client.refreshIfNeeded();
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
