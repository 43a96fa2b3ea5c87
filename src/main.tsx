import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/queryClient';
import { createAppRouter } from './app/router';
import { isDemoMode } from './lib/config';

async function startDemoServer(): Promise<void> {
  // Loaded only in demo mode, so a deployment against a real FHIR server ships no mock code.
  const { startDemoWorker } = await import('../mocks/browser');
  await startDemoWorker();
}

async function main(): Promise<void> {
  if (isDemoMode) {
    try {
      await startDemoServer();
    } catch (error) {
      // The planner works without a FHIR server; the Patients page will say the server is unreachable.
      console.warn('Demo FHIR server could not start', error);
    }
  }
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

void main();
