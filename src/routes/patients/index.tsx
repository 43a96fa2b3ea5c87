import { createFileRoute } from '@tanstack/react-router';
import { patientSearchOptions } from '../../fhir/queries';
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
    void context.queryClient.prefetchInfiniteQuery(patientSearchOptions(deps.q));
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
