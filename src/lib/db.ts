/**
 * The FHIR outbox's IndexedDB (via Dexie, for its live queries): plans that could not be saved to the
 * FHIR server yet, and follow-up visits (kept here first, on the device). Loaded only with the FHIR
 * pages and the follow-up section. Planner drafts live in their own small database
 * (src/lib/draftStore.ts) so the planner's first load does without Dexie. Nothing here leaves the device.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Visit } from '../rules';

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

/**
 * A follow-up visit recorded on this device (spec §9). Every visit is kept here first; a chart
 * patient's visit is also queued in the outbox for the FHIR server. `subjectKey` is `patient:<FHIR id>`
 * or `plan:<followUp id>` for a plan without a chart patient, so one patient's visits never show in
 * another's plan.
 */
export interface VisitRecord {
  /** The visit's UUID: identifier of its Encounter and Observations (idempotent retries). */
  uuid: string;
  subjectKey: string;
  patientId?: string;
  /** The visit as the rules read it (`Visit` of src/rules). */
  visit: Visit;
  /** The plan's dose for the visit date, mg/day, when the plan had one. */
  plannedMgPerDay?: number;
  /** What the rules suggested, and whether the clinician accepted it (re-planned). */
  suggestion?: { action: string; ruleId: string; accepted: boolean };
  /** New medicines reported at the visit (checked for interactions when the plan is re-planned). */
  medicationChanges?: string[];
  recordedAt: string;
}

export class BacloplanDb extends Dexie {
  outbox!: EntityTable<OutboxRecord, 'id'>;
  visits!: EntityTable<VisitRecord, 'uuid'>;

  constructor(name = 'bacloplan') {
    super(name);
    this.version(1).stores({
      drafts: 'id, updatedAt',
      outbox: '++id, patientId, status, createdAt',
    });
    // Drafts moved to their own database (draftStore.ts); `null` deletes the old table on upgrade.
    this.version(2).stores({ drafts: null });
    this.version(3).stores({ visits: 'uuid, subjectKey, [subjectKey+visit.date]' });
  }
}

let instance: BacloplanDb | undefined;

/** The shared database; created lazily so pages that never touch storage never open it. */
export function getDb(): BacloplanDb {
  instance ??= new BacloplanDb();
  return instance;
}
