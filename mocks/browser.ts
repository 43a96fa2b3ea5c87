import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { setFault, type FaultMode } from './faults';

const FAULTS: readonly FaultMode[] = [
  'none',
  'slow',
  'server-error',
  'network-error',
  'malformed',
  'writes-unavailable',
];

/**
 * `?fault=slow|server-error|network-error|malformed|writes-unavailable` on the first page load switches the demo EHR into
 * that fault mode for the whole session. src/main.tsx reads it at boot, before the router drops the
 * search params no route validates, and leaves it on <html data-demo-fault>.
 */
function faultFromUrl(): FaultMode | undefined {
  const value =
    document.documentElement.dataset.demoFault ?? new URLSearchParams(window.location.search).get('fault');
  return FAULTS.find((mode) => mode === value);
}

/** Starts MSW's service worker so `/fhir` is answered in the browser from the demo data. */
export async function startDemoWorker(): Promise<void> {
  const fault = faultFromUrl();
  if (fault) setFault(fault);
  // The e2e suite ends an outage mid-session with this (demo mode only: mocks/ never ships otherwise).
  Object.assign(window, { bacloplanDemoSetFault: (mode: FaultMode) => setFault(mode) });
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  await untilPageIsControlled();
}

const CONTROL_WAIT_MAX_MS = 5000;

/**
 * `worker.start()` resolves once the worker is active, not once it controls this page. The worker
 * unregisters itself when the last page it served unloads (MSW's CLIENT_CLOSED), so a page opened by
 * a navigation from another demo page is often uncontrolled until the new registration claims it, and
 * a FHIR request sent in that gap reaches the static server (404) and the chart says the server is
 * unreachable. Waits for the claim; after 5 s the request goes out and fails as it would have.
 */
function untilPageIsControlled(): Promise<void> {
  const { serviceWorker } = navigator;
  if (serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      serviceWorker.removeEventListener('controllerchange', done);
      resolve();
    };
    const timer = setTimeout(done, CONTROL_WAIT_MAX_MS);
    serviceWorker.addEventListener('controllerchange', done);
  });
}
