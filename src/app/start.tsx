import { StrictMode, startTransition, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { App } from './App';
import { lazyQueryClientSource } from '../lib/queryClientSource';
import { createAppRouter } from './router';
import { installFhirSession } from '../fhir/session';
import { activateScreenLanguage } from '../i18n';
import { readPreferences } from '../i18n/preferences';

/**
 * The pre-rendered pages (src/prerender/) mark their root with the path they were rendered for. Only
 * that exact page, without search params, may be hydrated: any other address (a planner link full of
 * inputs, a patient's chart) renders from scratch and replaces the static markup.
 */
export function canHydrate(
  rootElement: HTMLElement,
  location: Pick<Location, 'pathname' | 'search'>,
  language = 'en',
) {
  const path = rootElement.dataset.prerenderedPath;
  // The pages are pre-rendered in English: a page in another language renders from scratch.
  return path !== undefined && path === location.pathname && location.search === '' && language === 'en';
}

const CONTENT_CHECK_MS = 50;
const CONTENT_WAIT_MAX_MS = 5000;

/**
 * True once React has attached itself to every element of the page (a hydrated element has a fiber).
 * Resource hints React adds itself (`<link rel=preload>` for an image) never get one, and are skipped.
 */
function contentHydrated(rootElement: HTMLElement): boolean {
  const hasFiber = (element: Element) => Object.keys(element).some((key) => key.startsWith('__reactFiber$'));
  return Array.from(rootElement.querySelectorAll('*:not(link, meta, style, script, title)')).every(hasFiber);
}

/**
 * Calls `release` once the route's content has hydrated too, not only the shell. With hydration as a
 * transition, React commits the shell (header, navigation) first and hydrates the route's Suspense
 * boundary in a later task; a click on a navigation link in between starts a navigation that the
 * still-hydrating boundary cannot follow (TanStack Router #8306: "Cannot read properties of undefined
 * (reading 'routeId')", and React throws the server markup away). So the page stays inert until then
 * — a few frames — and never longer than 5 s.
 */
export function releaseWhenContentHydrated(rootElement: HTMLElement, release: () => void): void {
  const started = Date.now();
  const check = () => {
    if (contentHydrated(rootElement) || Date.now() - started > CONTENT_WAIT_MAX_MS) release();
    else setTimeout(check, CONTENT_CHECK_MS);
  };
  check();
}

/** Runs `onHydrated` once React has taken over the pre-rendered markup (effects run after commit). */
function Hydrated({ children, onHydrated }: { children: ReactNode; onHydrated: () => void }) {
  useEffect(onHydrated, [onHydrated]);
  return children;
}

/** The screen starts in the chosen language; if its words cannot be fetched, in English. */
async function startLanguage(): Promise<string> {
  const { language } = readPreferences();
  if (language === 'en') return language;
  try {
    await activateScreenLanguage(language);
    document.documentElement.lang = language;
    return language;
  } catch {
    return 'en';
  }
}

export async function startApp(rootElement: HTMLElement): Promise<Root> {
  installFhirSession();
  const language = await startLanguage();
  // TanStack Query's core loads with the first page that reads from the FHIR server.
  const queries = lazyQueryClientSource(() =>
    import('./queryClient').then((module) => {
      const queryClient = module.createQueryClient();
      // Plans sent from the outbox refresh the chart's lists through this client (fhir/outbox.ts).
      void import('../fhir/outbox')
        .then(({ startOutboxSync }) => startOutboxSync(queryClient))
        .catch(() => undefined);
      return queryClient;
    }),
  );
  const router = createAppRouter(queries);
  const app = (
    <StrictMode>
      <App queries={queries} router={router} />
    </StrictMode>
  );
  if (canHydrate(rootElement, window.location, language)) {
    // Load the route (and its lazy component) first, so the first client render matches the HTML.
    await router.load();
    // Render the route tree as the pre-render did: TanStack Router leaves out the root Suspense
    // boundary when rendering on a server or hydrating server markup (router.ssr), so say we are.
    router.ssr = { manifest: undefined };
    const release = () => releaseWhenContentHydrated(rootElement, () => rootElement.removeAttribute('inert'));
    // As a transition, hydration is done in short slices that leave the main thread free in between
    // (the page is already painted, so nothing waits for it); otherwise it is one long task.
    let root: Root | undefined;
    startTransition(() => {
      root = hydrateRoot(rootElement, <Hydrated onHydrated={release}>{app}</Hydrated>);
    });
    if (!root) throw new Error('hydrateRoot did not return a root');
    return root;
  }
  // Another address than the one pre-rendered (e.g. a planner link with inputs): React replaces the
  // static markup. The root stays inert until React's first commit — not before it, or the static
  // empty planner would take a click or a keystroke that the real page then silently drops.
  const release = () => rootElement.removeAttribute('inert');
  const root = createRoot(rootElement);
  root.render(<Hydrated onHydrated={release}>{app}</Hydrated>);
  return root;
}
