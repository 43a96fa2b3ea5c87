/**
 * The FHIR session: what starts once, before the first request, in one place — the demo server (MSW's
 * service worker, demo mode only), the sync of plans kept on the device, and a SMART session restored
 * after a reload (its token lives in fhirclient's session storage). The app installs it when it starts
 * (app/start.tsx); the planner never needs it, so none of this loads until a page reads from FHIR.
 */
import { isDemoMode } from '../lib/config';
import { getFhirConnection, setSessionStarter, SMART_SESSION_KEY } from './connection';

let demoServer: Promise<void> | undefined;
let restoring: Promise<void> | undefined;

function hasStoredSmartSession(): boolean {
  try {
    return typeof sessionStorage !== 'undefined' && sessionStorage.getItem(SMART_SESSION_KEY) !== null;
  } catch {
    return false; // storage disabled: behave as if there was no session
  }
}

/** Demo mode only: the mock FHIR server is the heaviest script of the demo, so it starts on demand. */
function ensureDemoServer(): Promise<void> {
  // Written out so the build replaces it with the configured address, and a build for a real FHIR
  // server drops the demo server's code altogether (isDemoMode alone is not folded across modules).
  if (import.meta.env.VITE_FHIR_BASE_URL) return Promise.resolve();
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

async function beforeRequest(): Promise<void> {
  await ensureDemoServer();
  // Plans kept on this device while the server was unreachable are sent once FHIR is in use again.
  void import('./outbox').then(({ startOutboxSync }) => startOutboxSync()).catch(() => undefined);
  if (getFhirConnection().source === 'smart' || !hasStoredSmartSession()) return;
  restoring ??= import('./smart')
    .then(({ restoreSmartSession }) => restoreSmartSession())
    .then(() => undefined)
    .catch(() => {
      // An expired or broken session: continue unauthenticated; the server's 401 will say so.
    });
  return restoring;
}

export function installFhirSession(): void {
  setSessionStarter(beforeRequest);
}

/** For tests: start afresh (no demo server, no restore remembered). */
export function resetFhirSessionForTests(): void {
  demoServer = undefined;
  restoring = undefined;
}
