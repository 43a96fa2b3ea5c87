import { createFileRoute, useLocation, useRouter } from '@tanstack/react-router';
import { PatientsPage } from '../../features/patients/PatientsPage';

declare module '@tanstack/history' {
  interface HistoryState {
    /** The patient search as typed: a name is kept in the history entry, never in the address. */
    patientsQuery?: unknown;
  }
}

/** The search text kept for this history entry, validated (it is read back from the browser). */
function queryOf(state: { patientsQuery?: unknown }): string {
  const query = state.patientsQuery;
  return typeof query === 'string' ? query.trim().slice(0, 100) : '';
}

export const Route = createFileRoute('/patients/')({
  // No search params at all: a name typed into the search must not end up in an address, a history
  // list or a proxy log. Anything a link adds (an old `?q=…`) is dropped unread.
  validateSearch: (): Record<string, never> => ({}),
  // Prefetch without waiting: the search box shows at once and the list streams in (with skeletons).
  // The QueryClient and the FHIR client load with this page, not with the app's first page; if they
  // cannot, the list (which waits for them) says so with a Retry.
  loader: ({ context, location }) => {
    const query = queryOf(location.state);
    void Promise.all([context.queries.load(), import('../../fhir/queries')])
      .then(([queryClient, { patientSearchOptions }]) =>
        queryClient.prefetchInfiniteQuery(patientSearchOptions(query)),
      )
      .catch(() => undefined);
  },
  component: PatientsRoute,
});

function PatientsRoute() {
  const query = useLocation({ select: (location) => queryOf(location.state) });
  const navigate = Route.useNavigate();
  const router = useRouter();
  return (
    <PatientsPage
      query={query}
      onQueryChange={(next) => {
        // The search is written 300 ms after the last key. If the clinician has already clicked a
        // patient (the chart is loading, this page is still shown), writing it would navigate back
        // here and cancel the chart: the search is left as it was.
        if (router.latestLocation.pathname !== '/patients') return;
        void navigate({
          search: {},
          state: (previous) => ({ ...previous, patientsQuery: next || undefined }),
          replace: true,
          resetScroll: false,
        });
      }}
    />
  );
}
