import { createFileRoute, notFound } from '@tanstack/react-router';
import { ChartError } from '../../features/patients/ChartError';
import { ChartPage } from '../../features/patients/ChartPage';
import { ChartPending } from '../../features/patients/ChartPending';
import { lazy, Suspense } from 'react';
import { Text } from '@mantine/core';
import { WithQueryClient } from '../../lib/queryClientSource';
import { PanelErrorBoundary } from '../../components/PanelErrorBoundary';

// The follow-up visits load after the chart: they bring IndexedDB and the chart of visits.
const ChartVisits = lazy(() => import('../../features/visits/ChartVisits'));

export const Route = createFileRoute('/patients/$patientId')({
  loader: async ({ context: { queries }, params: { patientId } }) => {
    // The FHIR client and the QueryClient load with the chart, not with the app's first page.
    const [{ FHIR_ID, chartQueryOptions, savedPlansOptions }, queryClient] = await Promise.all([
      import('../../fhir/queries'),
      queries.load(),
    ]);
    // Only FHIR ids go to the server; anything else in the address is simply not a patient.
    if (!FHIR_ID.test(patientId)) throw notFound();
    // Saved plans are not needed to review the chart: fetched alongside, never blocking.
    void queryClient.prefetchQuery(savedPlansOptions(patientId));
    const options = chartQueryOptions(patientId);
    await Promise.all(Object.values(options).map((option) => queryClient.ensureQueryData(option as never)));
  },
  pendingComponent: ChartPending,
  errorComponent: ChartError,
  component: ChartRoute,
});

function ChartRoute() {
  const { patientId } = Route.useParams();
  // The loader has created the client, so this does not suspend.
  return (
    <WithQueryClient>
      <ChartPage
        patientId={patientId}
        followUp={(slot) => (
          <PanelErrorBoundary panel="Follow-up visits" resetKey={patientId}>
            <Suspense fallback={<Text size="sm">Loading the follow-up visits…</Text>}>
              <ChartVisits patientId={patientId} {...slot} />
            </Suspense>
          </PanelErrorBoundary>
        )}
      />
    </WithQueryClient>
  );
}
