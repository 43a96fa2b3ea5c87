import { memo, useDeferredValue, useMemo } from 'react';
import { createFileRoute } from '@tanstack/react-router';
import { parsePlannerSearch, type PlannerLink } from '../lib/plannerLink';
import { Planner } from '../features/planner/PlannerPage';
import { usePlannerDeviceJson, usePlannerHref } from '../features/planner/usePlannerState';
import { PlannerCatchingUp } from '../features/planner/PlanSection';

export const Route = createFileRoute('/planner')({
  // Only validated values reach the page; what validation refused is named there, never used.
  validateSearch: (raw: Record<string, unknown>): PlannerLink => parsePlannerSearch(raw),
  component: PlannerRoute,
});

const DeferredPlanner = memo(Planner);

/**
 * Each keystroke in the planner is a navigation (the link holds the inputs). The page follows the link
 * in a deferred render, which React interrupts when the next key comes: the field being typed in keeps
 * its own text and paints at once (issue 17: 0.5–1 s per key at 4× CPU with a 365-day plan before).
 * The router is read here, never inside the deferred render (see usePlannerState).
 */
function PlannerRoute() {
  const link = Route.useSearch();
  const deviceJson = usePlannerDeviceJson();
  const href = usePlannerHref();
  const entry = useMemo(() => ({ link, deviceJson, href }), [link, deviceJson, href]);
  const shown = useDeferredValue(entry);
  const catchingUp = shown !== entry;
  return (
    <PlannerCatchingUp.Provider value={catchingUp}>
      <DeferredPlanner link={shown.link} deviceJson={shown.deviceJson} href={shown.href} />
    </PlannerCatchingUp.Provider>
  );
}
