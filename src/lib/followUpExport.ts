/**
 * The follow-up visits of the plan on screen, as the prescriber PDF prints them (a follow-up page).
 * The follow-up section publishes them here under its patient's (or plan's) key; the plan's export
 * reads them only for the same key, so one patient's visits never print in another's plan.
 */
import { useSyncExternalStore } from 'react';

export interface FollowUpExportRow {
  date: string;
  doseTakenMgPerDay: number;
  plannedMgPerDay?: number;
  gramsPerDay?: number;
  heavyDrinkingDays?: number;
  cravingScore?: number;
  /** The side effects graded above none, in words ("somnolence (troublesome)"), or "none". */
  sideEffects: string;
  /** The suggestion in words and whether it was accepted, when recorded. */
  suggestion?: string;
}

export interface FollowUpExport {
  subjectKey: string;
  rows: FollowUpExportRow[];
  /** The low-risk drinking limit for the patient's sex, g/day (spec §3, §9). */
  lowRiskGPerDay?: number;
}

let current: FollowUpExport | undefined;
const listeners = new Set<() => void>();

export function publishFollowUp(value: FollowUpExport | undefined): void {
  current = value;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The published follow-up when it is this subject's; otherwise none. */
export function useFollowUpExport(subjectKey: string | undefined): FollowUpExport | undefined {
  const value = useSyncExternalStore(
    subscribe,
    () => current,
    () => undefined,
  );
  return subjectKey && value?.subjectKey === subjectKey ? value : undefined;
}
