import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { setFault, type FaultMode } from './faults';

const FAULTS: readonly FaultMode[] = ['none', 'slow', 'server-error', 'network-error', 'malformed'];

/**
 * `?fault=slow|server-error|network-error|malformed` on the first page load switches the demo EHR into
 * that fault mode for the whole session (read once here, so navigating inside the app keeps it).
 */
function faultFromUrl(): FaultMode | undefined {
  const value = new URLSearchParams(window.location.search).get('fault');
  return FAULTS.find((mode) => mode === value);
}

/** Starts MSW's service worker so `/fhir` is answered in the browser from the demo data. */
export async function startDemoWorker(): Promise<void> {
  const fault = faultFromUrl();
  if (fault) setFault(fault);
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
}
