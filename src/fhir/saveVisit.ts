/**
 * Saving a follow-up visit to the patient's chart, the way plans are saved (useSavePlan.ts): the
 * transaction is kept in the device's outbox first, then posted; an unreachable or failing server or
 * an expired session leaves it there to be sent later ("queued"); a rejection (4xx) is thrown, and the
 * visit stays in the device's visit list, marked as not on the chart.
 */
import type { VisitRecord } from '../lib/db';
import { isRetryableSaveError, isSignInSaveError, postTransaction } from './deliverPlan';
import { dropFromDevice, keepOnDevice, recordAttempt } from './outbox';
import { visitToFhir } from './visits';

export type SaveVisitResult =
  { status: 'saved' } | { status: 'queued'; reason: string; needsSignIn: boolean };

export async function saveVisit(
  record: VisitRecord,
  context: { patientId: string; carePlanId?: string; now?: Date },
): Promise<SaveVisitResult> {
  const bundle = visitToFhir(record, {
    patientId: context.patientId,
    ...(context.carePlanId ? { carePlanId: context.carePlanId } : {}),
  });
  const outboxId = await keepOnDevice(context.patientId, bundle, context.now);
  try {
    await postTransaction(bundle);
    await recordAttempt(outboxId, { sent: true });
    return { status: 'saved' };
  } catch (error) {
    const waits = isRetryableSaveError(error) || isSignInSaveError(error);
    if (!waits || outboxId === undefined) {
      await dropFromDevice(outboxId);
      throw error;
    }
    await recordAttempt(outboxId, { sent: false, error });
    return {
      status: 'queued',
      reason: error instanceof Error ? error.message : String(error),
      needsSignIn: isSignInSaveError(error),
    };
  }
}
