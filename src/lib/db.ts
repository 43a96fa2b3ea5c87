/**
 * The app's IndexedDB (via Dexie): planner drafts that survive reloads and crashes, and an outbox of
 * plans that could not be saved to the FHIR server yet. Nothing here leaves the device.
 */
import Dexie, { type EntityTable } from 'dexie';

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

export interface OutboxRecord {
  id?: number;
  patientId: string;
  /** The FHIR resources (or transaction Bundle) to send. */
  payload: unknown;
  createdAt: string;
  attempts: number;
  lastError?: string;
  status: 'pending' | 'sent' | 'failed';
}

export class BacloplanDb extends Dexie {
  drafts!: EntityTable<DraftRecord, 'id'>;
  outbox!: EntityTable<OutboxRecord, 'id'>;

  constructor(name = 'bacloplan') {
    super(name);
    this.version(1).stores({
      drafts: 'id, updatedAt',
      outbox: '++id, patientId, status, createdAt',
    });
  }
}

let instance: BacloplanDb | undefined;

/** The shared database; created lazily so pages that never touch storage never open it. */
export function getDb(): BacloplanDb {
  instance ??= new BacloplanDb();
  return instance;
}
