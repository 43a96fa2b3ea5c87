/**
 * The FHIR outbox's IndexedDB (via Dexie, for its live queries): plans that could not be saved to the
 * FHIR server yet. Loaded only with the FHIR pages. Planner drafts live in their own small database
 * (src/lib/draftStore.ts) so the planner's first load does without Dexie. Nothing here leaves the device.
 */
import Dexie, { type EntityTable } from 'dexie';

export interface OutboxRecord {
  id?: number;
  patientId: string;
  /** The FHIR resources (or transaction Bundle) to send. */
  payload: unknown;
  createdAt: string;
  /** Delivery attempts so far: 0 while the first one (the Save press itself) is under way. */
  attempts: number;
  lastError?: string;
  /** The last attempt was refused for want of a valid session (401/403): sign in again to send it. */
  needsSignIn?: boolean;
  /** When the server took it; sent records are deleted a week later. */
  sentAt?: string;
  status: 'pending' | 'sent' | 'failed';
}

export class BacloplanDb extends Dexie {
  outbox!: EntityTable<OutboxRecord, 'id'>;

  constructor(name = 'bacloplan') {
    super(name);
    this.version(1).stores({
      drafts: 'id, updatedAt',
      outbox: '++id, patientId, status, createdAt',
    });
    // Drafts moved to their own database (draftStore.ts); `null` deletes the old table on upgrade.
    this.version(2).stores({ drafts: null });
  }
}

let instance: BacloplanDb | undefined;

/** The shared database; created lazily so pages that never touch storage never open it. */
export function getDb(): BacloplanDb {
  instance ??= new BacloplanDb();
  return instance;
}
