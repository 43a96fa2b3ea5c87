/**
 * The one FHIR store the demo EHR answers from, seeded with the synthetic cohort. Plans saved through
 * the app are added to it and show on the chart until the page (or the test) starts afresh.
 */
import { buildCohort } from './cohort';
import { followUpBundles } from './followUps';
import { FhirStore } from './store';

let store: FhirStore | undefined;

function createDemoStore(): FhirStore {
  const fresh = new FhirStore();
  const { patients, savedPlans } = buildCohort();
  fresh.seed(patients.flatMap((patient) => patient.resources));
  // Saved plans go through the transaction path, exactly as the app saves them.
  for (const plan of savedPlans) fresh.transaction(plan.bundle);
  // Followed patients: their visits (Encounters and Observations) and active plans, the same way.
  for (const item of followUpBundles()) fresh.transaction(item.bundle);
  return fresh;
}

export function getDemoStore(): FhirStore {
  store ??= createDemoStore();
  return store;
}

/** Back to the seeded cohort (tests call this so saved plans do not leak between them). */
export function resetDemoStore(): void {
  store = undefined;
}
