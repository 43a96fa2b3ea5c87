/**
 * Who prescribes, and the fill length: entered once, kept on this device (localStorage), never in a
 * link. They go on the prescription page and, as the requester's name, on the MedicationRequests.
 * Nothing here is patient data.
 */
import { useSyncExternalStore } from 'react';
import { DEFAULT_FILL_DAYS, FILL_DAY_CHOICES } from './prescription';

export interface PrescriberDetails {
  name: string;
  /** Registration number (RPPS, GMC, NPI…), as the prescriber writes it. */
  registration: string;
  fillDays: number;
}

const STORAGE_KEY = 'bacloplan-prescriber';
const EMPTY: PrescriberDetails = { name: '', registration: '', fillDays: DEFAULT_FILL_DAYS };
const MAX_CHARS = 120;
const listeners = new Set<() => void>();
let memory: PrescriberDetails | undefined;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_CHARS) : '';
}

/** Whatever is stored, checked field by field: a fill length not offered falls back to 28 days. */
export function parsePrescriberDetails(raw: string | null | undefined): PrescriberDetails {
  try {
    const parsed: unknown = JSON.parse(raw ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return EMPTY;
    const record = parsed as Record<string, unknown>;
    const fillDays = (FILL_DAY_CHOICES as readonly unknown[]).includes(record.fillDays)
      ? (record.fillDays as number)
      : DEFAULT_FILL_DAYS;
    return { name: text(record.name), registration: text(record.registration), fillDays };
  } catch {
    return EMPTY;
  }
}

export function readPrescriberDetails(): PrescriberDetails {
  memory ??= parsePrescriberDetails(storage()?.getItem(STORAGE_KEY));
  return memory;
}

export function savePrescriberDetails(details: Partial<PrescriberDetails>): void {
  memory = { ...readPrescriberDetails(), ...details };
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(memory));
  } catch {
    // Full or disabled storage: the details hold for this page.
  }
  for (const listener of listeners) listener();
}

/** For tests: forget what was read. */
export function resetPrescriberDetailsForTests(): void {
  memory = undefined;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePrescriberDetails(): PrescriberDetails {
  return useSyncExternalStore(subscribe, readPrescriberDetails, () => EMPTY);
}
