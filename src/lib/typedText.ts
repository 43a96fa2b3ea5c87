/**
 * Text typed but not yet committed — a reason not yet submitted, a medication not yet added — kept for
 * this tab (sessionStorage, written on every keystroke, so a reload or a crash keeps it). Keys are
 * scoped by whose plan it is (the chart patient's id, or "no patient"), so one patient's half-typed
 * reason never appears in another's plan; "New plan" clears them all.
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';

const PREFIX = 'bacloplan-typing:';
const listeners = new Set<() => void>();
/** Used when storage is unavailable: the text then lasts for this page only. */
const memory = new Map<string, string>();

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

function read(key: string): string {
  try {
    return storage()?.getItem(key) ?? memory.get(key) ?? '';
  } catch {
    return memory.get(key) ?? '';
  }
}

function write(key: string, value: string): void {
  memory.set(key, value);
  try {
    if (value) storage()?.setItem(key, value);
    else storage()?.removeItem(key);
  } catch {
    // Full or disabled storage: kept in memory for this page.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whose plan the typed text belongs to: the chart patient's FHIR id, or none. */
export const TypingScope = createContext('no-patient');

/** A text field's value that survives reloads; '' while a pre-rendered page hydrates. */
export function useTypedText(field: string): [string, (value: string) => void] {
  const scope = useContext(TypingScope);
  const key = `${PREFIX}${scope}:${field}`;
  const value = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => '',
  );
  const setValue = useCallback((next: string) => write(key, next), [key]);
  return [value, setValue];
}

/**
 * Forget the text kept from before this page was loaded (a link opened another plan, so text typed
 * for the plan set aside must not show in this one), but not what the clinician typed since.
 */
export function clearEarlierTypedText(): void {
  const store = storage();
  try {
    for (const key of Object.keys(store ?? {})) {
      if (key.startsWith(PREFIX) && !memory.has(key)) store?.removeItem(key);
    }
  } catch {
    // nothing stored
  }
  for (const listener of listeners) listener();
}

/** Forget every typed text (a new plan). */
export function clearTypedText(): void {
  memory.clear();
  const store = storage();
  try {
    for (const key of Object.keys(store ?? {})) if (key.startsWith(PREFIX)) store?.removeItem(key);
  } catch {
    // nothing stored
  }
  for (const listener of listeners) listener();
}
