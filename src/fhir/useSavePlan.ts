/**
 * Saving a plan to the patient's chart. The planner calls `useSavePlan(patientId)` and then
 * `mutate({ plan, input, renal, findings })`. When the server cannot be reached or fails, the plan is
 * kept on this device (outbox) and sent later; the result says which happened, so the page can tell the
 * prescriber exactly where the plan is.
 */
import type { Bundle } from '@medplum/fhirtypes';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getFhirConnection } from './connection';
import { deliverPlan } from './deliverPlan';
import { sendKeepingOnDevice } from './outbox';
import { planToFhir, type SavePlanArgs } from './plans';
import { planIdentity } from './planIdentity';
import type { RetireResult } from './planVersions';
import { fhirKeys } from './queries';

export type SavePlanResult =
  | { status: 'saved'; planId: string; carePlanId?: string; retire?: RetireResult }
  /** This exact plan was on the chart already: nothing was written. `active` false: it was replaced since. */
  | { status: 'already-saved'; planId: string; carePlanId?: string; active: boolean }
  /** On this device, to be sent later; `needsSignIn`: the server wants a valid session first. */
  | { status: 'queued'; planId: string; outboxId?: number; reason: string; needsSignIn: boolean };

export interface SavePlanDeps {
  planId?: string;
  now?: Date;
}

/**
 * Writes the plan as one transaction. The plan is kept on the device first; an unreachable or failing
 * server, or an expired session, leaves it there to be sent later ("queued"); a rejection by the server
 * (4xx: the plan itself is wrong) is thrown, because retrying would not help.
 */
export async function savePlan(
  patientId: string,
  args: SavePlanArgs,
  deps: SavePlanDeps = {},
): Promise<SavePlanResult> {
  // The same plan has the same id: saving it twice creates nothing the second time.
  const planId = deps.planId ?? (await planIdentity(patientId, args));
  const now = deps.now ?? new Date();
  const { fhirUser } = getFhirConnection();
  const bundle: Bundle = planToFhir(args, {
    patientId,
    planId,
    createdAt: now.toISOString(),
    ...(fhirUser ? { fhirUser } : {}),
  });
  const sent = await sendKeepingOnDevice(patientId, bundle, () => deliverPlan(patientId, bundle), now);
  return sent.status === 'sent' ? { planId, ...sent.value } : { ...sent, planId };
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
  const which = result.status !== 'queued' && result.carePlanId ? ` (CarePlan ${result.carePlanId})` : '';
  if (result.status === 'already-saved') {
    return result.active
      ? {
          saved: true,
          title: 'Already on the chart',
          message: `This exact plan is on the patient's chart already${which}: nothing was written again.`,
        }
      : {
          saved: false,
          title: 'Saved before, and replaced since',
          message: `This exact plan was saved earlier${which} and later replaced by another version, so it was not saved again. Change the plan to save it as a new version.`,
        };
  }
  if (result.status === 'saved') {
    const retired = result.retire?.retired.length ?? 0;
    const failed = result.retire?.notRetired ?? [];
    return {
      saved: failed.length === 0,
      title: failed.length === 0 ? 'Saved to the chart' : 'Saved — an earlier version is still active',
      message: [
        `The plan is on the FHIR server${which} and appears on the patient's chart.`,
        retired > 0
          ? `It replaces the earlier version${retired > 1 ? 's' : ''}, now marked replaced (revoked, doses stopped).`
          : '',
        ...failed.map(
          (item) =>
            `CarePlan ${item.id} could not be retired (${item.reason}): retire it in the EHR so only one plan is active.`,
        ),
      ]
        .filter(Boolean)
        .join(' '),
    };
  }
  if (result.needsSignIn) {
    return {
      saved: false,
      title: 'Saved on this device — sign in again to send it',
      // The reason is the FHIR error's own sentence, which already says how to sign in again.
      message: `${result.reason} The plan is kept on this device and is sent once you have signed in again.`,
    };
  }
  return {
    saved: false,
    title: 'Saved on this device — not yet on the chart',
    message: `The FHIR server could not take the plan now (${result.reason}). It is kept on this device and will be sent automatically when the server is reachable.`,
  };
}
