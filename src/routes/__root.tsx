import type { QueryClientSource } from '../lib/queryClientSource';
import { Outlet, createRootRouteWithContext } from '@tanstack/react-router';
import { AppLayout } from '../components/AppLayout';
import { RULESET_VERSION } from '../rules';

export interface RouterContext {
  /** The QueryClient, created by the first loader that needs FHIR data. */
  queries: QueryClientSource;
}

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootComponent,
});

function RootComponent() {
  return (
    <AppLayout rulesetVersion={RULESET_VERSION}>
      <Outlet />
    </AppLayout>
  );
}
