import { createFileRoute } from '@tanstack/react-router';
import { PatientsPage } from '../../features/patients/PatientsPage';

interface PatientsSearch {
  q?: string;
}

export const Route = createFileRoute('/patients/')({
  validateSearch: (search: Record<string, unknown>): PatientsSearch => {
    const q = typeof search.q === 'string' ? search.q.trim().slice(0, 100) : '';
    return q ? { q } : {};
  },
  loaderDeps: ({ search }) => ({ q: search.q ?? '' }),
  // Prefetch without waiting: the search box shows at once and the list streams in (with skeletons).
  // The QueryClient and the FHIR client load with this page, not with the app's first page; if they
  // cannot, the list (which waits for them) says so with a Retry.
  loader: ({ context, deps }) => {
    void Promise.all([context.queries.load(), import('../../fhir/queries')])
      .then(([queryClient, { patientSearchOptions }]) =>
        queryClient.prefetchInfiniteQuery(patientSearchOptions(deps.q)),
      )
      .catch(() => undefined);
  },
  component: PatientsRoute,
});

function PatientsRoute() {
  const { q } = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <PatientsPage
      query={q ?? ''}
      onQueryChange={(next) =>
        void navigate({ search: next ? { q: next } : {}, replace: true, resetScroll: false })
      }
    />
  );
}
