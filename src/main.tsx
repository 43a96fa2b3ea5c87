import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/queryClient';
import { createAppRouter } from './app/router';

// The demo FHIR server (mocks/) and the sync of plans saved offline both start with the first FHIR
// request (src/fhir/connection.ts), so the planner renders without loading any FHIR code.
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
}

main();
