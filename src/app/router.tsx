import { createRouter } from '@tanstack/react-router';
import type { QueryClientSource } from '../lib/queryClientSource';
import { routeTree } from '../routeTree.gen';
import { RouteErrorPanel } from '../components/RouteErrorPanel';
import { NotFoundPanel } from '../components/NotFoundPanel';

export function createAppRouter(
  queries: QueryClientSource,
  history?: Parameters<typeof createRouter>[0]['history'],
  { prerender = false }: { prerender?: boolean } = {},
) {
  return createRouter({
    routeTree,
    context: { queries },
    history,
    defaultPreload: 'intent',
    // Only what a route's validateSearch returned reaches the page: without this the router merges the
    // raw search params over the validated ones, so a value validation refused (`override=5`,
    // `meds=5`) was still used and crashed the page.
    search: { strict: true },
    // Loaders prefetch through the QueryClient, which owns caching; the router should not cache twice.
    defaultPreloadStaleTime: 0,
    // When pre-rendering, the router would inline a scroll-restoration <script>, which the CSP forbids
    // (no inline script); the browser-side router restores scroll by itself.
    scrollRestoration: !prerender,
    // Pre-rendering renders as a server would (no root Suspense boundary, see src/app/start.tsx), also
    // when the tests run it in jsdom, where the router would otherwise think it is in a browser.
    ...(prerender ? { isServer: true } : {}),
    defaultErrorComponent: RouteErrorPanel,
    defaultNotFoundComponent: NotFoundPanel,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
