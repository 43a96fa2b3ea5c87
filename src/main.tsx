import './app/mantine.css';
import './app/global.css';

// The demo FHIR server (mocks/) and the sync of plans saved offline both start with the first FHIR
// request (src/fhir/session.ts), so the planner renders without loading any FHIR code.
// The demo EHR's fault switch (`?fault=…`, for tests) is read here, before the router keeps only the
// search params its routes validate; the demo server reads it when it starts (mocks/browser.ts).
const demoFault = new URLSearchParams(window.location.search).get('fault');
if (demoFault) document.documentElement.dataset.demoFault = demoFault;

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

function boot(root: HTMLElement): void {
  import('./app/start')
    .then(({ startApp }) => startApp(root))
    .catch(() => {
      // The app's code could not be fetched (connection lost mid-load): say so at the top of the page
      // rather than leave a page that looks usable but does not compute anything.
      const notice = document.createElement('p');
      notice.setAttribute('role', 'alert');
      notice.className = 'boot-failure';
      notice.textContent = 'bacloplan could not load completely. Check the connection and reload the page.';
      document.body.prepend(notice);
    });
}

// A pre-rendered page is complete HTML already: let the browser paint it before React, Mantine and
// the rules are fetched and run, so it shows at once on a slow phone. A hidden tab has nothing to paint.
if (rootElement.dataset.prerenderedPath && document.visibilityState === 'visible') {
  requestAnimationFrame(() => setTimeout(() => boot(rootElement), 0));
} else {
  boot(rootElement);
}
