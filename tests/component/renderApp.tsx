import { render, type RenderResult } from '@testing-library/react';
import { createMemoryHistory } from '@tanstack/react-router';
import { App } from '../../src/app/App';
import { createAppRouter } from '../../src/app/router';
import { createQueryClient } from '../../src/app/queryClient';
import { readyQueryClientSource } from '../../src/lib/queryClientSource';

export interface RenderAppResult extends RenderResult {
  router: ReturnType<typeof createAppRouter>;
  queryClient: ReturnType<typeof createQueryClient>;
}

/** Renders the whole app (providers, router, real routes) at `url`, against the MSW node server. */
export async function renderApp(url = '/planner'): Promise<RenderAppResult> {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const queries = readyQueryClientSource(queryClient);
  const router = createAppRouter(queries, createMemoryHistory({ initialEntries: [url] }));
  const result = render(<App queries={queries} router={router} />);
  await router.load();
  return { ...result, router, queryClient };
}
