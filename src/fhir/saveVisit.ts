/**
 * Saving a follow-up visit to the patient's chart the way plans are saved (sendKeepingOnDevice): kept
 * in the outbox first, then posted; "queued" when the server cannot take it now; a rejection (4xx) is
 * thrown, and the visit stays in the device's visit list, marked as not on the chart.
 */
import type { VisitRecord } from '../lib/db';
import { postTransaction } from './deliverPlan';
import { sendKeepingOnDevice } from './outbox';
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
  const sent = await sendKeepingOnDevice(
    context.patientId,
    bundle,
    () => postTransaction(bundle),
    context.now,
  );
  return sent.status === 'sent' ? { status: 'saved' } : sent;
}
