/**
 * Plans that could not reach the FHIR server wait in the device's IndexedDB outbox (src/lib/db.ts) and
 * are sent again on app start, when the browser comes back online, or on demand. Each payload is the
 * plan's transaction Bundle with `ifNoneExist` on the plan's UUID, so sending twice (a save that did
 * reach the server but whose answer was lost) never creates a second plan.
 */
import type { Bundle } from '@medplum/fhirtypes';
import type { QueryClient } from '@tanstack/react-query';
import { liveQuery } from 'dexie';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { getDb, type OutboxRecord } from '../lib/db';
import { FhirError, fhirPost, isFhirError } from './client';
import { fhirKeys } from './queries';
import { bundleSchema } from './schemas';
import { carePlanOf, mapSavedPlan, type SavedPlanSummary } from './plans';

/** Worth trying again later: the server was unreachable, failing, or its answer unreadable. */
export function isRetryableSaveError(error: unknown): boolean {
  if (!isFhirError(error)) return false;
  if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'malformed') return true;
  return error.status !== undefined && (error.status >= 500 || error.status === 429 || error.status === 408);
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

export async function addToOutbox(patientId: string, payload: Bundle, lastError: string, now = new Date()) {
  return getDb().outbox.add({
    patientId,
    payload,
    createdAt: now.toISOString(),
    attempts: 1,
    lastError,
    status: 'pending',
  });
}

export interface SyncResult {
  sent: number;
  failed: number;
  stillPending: number;
}

type Listener = () => void;
const syncingListeners = new Set<Listener>();
let syncing: Promise<SyncResult> | undefined;

function notifySyncing() {
  for (const listener of syncingListeners) listener();
}

/**
 * Sends every pending plan, oldest first. One run at a time (a second call joins the first). Stops at
 * the first retryable failure: when the server is down, hammering it with the rest helps nobody.
 */
export function syncOutbox(queryClient?: QueryClient): Promise<SyncResult> {
  syncing ??= runSync(queryClient).finally(() => {
    syncing = undefined;
    notifySyncing();
  });
  notifySyncing();
  return syncing;
}

async function runSync(queryClient: QueryClient | undefined): Promise<SyncResult> {
  const table = getDb().outbox;
  const pending = await table.where('status').equals('pending').sortBy('createdAt');
  const result: SyncResult = { sent: 0, failed: 0, stillPending: pending.length };
  for (const record of pending) {
    if (record.id === undefined) continue;
    try {
      await postTransaction(record.payload as Bundle);
      await table.update(record.id, { status: 'sent', attempts: record.attempts + 1, lastError: undefined });
      result.sent += 1;
      result.stillPending -= 1;
      await queryClient?.invalidateQueries({ queryKey: fhirKeys.plans(record.patientId) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (isRetryableSaveError(error)) {
        await table.update(record.id, { attempts: record.attempts + 1, lastError: message });
        break;
      }
      await table.update(record.id, { status: 'failed', attempts: record.attempts + 1, lastError: message });
      result.failed += 1;
      result.stillPending -= 1;
    }
  }
  return result;
}

let started = false;
let syncQueryClient: QueryClient | undefined;

/**
 * Syncs now and whenever the browser comes back online. Safe to call more than once (only the first
 * call registers; a later call may still supply the QueryClient whose plan lists a sync refreshes).
 * The first FHIR request of a session calls it (connection.ts), and `useOutboxStatus` on first use.
 */
export function startOutboxSync(queryClient?: QueryClient): void {
  if (queryClient) syncQueryClient = queryClient;
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('online', () => void syncOutbox(syncQueryClient).catch(() => undefined));
  void syncOutbox(syncQueryClient).catch(() => undefined);
}

/** For tests: forget that sync was started. */
export function resetOutboxSyncForTests(): void {
  started = false;
  syncQueryClient = undefined;
}

/** Outbox records as "previous plans" entries, marked as not yet synced. */
export function outboxPlanSummaries(records: readonly OutboxRecord[]): (SavedPlanSummary & {
  syncState: 'pending' | 'failed';
  lastError?: string;
})[] {
  return records.flatMap((record) => {
    const carePlan = carePlanOf(record.payload);
    if (!carePlan || record.status === 'sent') return [];
    return [
      {
        ...mapSavedPlan(carePlan, 'outbox', `outbox-${String(record.id)}`),
        syncState: record.status === 'failed' ? ('failed' as const) : ('pending' as const),
        ...(record.lastError ? { lastError: record.lastError } : {}),
      },
    ];
  });
}

export interface OutboxStatus {
  /** Plans on this device not yet on the server (pending or failed), oldest first. */
  records: OutboxRecord[];
  pendingCount: number;
  failedCount: number;
  syncing: boolean;
  /** Tries to send pending plans now. */
  sync: () => Promise<SyncResult>;
}

function subscribeSyncing(listener: Listener) {
  syncingListeners.add(listener);
  return () => syncingListeners.delete(listener);
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
      return rows
        .filter((row) => row.status !== 'sent')
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
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
    syncing: isSyncing,
    sync: () => syncOutbox(queryClient),
  };
}
