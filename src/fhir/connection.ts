import { fhirBaseUrl, isDemoMode } from '../lib/config';

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
let restoring: Promise<void> | undefined;

export function getFhirConnection(): FhirConnection {
  return current;
}

export function setFhirConnection(connection: FhirConnection): void {
  current = connection;
}

export function resetFhirConnection(): void {
  current = CONFIGURED;
  restoring = undefined;
}

/** fhirclient keeps its session in sessionStorage under this key (see fhirclient/lib/settings). */
export const SMART_SESSION_KEY = 'SMART_KEY';

function hasStoredSmartSession(): boolean {
  try {
    return typeof sessionStorage !== 'undefined' && sessionStorage.getItem(SMART_SESSION_KEY) !== null;
  } catch {
    return false; // storage disabled: behave as if there was no session
  }
}

let demoServer: Promise<void> | undefined;

/**
 * In demo mode the mock FHIR server (MSW's service worker) starts with the first FHIR request, not
 * with the app: the planner never needs it, and it is the heaviest script of the demo.
 */
function ensureDemoServer(): Promise<void> {
  if (!isDemoMode || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) {
    return Promise.resolve();
  }
  demoServer ??= import('../../mocks/browser')
    .then(({ startDemoWorker }) => startDemoWorker())
    .catch((error: unknown) => {
      // The request will then fail as "server unreachable", which the pages already explain.
      console.warn('Demo FHIR server could not start', error);
    });
  return demoServer;
}

/**
 * After a reload during a SMART session the token lives only in fhirclient's session storage; restore
 * it (loading fhirclient lazily) before the first request so the request carries the token.
 */
export async function ensureFhirConnection(): Promise<void> {
  await ensureDemoServer();
  // Plans kept on this device while the server was unreachable are sent once FHIR is in use again.
  void import('./outbox').then(({ startOutboxSync }) => startOutboxSync()).catch(() => undefined);
  if (current.source === 'smart' || !hasStoredSmartSession()) return;
  restoring ??= import('./smart')
    .then(({ restoreSmartSession }) => restoreSmartSession())
    .then(() => undefined)
    .catch(() => {
      // An expired or broken session: continue unauthenticated; the server's 401 will say so.
    });
  return restoring;
}
