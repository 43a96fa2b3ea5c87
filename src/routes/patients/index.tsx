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
  loader: ({ context, deps }) => {
    // The FHIR client loads with this page, not with the app's first page.
    void import('../../fhir/queries').then(({ patientSearchOptions }) =>
      context.queryClient.prefetchInfiniteQuery(patientSearchOptions(deps.q)),
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
