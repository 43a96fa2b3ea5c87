/**
 * One active baclofen plan per patient: a newly saved version replaces the ones before it. The new
 * CarePlan names them in `replaces`; then each old CarePlan is set to `revoked` and its
 * MedicationRequests to `stopped`, one update at a time. A server may refuse such an update (no
 * `update` interaction, a permission): the new version is saved regardless, and what could not be
 * retired is reported, for the prescriber to retire in the EHR.
 */
import type { CarePlan, MedicationRequest, Resource } from '@medplum/fhirtypes';
import { fhirFetch, fhirSearchAll } from './client';
import { BACLOPLAN } from './codes';

export interface RetireResult {
  retired: string[];
  notRetired: { id: string; reason: string }[];
}

/** The patient's active bacloplan CarePlans (ids), before a new version is saved. */
export async function activePlanIds(patientId: string): Promise<string[]> {
  const params = new URLSearchParams({
    subject: `Patient/${patientId}`,
    category: `${BACLOPLAN.planCategorySystem}|${BACLOPLAN.planCategoryCode}`,
    status: 'active',
    _count: '50',
  });
  const plans = await fhirSearchAll<CarePlan>('CarePlan', `CarePlan?${params.toString()}`);
  return plans.flatMap((plan) => (plan.id ? [plan.id] : []));
}

async function readResource<T extends Resource>(resourceType: T['resourceType'], id: string): Promise<T> {
  const resource = await fhirFetch<T>(`${resourceType}/${encodeURIComponent(id)}`);
  if (resource?.resourceType !== resourceType) {
    throw new Error(`${resourceType}/${id} did not come back as a ${resourceType}.`);
  }
  return resource;
}

function update(resource: Resource & { id: string }) {
  return fhirFetch(`${resource.resourceType}/${encodeURIComponent(resource.id)}`, {
    method: 'PUT',
    body: resource,
  });
}

async function retireOne(carePlanId: string): Promise<void> {
  const carePlan = await readResource<CarePlan>('CarePlan', carePlanId);
  const requestIds = (carePlan.activity ?? []).flatMap((activity) => {
    const reference = activity.reference?.reference ?? '';
    return reference.startsWith('MedicationRequest/') ? [reference.slice('MedicationRequest/'.length)] : [];
  });
  // The requests first: a revoked plan with active requests would still look like a running order.
  for (const id of requestIds) {
    const request = await readResource<MedicationRequest>('MedicationRequest', id);
    if (request.status !== 'stopped') await update({ ...request, id, status: 'stopped' });
  }
  await update({ ...carePlan, id: carePlanId, status: 'revoked' });
}

/** Retire each earlier version; never throws — what failed is in `notRetired`, with the reason. */
export async function retirePlans(carePlanIds: readonly string[]): Promise<RetireResult> {
  const result: RetireResult = { retired: [], notRetired: [] };
  for (const id of carePlanIds) {
    try {
      await retireOne(id);
      result.retired.push(id);
    } catch (error) {
      result.notRetired.push({ id, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}
