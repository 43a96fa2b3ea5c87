import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/queryClient';
import { createAppRouter } from './app/router';

// The demo FHIR server (mocks/) starts with the first FHIR request (src/fhir/connection.ts), so the
// planner renders without waiting for it and a real deployment never loads it.
function main(): void {
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('index.html has no #root element');
  createRoot(rootElement).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>,
  );
  // Plans saved while the server was unreachable are sent once the app is up (loaded after first paint).
  window.setTimeout(() => {
    void import('./fhir/outbox').then(({ startOutboxSync }) => startOutboxSync(queryClient));
  }, 1500);
}

main();
