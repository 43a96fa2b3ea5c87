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
import { activePlanIds, retirePlans, type RetireResult } from './planVersions';
import { fhirKeys } from './queries';

export type SavePlanResult =
  | { status: 'saved'; planId: string; carePlanId?: string; retire?: RetireResult }
  /** This exact plan was on the chart already: nothing was written. `active` false: it was replaced since. */
  | { status: 'already-saved'; planId: string; carePlanId?: string; active: boolean }
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
  // The versions this one replaces. If the server cannot be reached the POST below fails too, and the
  // plan waits in the outbox without them (said in the note).
  const earlier = await activePlanIds(patientId).catch(() => [] as string[]);
  const bundle: Bundle = planToFhir(args, {
    patientId,
    planId,
    createdAt: now.toISOString(),
    replaces: earlier,
  });
  try {
    const response = await postTransaction(bundle);
    const first = response.entry?.[0];
    const carePlanId = idFromLocation(first?.response?.location);
    const ids = carePlanId ? { carePlanId } : {};
    // `ifNoneExist` found it: the server answers 200 with the existing resource instead of 201.
    if (first?.response?.status?.startsWith('200')) {
      const active = (first.resource as { status?: string } | undefined)?.status !== 'revoked';
      return { status: 'already-saved', planId, ...ids, active };
    }
    const retire = await retirePlans(earlier.filter((id) => id !== carePlanId));
    return { status: 'saved', planId, ...ids, retire };
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
  return {
    saved: false,
    title: 'Saved on this device — not yet on the chart',
    message: `The FHIR server could not take the plan now (${result.reason}). It is kept on this device and will be sent automatically when the server is reachable.`,
  };
}
