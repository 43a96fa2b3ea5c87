/**
 * Override reasons confirmed on this page (spec §4: an override from a link or a draft is held to the
 * form's rules — a reason of 15 characters or more and the specialist's confirmation). The reason
 * itself travels in the plan's link; the confirmation does not: it is given here, in this tab, and
 * kept for the tab's session so a reload does not ask again. A link from a colleague, or a draft
 * restored from the device, shows its override reason and waits for this confirmation.
 */
const STORAGE_KEY = 'bacloplan-confirmed-overrides';
const MAX_KEPT = 20;
const listeners = new Set<() => void>();
let memory: string[] | undefined;

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // storage disabled: confirmations last for this page only
  }
}

function read(): string[] {
  if (memory) return memory;
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(STORAGE_KEY) ?? '[]');
    memory = Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    memory = [];
  }
  return memory;
}

export function confirmOverride(reason: string): void {
  const trimmed = reason.trim();
  memory = [trimmed, ...read().filter((item) => item !== trimmed)].slice(0, MAX_KEPT);
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(memory));
  } catch {
    // Full or disabled storage: the confirmation still holds in memory for this page.
  }
  for (const listener of listeners) listener();
}

/** The confirmed reasons: the same array until a confirmation changes it (for useSyncExternalStore). */
export function confirmedReasons(): readonly string[] {
  return read();
}

/** No confirmations: what a page pre-rendered at build time knows. */
export const NO_CONFIRMATIONS: readonly string[] = Object.freeze([]);

export function subscribeConfirmations(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: forget every confirmation. */
export function resetOverrideConfirmations(): void {
  memory = [];
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
  for (const listener of listeners) listener();
}
