/**
 * Plans on their way to the FHIR server wait in the device's IndexedDB outbox (src/lib/db.ts). A plan
 * is written there before its first POST starts, so a tab closed mid-save or a server that fails loses
 * nothing; it is sent again on app start, every minute while something waits, when the browser comes
 * back online, or on demand. Sending twice is harmless: the transaction creates the plan only if its
 * identity is not on the server yet (`ifNoneExist`). After each delivery the patient's plan lists are
 * refreshed, so the chart shows the plan without a reload.
 */
import type { Bundle } from '@medplum/fhirtypes';
import type { QueryClient } from '@tanstack/react-query';
import { liveQuery } from 'dexie';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { getDb, type OutboxRecord } from '../lib/db';
import { deliverPlan, isRetryableSaveError, isSignInSaveError, postTransaction } from './deliverPlan';
import { fhirKeys } from './queries';
import { carePlanOf, mapSavedPlan, type SavedPlanSummary } from './plans';
import { isVisitBundle } from './visits';

/** A record no tab has touched for this long is not in flight any more (its tab closed mid-save). */
export const IN_FLIGHT_MS = 30_000;
/** Sent records are kept this long (a week), then deleted. */
export const KEEP_SENT_MS = 7 * 24 * 60 * 60 * 1000;
const RESYNC_EVERY_MS = 60_000;

const inFlightHere = new Set<number>();

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Writes the plan to the device before it is sent; resolves to its outbox id, or undefined without IndexedDB. */
export async function keepOnDevice(patientId: string, payload: Bundle, now = new Date()) {
  try {
    const id = await getDb().outbox.add({
      patientId,
      payload,
      createdAt: now.toISOString(),
      attempts: 0,
      status: 'pending',
    });
    if (id !== undefined) inFlightHere.add(id);
    return id;
  } catch {
    return undefined; // private mode without IndexedDB: the save goes ahead, nothing can wait for later
  }
}

/** Records the outcome of an attempt. */
export async function recordAttempt(
  id: number | undefined,
  outcome: { sent: true; now?: Date } | { sent: false; error: unknown; now?: Date },
): Promise<void> {
  if (id === undefined) return;
  inFlightHere.delete(id);
  const table = getDb().outbox;
  const record = await table.get(id);
  if (!record) return;
  const attempts = record.attempts + 1;
  if (outcome.sent) {
    const sentAt = (outcome.now ?? new Date()).toISOString();
    await table.update(id, {
      status: 'sent',
      attempts,
      sentAt,
      lastError: undefined,
      needsSignIn: undefined,
    });
    return;
  }
  const { error } = outcome;
  const waits = isRetryableSaveError(error) || isSignInSaveError(error);
  await table.update(id, {
    status: waits ? 'pending' : 'failed',
    attempts,
    lastError: messageOf(error),
    needsSignIn: isSignInSaveError(error) ? true : undefined,
  });
}

/** Forgets a plan the server rejected as wrong (4xx): it is shown as an error instead. */
export async function dropFromDevice(id: number | undefined): Promise<void> {
  if (id === undefined) return;
  inFlightHere.delete(id);
  await getDb().outbox.delete(id);
}

export type SendOutcome<T> =
  | { status: 'sent'; value: T }
  /** Kept on this device to be sent later; `needsSignIn`: the server wants a valid session first. */
  | { status: 'queued'; outboxId?: number; reason: string; needsSignIn: boolean };

/**
 * The save path of plans and visits alike: the transaction is kept on the device first, then `send`
 * posts it. An unreachable or failing server, or an expired session, leaves it there to be sent later
 * ("queued"); a rejection (4xx: the resources themselves are wrong) drops it and is thrown, because
 * retrying would not help.
 */
export async function sendKeepingOnDevice<T>(
  patientId: string,
  bundle: Bundle,
  send: () => Promise<T>,
  now?: Date,
): Promise<SendOutcome<T>> {
  const outboxId = await keepOnDevice(patientId, bundle, now);
  try {
    const value = await send();
    await recordAttempt(outboxId, { sent: true });
    return { status: 'sent', value };
  } catch (error) {
    const waits = isRetryableSaveError(error) || isSignInSaveError(error);
    if (!waits || outboxId === undefined) {
      await dropFromDevice(outboxId);
      throw error;
    }
    await recordAttempt(outboxId, { sent: false, error });
    return {
      status: 'queued',
      outboxId,
      reason: error instanceof Error ? error.message : String(error),
      needsSignIn: isSignInSaveError(error),
    };
  }
}

export interface SyncResult {
  sent: number;
  failed: number;
  stillPending: number;
  /** Sending stopped because the server asked for a valid session (401/403). */
  needsSignIn: boolean;
}

type Listener = () => void;
const syncingListeners = new Set<Listener>();
let syncing: Promise<SyncResult> | undefined;
let syncQueryClient: QueryClient | undefined;

function notifySyncing() {
  for (const listener of syncingListeners) listener();
}

/** Refreshes what the pages show of this patient's plans (the chart's list, the planner's note). */
export function refreshPlans(patientId: string, queryClient = syncQueryClient): Promise<void> {
  return queryClient?.invalidateQueries({ queryKey: fhirKeys.plans(patientId) }) ?? Promise.resolve();
}

/** Refreshes what the pages show of this patient's follow-up visits. */
export function refreshVisits(patientId: string, queryClient = syncQueryClient): Promise<void> {
  return queryClient?.invalidateQueries({ queryKey: fhirKeys.visits(patientId) }) ?? Promise.resolve();
}

/**
 * Sends one waiting record: a visit's transaction as it is (its `ifNoneExist` identities make a
 * retry harmless), a plan through deliverPlan (which also retires the versions it replaces). Returns
 * the refresh to run once the record is marked sent (before, a list would show it twice).
 */
async function deliver(record: OutboxRecord): Promise<() => Promise<void>> {
  if (isVisitBundle(record.payload)) {
    await postTransaction(record.payload as Bundle);
    return () => refreshVisits(record.patientId);
  }
  await deliverPlan(record.patientId, record.payload as Bundle);
  return () => refreshPlans(record.patientId);
}

/**
 * Sends every waiting plan, oldest first. One run at a time (a second call joins the first). Stops at
 * the first retryable failure (when the server is down, hammering it with the rest helps nobody) and at
 * the first request for a sign-in.
 */
export function syncOutbox(
  queryClient?: QueryClient,
  now?: () => Date,
  options: { afterCurrent?: boolean } = {},
): Promise<SyncResult> {
  if (queryClient) syncQueryClient = queryClient;
  // "Send now" pressed while a background run is under way: that run may have started before the
  // server came back, so a fresh run follows it instead of only joining it.
  if (options.afterCurrent && syncing)
    return syncing.then(
      () => syncOutbox(queryClient, now),
      () => syncOutbox(queryClient, now),
    );
  syncing ??= runSync(now ?? (() => new Date())).finally(() => {
    syncing = undefined;
    notifySyncing();
  });
  notifySyncing();
  return syncing;
}

/** Not being sent right now by this tab, nor (judging by its age) by another one. */
function isIdle(record: OutboxRecord, now: Date): boolean {
  if (record.id === undefined || inFlightHere.has(record.id)) return false;
  return record.attempts > 0 || now.getTime() - Date.parse(record.createdAt) > IN_FLIGHT_MS;
}

async function deleteOldSent(now: Date): Promise<void> {
  const table = getDb().outbox;
  const sent = await table.where('status').equals('sent').toArray();
  const old = sent.filter(
    (record) =>
      record.id !== undefined && now.getTime() - Date.parse(record.sentAt ?? record.createdAt) > KEEP_SENT_MS,
  );
  await table.bulkDelete(old.flatMap((record) => (record.id === undefined ? [] : [record.id])));
}

async function runSync(now: () => Date): Promise<SyncResult> {
  await deleteOldSent(now());
  const table = getDb().outbox;
  const pending = (await table.where('status').equals('pending').sortBy('createdAt')).filter((record) =>
    isIdle(record, now()),
  );
  const result: SyncResult = { sent: 0, failed: 0, stillPending: pending.length, needsSignIn: false };
  for (const record of pending) {
    if (record.id === undefined) continue;
    inFlightHere.add(record.id);
    let refresh: () => Promise<void>;
    try {
      refresh = await deliver(record);
    } catch (error) {
      await recordAttempt(record.id, { sent: false, error, now: now() });
      if (isSignInSaveError(error)) {
        result.needsSignIn = true;
        break;
      }
      if (isRetryableSaveError(error)) break;
      result.failed += 1;
      result.stillPending -= 1;
      continue;
    }
    await recordAttempt(record.id, { sent: true, now: now() });
    result.sent += 1;
    result.stillPending -= 1;
    await refresh();
  }
  return result;
}

let started = false;
let timer: ReturnType<typeof setInterval> | undefined;
let onOnline: (() => void) | undefined;

/**
 * Syncs now, every minute, and whenever the browser comes back online. Safe to call more than once
 * (only the first call registers; a later call may still supply the QueryClient whose plan lists a
 * sync refreshes). Called when the app's QueryClient is created (start.tsx), by the first FHIR request
 * of a session (connection.ts), and by `useOutboxStatus`.
 */
export function startOutboxSync(queryClient?: QueryClient): void {
  if (queryClient) syncQueryClient = queryClient;
  if (started || typeof window === 'undefined') return;
  started = true;
  const sync = () => void syncOutbox().catch(() => undefined);
  onOnline = sync;
  window.addEventListener('online', sync);
  timer = setInterval(sync, RESYNC_EVERY_MS);
  sync();
}

/** For tests: forget that sync was started. */
export function resetOutboxSyncForTests(): void {
  started = false;
  syncQueryClient = undefined;
  inFlightHere.clear();
  if (timer !== undefined) clearInterval(timer);
  if (onOnline && typeof window !== 'undefined') window.removeEventListener('online', onOnline);
  timer = undefined;
  onOnline = undefined;
}

export type OutboxPlanSummary = SavedPlanSummary & {
  syncState: 'pending' | 'failed';
  lastError?: string;
  needsSignIn?: boolean;
};

/** Outbox records as "previous plans" entries, marked as not yet synced. */
export function outboxPlanSummaries(records: readonly OutboxRecord[]): OutboxPlanSummary[] {
  return records.flatMap((record) => {
    const carePlan = carePlanOf(record.payload);
    if (!carePlan || record.status === 'sent') return [];
    return [
      {
        ...mapSavedPlan(carePlan, 'outbox', `outbox-${String(record.id)}`),
        syncState: record.status === 'failed' ? ('failed' as const) : ('pending' as const),
        ...(record.lastError ? { lastError: record.lastError } : {}),
        ...(record.needsSignIn ? { needsSignIn: true } : {}),
      },
    ];
  });
}

export interface OutboxStatus {
  /** Plans on this device not yet on the server (pending or failed), oldest first. */
  records: OutboxRecord[];
  pendingCount: number;
  failedCount: number;
  /** A waiting plan was refused for want of a valid session. */
  needsSignIn: boolean;
  syncing: boolean;
  /** Tries to send pending plans now. */
  sync: () => Promise<SyncResult>;
}

function subscribeSyncing(listener: Listener) {
  syncingListeners.add(listener);
  return () => syncingListeners.delete(listener);
}

/** What the lists show: not sent, and not the save under way in this tab (its button says so). */
function isWaiting(record: OutboxRecord): boolean {
  return (
    record.status !== 'sent' &&
    !(record.attempts === 0 && record.id !== undefined && inFlightHere.has(record.id))
  );
}

/**
 * Live view of the outbox (optionally one patient's part), updated as records are added or sent.
 * Using it also starts background sync (once per app).
 */
export function useOutboxStatus(patientId?: string, queryClient?: QueryClient): OutboxStatus {
  const [records, setRecords] = useState<OutboxRecord[]>([]);
  const isSyncing = useSyncExternalStore(subscribeSyncing, () => syncing !== undefined);
  useEffect(() => {
    startOutboxSync(queryClient);
  }, [queryClient]);
  useEffect(() => {
    const observable = liveQuery(async () => {
      const table = getDb().outbox;
      const rows = patientId
        ? await table.where('patientId').equals(patientId).toArray()
        : await table.toArray();
      return rows.filter(isWaiting).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    });
    const subscription = observable.subscribe({
      next: setRecords,
      error: () => setRecords([]), // no IndexedDB (private mode): nothing can be queued either
    });
    return () => subscription.unsubscribe();
  }, [patientId]);
  return {
    records,
    pendingCount: records.filter((record) => record.status === 'pending').length,
    failedCount: records.filter((record) => record.status === 'failed').length,
    needsSignIn: records.some((record) => record.needsSignIn === true),
    syncing: isSyncing,
    sync: () => syncOutbox(queryClient, undefined, { afterCurrent: true }),
  };
}
