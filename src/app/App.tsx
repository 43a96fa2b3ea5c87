import { MantineProvider } from '@mantine/core';
import { RouterProvider } from '@tanstack/react-router';
import { QueryProvider, type QueryClientSource } from '../lib/queryClientSource';
import { theme } from './theme';
import { LanguageProvider } from '../i18n/LanguageProvider';
import type { createAppRouter } from './router';

interface AppProps {
  queries: QueryClientSource;
  router: ReturnType<typeof createAppRouter>;
}

/** Providers shared by the real app and the test harness (tests/component/renderApp.tsx). */
export function App({ queries, router }: AppProps) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <QueryProvider source={queries}>
        <LanguageProvider>
          <RouterProvider router={router} />
        </LanguageProvider>
      </QueryProvider>
    </MantineProvider>
  );
}
