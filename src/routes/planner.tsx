import { createFileRoute } from '@tanstack/react-router';
import { parsePlannerSearch, type PlannerLink } from '../lib/plannerLink';
import { Planner } from '../features/planner/PlannerPage';

export const Route = createFileRoute('/planner')({
  // Only validated values reach the page; what validation refused is named there, never used.
  validateSearch: (raw: Record<string, unknown>): PlannerLink => parsePlannerSearch(raw),
  component: PlannerRoute,
});

function PlannerRoute() {
  return <Planner link={Route.useSearch()} />;
}
