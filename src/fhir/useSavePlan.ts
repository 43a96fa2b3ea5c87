/**
 * Saving a plan to the patient's chart. The planner calls `useSavePlan(patientId)` and then
 * `mutate({ plan, input, renal, findings })`. When the server cannot be reached or fails, the plan is
 * kept on this device (outbox) and sent later; the result says which happened, so the page can tell the
 * prescriber exactly where the plan is.
 */
import type { Bundle } from '@medplum/fhirtypes';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addToOutbox, isRetryableSaveError, postTransaction } from './outbox';
import { planToFhir, type SavePlanArgs } from './plans';
import { planIdentity } from './planIdentity';
import { fhirKeys } from './queries';

export type SavePlanResult =
  | { status: 'saved'; planId: string; carePlanId?: string }
  /** This exact plan was on the chart already: nothing was written. */
  | { status: 'already-saved'; planId: string; carePlanId?: string }
  | { status: 'queued'; planId: string; outboxId: number; reason: string };

export interface SavePlanDeps {
  planId?: string;
  now?: Date;
}

function idFromLocation(location: string | undefined): string | undefined {
  return location ? /CarePlan\/([^/]+)/.exec(location)?.[1] : undefined;
}

/**
 * Writes the plan as one transaction. Unreachable/failing server → queued in the outbox; a rejection
 * by the server (4xx: the plan itself is wrong) → thrown, because retrying would not help.
 */
export async function savePlan(
  patientId: string,
  args: SavePlanArgs,
  deps: SavePlanDeps = {},
): Promise<SavePlanResult> {
  // The same plan has the same id: saving it twice creates nothing the second time.
  const planId = deps.planId ?? (await planIdentity(patientId, args));
  const now = deps.now ?? new Date();
  const bundle: Bundle = planToFhir(args, { patientId, planId, createdAt: now.toISOString() });
  try {
    const response = await postTransaction(bundle);
    const first = response.entry?.[0]?.response;
    const carePlanId = idFromLocation(first?.location);
    // `ifNoneExist` found it: the server answers 200 with the existing resource instead of 201.
    const status = first?.status?.startsWith('200') ? 'already-saved' : 'saved';
    return { status, planId, ...(carePlanId ? { carePlanId } : {}) };
  } catch (error) {
    if (!isRetryableSaveError(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    const outboxId = Number(await addToOutbox(patientId, bundle, reason, now));
    return { status: 'queued', planId, outboxId, reason };
  }
}

export function useSavePlan(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...fhirKeys.patient(patientId), 'save-plan'],
    mutationFn: (args: SavePlanArgs) => savePlan(patientId, args),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fhirKeys.plans(patientId) }),
  });
}

/** The words to show after a save, so every page says the same thing. */
export function describeSaveResult(result: SavePlanResult): {
  title: string;
  message: string;
  saved: boolean;
} {
  if (result.status === 'already-saved') {
    return {
      saved: true,
      title: 'Already on the chart',
      message: `This exact plan is on the patient's chart already${result.carePlanId ? ` (CarePlan ${result.carePlanId})` : ''}: nothing was written again.`,
    };
  }
  if (result.status === 'saved') {
    return {
      saved: true,
      title: 'Saved to the chart',
      message: `The plan is on the FHIR server${result.carePlanId ? ` (CarePlan ${result.carePlanId})` : ''} and appears on the patient's chart.`,
    };
  }
  return {
    saved: false,
    title: 'Saved on this device — not yet on the chart',
    message: `The FHIR server could not take the plan now (${result.reason}). It is kept on this device and will be sent automatically when the server is reachable.`,
  };
}
