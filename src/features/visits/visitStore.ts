/**
 * The device's follow-up visits (IndexedDB, src/lib/db.ts): every visit is written here first, so a
 * failed save or a closed tab loses nothing; a chart patient's visits are also on the FHIR server
 * (saveVisit.ts), and the lists show both, each visit once (by its UUID).
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { readVisit, RulesInputError } from '../../rules';
import { getDb, type VisitRecord } from '../../lib/db';

export const patientSubject = (patientId: string) => `patient:${patientId}`;
export const planSubject = (followUpId: string) => `plan:${followUpId}`;

export async function putVisit(record: VisitRecord): Promise<void> {
  await getDb().visits.put(record);
}

/** This subject's visits on the device, oldest first, live (another tab's visit appears too). */
export function useDeviceVisits(subjectKey: string): { visits: VisitRecord[]; unavailable: boolean } {
  const [state, setState] = useState<{ key: string; visits: VisitRecord[]; unavailable: boolean }>({
    key: subjectKey,
    visits: [],
    unavailable: false,
  });
  useEffect(() => {
    const subscription = liveQuery(() =>
      getDb().visits.where('subjectKey').equals(subjectKey).sortBy('visit.date'),
    ).subscribe({
      next: (visits) => setState({ key: subjectKey, visits, unavailable: false }),
      error: () => setState({ key: subjectKey, visits: [], unavailable: true }),
    });
    return () => subscription.unsubscribe();
  }, [subjectKey]);
  // Until the new subject's visits arrive, the previous subject's are never shown.
  return state.key === subjectKey ? state : { visits: [], unavailable: false };
}

/** Device and server visits together, each once (the device's copy wins: it knows its sync state). */
export function mergeVisits(device: readonly VisitRecord[], server: readonly VisitRecord[]): VisitRecord[] {
  const byUuid = new Map<string, VisitRecord>();
  for (const record of server) byUuid.set(record.uuid, record);
  for (const record of device) byUuid.set(record.uuid, record);
  return [...byUuid.values()].sort((a, b) => a.visit.date.localeCompare(b.visit.date));
}

// ── Export and import (visits of a plan without a chart patient) ───────────────────────────────────

const FILE_KIND = 'bacloplan-visits';
const FILE_VERSION = 1;

export function visitsFile(visits: readonly VisitRecord[]): string {
  const records = visits.map(({ subjectKey: _subject, patientId: _patient, ...rest }) => rest);
  return JSON.stringify({ kind: FILE_KIND, version: FILE_VERSION, visits: records }, null, 2);
}

export class VisitImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VisitImportError';
  }
}

function readSuggestion(value: unknown, index: number): NonNullable<VisitRecord['suggestion']> {
  const item = value as Partial<NonNullable<VisitRecord['suggestion']>> | null;
  if (
    typeof item?.action !== 'string' ||
    typeof item.ruleId !== 'string' ||
    !/^visit\.[a-z-]{1,40}$/.test(item.ruleId) ||
    typeof item.accepted !== 'boolean'
  )
    throw new VisitImportError(`Visit ${index + 1}: its recorded suggestion is not readable.`);
  return { action: item.action.slice(0, 40), ruleId: item.ruleId, accepted: item.accepted };
}

/**
 * The visits of an exported file, each checked by the rules (readVisit), put under `subjectKey`.
 * Nothing is imported when one visit is wrong: the message says which one and why.
 */
export function parseVisitsFile(text: string, subjectKey: string): VisitRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new VisitImportError('This file is not a bacloplan visits file (it is not JSON).');
  }
  const file = data as { kind?: unknown; version?: unknown; visits?: unknown };
  if (file?.kind !== FILE_KIND || file.version !== FILE_VERSION || !Array.isArray(file.visits))
    throw new VisitImportError('This file is not a bacloplan visits file (version 1).');
  return file.visits.map((raw: unknown, index) => {
    const item = raw as Partial<VisitRecord>;
    if (typeof item?.uuid !== 'string' || !/^[0-9a-f-]{8,64}$/i.test(item.uuid))
      throw new VisitImportError(`Visit ${index + 1}: it has no valid id.`);
    try {
      const { dayNumber: _day, ...visit } = readVisit(item.visit);
      return {
        uuid: item.uuid,
        subjectKey,
        visit,
        ...(typeof item.plannedMgPerDay === 'number' && Number.isFinite(item.plannedMgPerDay)
          ? { plannedMgPerDay: item.plannedMgPerDay }
          : {}),
        ...(item.suggestion === undefined ? {} : { suggestion: readSuggestion(item.suggestion, index) }),
        ...(Array.isArray(item.medicationChanges)
          ? { medicationChanges: item.medicationChanges.filter((entry) => typeof entry === 'string') }
          : {}),
        recordedAt: typeof item.recordedAt === 'string' ? item.recordedAt : visit.date,
      };
    } catch (error) {
      if (error instanceof RulesInputError)
        throw new VisitImportError(`Visit ${index + 1}: ${error.field} — ${error.message}`);
      throw error;
    }
  });
}

export async function importVisits(records: readonly VisitRecord[]): Promise<void> {
  await getDb().visits.bulkPut([...records]);
}
