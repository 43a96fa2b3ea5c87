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
  loader: async ({ context, deps }) => {
    // The page's list queries need the QueryClient, which is created (and its code fetched) here.
    const queryClient = await context.queries.load();
    // Prefetch without waiting: the search box shows at once and the list streams in (with skeletons).
    // The FHIR client loads with this page, not with the app's first page.
    void import('../../fhir/queries').then(({ patientSearchOptions }) =>
      queryClient.prefetchInfiniteQuery(patientSearchOptions(deps.q)),
    );
  },
  component: PatientsRoute,
});

function PatientsRoute() {
  const { q } = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <PatientsPage
      query={q ?? ''}
      onQueryChange={(next) => void navigate({ search: next ? { q: next } : {}, replace: true })}
    />
  );
}
