import { createFileRoute, notFound, useNavigate } from '@tanstack/react-router';
import { Alert, Anchor } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { CaseView } from '../../features/teaching/components/CaseView';

interface CaseSearch {
  reveal?: 1;
}

export const Route = createFileRoute('/teaching/$caseId')({
  // `?reveal=1` makes a link (or a printout) open with the answer shown.
  validateSearch: (raw: Record<string, unknown>): CaseSearch =>
    raw.reveal === 1 || raw.reveal === '1' || raw.reveal === true ? { reveal: 1 } : {},
  loader: async ({ params }) => {
    // The case library loads with the case page, not with the app's first page.
    const { getTeachingCase } = await import('../../features/teaching/cases');
    const teachingCase = getTeachingCase(params.caseId);
    if (!teachingCase) throw notFound();
    return teachingCase;
  },
  component: CasePage,
  notFoundComponent: CaseNotFound,
});

function CasePage() {
  const teachingCase = Route.useLoaderData();
  const { reveal } = Route.useSearch();
  const navigate = useNavigate({ from: '/teaching/$caseId' });
  return (
    <CaseView
      teachingCase={teachingCase}
      revealed={reveal === 1}
      onRevealChange={(next) =>
        void navigate({ search: next ? { reveal: 1 } : {}, replace: true, resetScroll: false })
      }
    />
  );
}

function CaseNotFound() {
  return (
    <Alert color="gray" title="No such teaching case">
      This case does not exist (the link may be out of date).{' '}
      <Anchor component={Link} to="/teaching">
        See all teaching cases
      </Anchor>
      .
    </Alert>
  );
}
