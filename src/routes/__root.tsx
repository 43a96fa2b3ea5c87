import type { QueryClient } from '@tanstack/react-query';
import { Outlet, createRootRouteWithContext } from '@tanstack/react-router';
import { AppLayout } from '../components/AppLayout';
import { RULESET_VERSION } from '../rules';

export interface RouterContext {
  queryClient: QueryClient;
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
