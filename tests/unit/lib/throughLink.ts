import {
  fromLink,
  parsePlannerSearch,
  plannerLinkProps,
  type PlannerState,
} from '../../../src/lib/plannerLink';

/**
 * A state through a planner link exactly as a page opens it: the address as JSON search params (parsed
 * as the route does) and the history entry's device part, or without it (a colleague's browser).
 */
export function throughLink(state: PlannerState, { withDevice = true } = {}) {
  const props = plannerLinkProps(state);
  const link = parsePlannerSearch(JSON.parse(JSON.stringify(props.search)) as Record<string, unknown>);
  return { link, ...fromLink(link, withDevice ? props.state.planner : undefined) };
}
