import { fhirBaseUrl } from '../lib/config';

/**
 * Where FHIR requests go and how they are authorised. By default: the configured server
 * (VITE_FHIR_BASE_URL, or the demo's `/fhir`) without credentials. After a SMART launch, the launch
 * sets the same server with a bearer token supplier (smart.ts); the server itself never changes,
 * because patient data may go only to the configured FHIR server.
 */
export interface FhirConnection {
  baseUrl: string;
  /** Returns the Authorization header value (refreshing the token if needed), or null. */
  authorization?: () => Promise<string | null>;
  /** The signed-in user (`Practitioner/123`) from the SMART id token, for requester and author. */
  fhirUser?: string;
  source: 'config' | 'smart';
}

const CONFIGURED: FhirConnection = { baseUrl: fhirBaseUrl, source: 'config' };
let current: FhirConnection = CONFIGURED;

export function getFhirConnection(): FhirConnection {
  return current;
}

export function setFhirConnection(connection: FhirConnection): void {
  current = connection;
}

export function resetFhirConnection(): void {
  current = CONFIGURED;
}

/** fhirclient keeps its session in sessionStorage under this key (see fhirclient/lib/settings). */
export const SMART_SESSION_KEY = 'SMART_KEY';

/**
 * What must be ready before a request goes out (the demo server, a SMART session restored after a
 * reload). The session module (session.ts) installs it when the app starts; this module knows only the
 * server and the token, and imports nothing of the FHIR layer, so the layer has no import cycle.
 */
let beforeFirstRequest: () => Promise<void> = () => Promise.resolve();

export function setSessionStarter(start: () => Promise<void>): void {
  beforeFirstRequest = start;
}

/** Resolves once the session is ready for a request (every request waits for it; it runs once). */
export function ensureFhirConnection(): Promise<void> {
  return beforeFirstRequest();
}
