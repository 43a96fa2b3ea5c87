import { createFileRoute, notFound } from '@tanstack/react-router';
import { ChartError } from '../../features/patients/ChartError';
import { ChartPage } from '../../features/patients/ChartPage';
import { ChartPending } from '../../features/patients/ChartPending';

export const Route = createFileRoute('/patients/$patientId')({
  loader: async ({ context: { queryClient }, params: { patientId } }) => {
    // The FHIR client loads with the chart, not with the app's first page.
    const { FHIR_ID, chartQueryOptions, savedPlansOptions } = await import('../../fhir/queries');
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
  return <ChartPage patientId={patientId} />;
}
