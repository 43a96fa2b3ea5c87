/**
 * Planner drafts on this device, in their own small IndexedDB database (`bacloplan-drafts`) through
 * `idb`, a thin promise wrapper (about 1 KiB gzip). The planner reads a draft as it opens, so whatever
 * stores drafts is part of the planner's first load: Dexie (about 30 KiB gzip) stays with the FHIR
 * outbox (src/lib/db.ts), which needs its live queries and loads only with the FHIR pages.
 * Nothing here leaves the device.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export interface DraftRecord {
  /** 'current' for the planner's working draft; other ids for drafts set aside by "new plan". */
  id: string;
  /** The planner search params (see plannerSearch.ts). */
  search: Record<string, unknown>;
  updatedAt: string;
  /** Which tab wrote it last, to notice two tabs editing the same draft. */
  tabId: string;
  label?: string;
}

interface DraftSchema extends DBSchema {
  drafts: { key: string; value: DraftRecord };
}

export const DRAFT_DB_NAME = 'bacloplan-drafts';
const DRAFT_DB_VERSION = 1;

let opening: Promise<IDBPDatabase<DraftSchema>> | undefined;

/**
 * The database, opened on first use and then shared. A failed open is not cached (the next call tries
 * again) and its error reaches the caller, which tells the user drafts cannot be saved.
 */
function database(): Promise<IDBPDatabase<DraftSchema>> {
  if (opening) return opening;
  let connection: IDBPDatabase<DraftSchema> | undefined;
  const forget = () => {
    if (opening === attempt) opening = undefined;
  };
  // Async so that an `indexedDB.open` that throws (storage disabled) rejects instead of throwing.
  const attempt = (async () => {
    connection = await openDB<DraftSchema>(DRAFT_DB_NAME, DRAFT_DB_VERSION, {
      upgrade(db) {
        db.createObjectStore('drafts', { keyPath: 'id' });
      },
      // A newer version of the app in another tab, or a deletion, is waiting for this connection.
      blocking() {
        connection?.close();
        forget();
      },
      // The browser closed the connection (e.g. site data cleared): open again next time.
      terminated: forget,
    });
    return connection;
  })();
  opening = attempt;
  attempt.catch(forget);
  return attempt;
}

// Each is async, so a request that throws synchronously (e.g. a QuotaExceededError from `put`)
// reaches the caller as a rejected promise with the original error.

export async function getDraft(id: string): Promise<DraftRecord | undefined> {
  return (await database()).get('drafts', id);
}

export async function putDraft(record: DraftRecord): Promise<void> {
  await (await database()).put('drafts', record);
}

export async function deleteDraft(id: string): Promise<void> {
  await (await database()).delete('drafts', id);
}
