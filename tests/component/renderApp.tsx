import { render, type RenderResult } from '@testing-library/react';
import { createMemoryHistory, type HistoryState } from '@tanstack/react-router';
import { plannerLinkProps, type PlannerState } from '../../src/lib/plannerLink';
import { App } from '../../src/app/App';
import { createAppRouter } from '../../src/app/router';
import { createQueryClient } from '../../src/app/queryClient';
import { readyQueryClientSource } from '../../src/lib/queryClientSource';

export interface RenderAppResult extends RenderResult {
  router: ReturnType<typeof createAppRouter>;
  queryClient: ReturnType<typeof createQueryClient>;
}

/**
 * Renders the whole app (providers, router, real routes) at `url`, against the MSW node server.
 * `historyState` is the history entry's state, as a link with device-only values leaves it.
 */
export async function renderApp(url = '/planner', historyState?: HistoryState): Promise<RenderAppResult> {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const queries = readyQueryClientSource(queryClient);
  const history = createMemoryHistory({ initialEntries: [url] });
  if (historyState) history.replace(url, historyState);
  const router = createAppRouter(queries, history);
  const result = render(<App queries={queries} router={router} />);
  await router.load();
  return { ...result, router, queryClient };
}

/** The planner opened with this state, exactly as a link to it opens (address + history entry). */
export function renderPlanner(state: PlannerState, { withDevice = true } = {}): Promise<RenderAppResult> {
  const { search, state: historyState } = plannerLinkProps(state);
  const query = Object.entries(search)
    .map(([key, value]) => `${key}=${encodeURIComponent(JSON.stringify(value))}`)
    .join('&');
  return renderApp(`/planner${query ? `?${query}` : ''}`, withDevice ? historyState : undefined);
}

/** What the planner keeps on the device for the current history entry (never in the address). */
export function plannerDevice(router: RenderAppResult['router']): Record<string, unknown> | undefined {
  return router.state.location.state.planner as Record<string, unknown> | undefined;
}
