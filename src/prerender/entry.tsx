/**
 * Server entry, used only at build time (see src/prerender/plugin.ts): renders the app's static pages
 * to HTML, so a page paints from its HTML and stylesheet before any script runs; src/app/start.tsx
 * then hydrates it. Pages that show patient data or depend on search params are not pre-rendered.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createMemoryHistory } from '@tanstack/react-router';
import { App } from '../app/App';
import { createQueryClient } from '../app/queryClient';
import { readyQueryClientSource } from '../lib/queryClientSource';
import { createAppRouter } from '../app/router';
import { TEACHING_CASES } from '../features/teaching/cases';

/** Every page rendered at build time: the app's entry pages and each teaching case. */
export function prerenderPaths(): string[] {
  return [
    '/planner',
    '/patients',
    '/teaching',
    '/about',
    ...TEACHING_CASES.map((teachingCase) => `/teaching/${teachingCase.id}`),
  ];
}

/** The markup of one page, as the browser's first render of that address (with no search) produces it. */
export async function renderPage(path: string): Promise<string> {
  const queries = readyQueryClientSource(createQueryClient());
  const router = createAppRouter(queries, createMemoryHistory({ initialEntries: [path] }), {
    prerender: true,
  });
  await router.load();
  const failed = router.state.matches.find((match) => match.status !== 'success');
  if (failed) throw new Error(`Pre-rendering ${path}: route ${failed.routeId} is ${failed.status}`);
  return renderToString(
    <StrictMode>
      <App queries={queries} router={router} />
    </StrictMode>,
  );
}
