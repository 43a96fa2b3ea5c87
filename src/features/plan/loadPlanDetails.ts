/**
 * Loads the plan display's code. The planner calls it as soon as the first input is entered, so by
 * the time the renal step is complete the plan shows without a loading placeholder.
 */
export function loadPlanDetails() {
  return import('./PlanDetails');
}
