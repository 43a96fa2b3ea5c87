/**
 * Delivering a saved plan's transaction Bundle to the FHIR server, the same way from the Save button
 * and from the outbox: look up the patient's active versions, name them in the new CarePlan's
 * `replaces`, post the transaction (idempotent: `ifNoneExist` on the plan's identity), then retire the
 * versions it replaces. The versions are looked up at delivery, not when the plan was typed, so a plan
 * that waited in the outbox still replaces what is active when it arrives.
 */
import type { Bundle, CarePlan } from '@medplum/fhirtypes';
import { FhirError, fhirFetch, fhirPost, isFhirError } from './client';
import { activePlanIds, retirePlans, type RetireResult } from './planVersions';
import { bundleSchema } from './schemas';

export type Delivery =
  | { status: 'saved'; carePlanId?: string; retire: RetireResult }
  /** The plan was on the server already (a repeated save, or an answer lost on the way back). */
  | { status: 'already-saved'; carePlanId?: string; active: boolean; retire: RetireResult };

/** Worth trying again later: the server was unreachable, failing, or its answer unreadable. */
export function isRetryableSaveError(error: unknown): boolean {
  if (!isFhirError(error)) return false;
  if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'malformed') return true;
  return error.status !== undefined && (error.status >= 500 || error.status === 429 || error.status === 408);
}

/** The session has expired or lacks the right: the plan waits until the prescriber signs in again. */
export function isSignInSaveError(error: unknown): boolean {
  return isFhirError(error) && error.kind === 'unauthorized';
}

/** Sends a transaction Bundle to the server base; every entry must have succeeded. */
export async function postTransaction(bundle: Bundle): Promise<Bundle> {
  const response = await fhirPost('', bundle, bundleSchema, 'a transaction-response Bundle');
  const failed = (response.entry ?? []).find((entry) => !entry.response?.status?.startsWith('2'));
  if (response.type !== 'transaction-response' || failed) {
    throw new FhirError({
      kind: 'malformed',
      url: '',
      message: `The FHIR server did not confirm the saved plan (${
        response.type !== 'transaction-response'
          ? `answer type "${response.type}"`
          : `entry status "${failed?.response?.status ?? 'missing'}"`
      }).`,
    });
  }
  return response as unknown as Bundle;
}

async function readCarePlan(id: string | undefined): Promise<CarePlan | undefined> {
  if (!id) return undefined;
  return fhirFetch<CarePlan>(`CarePlan/${encodeURIComponent(id)}`).catch(() => undefined);
}

function idFromLocation(location: string | undefined): string | undefined {
  return location ? /CarePlan\/([^/]+)/.exec(location)?.[1] : undefined;
}

/** The bundle with its CarePlan (the first entry) replacing `earlier`. */
function withReplaces(bundle: Bundle, earlier: readonly string[]): Bundle {
  const [first, ...rest] = bundle.entry ?? [];
  if (first?.resource?.resourceType !== 'CarePlan') return bundle;
  const { replaces: _stale, ...carePlan } = first.resource;
  const replaced: CarePlan =
    earlier.length > 0
      ? { ...carePlan, replaces: earlier.map((id) => ({ reference: `CarePlan/${id}` })) }
      : carePlan;
  return { ...bundle, entry: [{ ...first, resource: replaced }, ...rest] };
}

/** The active versions, or none when the search itself is refused (the plan is saved regardless). */
async function versionsToReplace(patientId: string): Promise<string[]> {
  try {
    return await activePlanIds(patientId);
  } catch (error) {
    // Down or signed out: the POST would fail the same way, so let the caller keep the plan queued.
    if (isRetryableSaveError(error) || isSignInSaveError(error)) throw error;
    return [];
  }
}

/** Delivers the plan; throws what the server answered when it did not take it. */
export async function deliverPlan(patientId: string, bundle: Bundle): Promise<Delivery> {
  const earlier = await versionsToReplace(patientId);
  const response = await postTransaction(withReplaces(bundle, earlier));
  const first = response.entry?.[0];
  const carePlanId = idFromLocation(first?.response?.location);
  const ids = carePlanId ? { carePlanId } : {};
  // `ifNoneExist` found it: the server answers 200 with the existing resource instead of 201.
  if (first?.response?.status?.startsWith('200')) {
    const existing = (first.resource as CarePlan | undefined) ?? (await readCarePlan(carePlanId));
    const active = existing?.status !== 'revoked';
    // Its first delivery may have been committed and its answer lost before the versions it replaces
    // were retired. While it is the active version, retire those it names (and only those: a plan saved
    // since is not its to retire).
    const named = active
      ? (existing?.replaces ?? [])
          .map((reference) => idFromLocation(reference.reference))
          .filter((id): id is string => id !== undefined && id !== carePlanId && earlier.includes(id))
      : [];
    return { status: 'already-saved', ...ids, active, retire: await retirePlans(named) };
  }
  const retire = await retirePlans(earlier.filter((id) => id !== carePlanId));
  return { status: 'saved', ...ids, retire };
}
