import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { CaseLibrary } from '../../features/teaching/components/CaseLibrary';
import type { CaseTopic } from '../../features/teaching/caseTypes';
import { CASE_TOPICS } from '../../features/teaching/topics';

interface TeachingSearch {
  topic?: CaseTopic;
}

export const Route = createFileRoute('/teaching/')({
  // An unknown topic in a hand-edited link shows all cases rather than none.
  validateSearch: (raw: Record<string, unknown>): TeachingSearch =>
    CASE_TOPICS.includes(raw.topic as CaseTopic) ? { topic: raw.topic as CaseTopic } : {},
  component: TeachingPage,
});

function TeachingPage() {
  const { topic } = Route.useSearch();
  const navigate = useNavigate({ from: '/teaching/' });
  return (
    <CaseLibrary
      topic={topic}
      onTopicChange={(next) =>
        void navigate({ search: next ? { topic: next } : {}, replace: true, resetScroll: false })
      }
    />
  );
}
