/**
 * Planner drafts that survive reloads and crashes: the planner's search params are written to
 * IndexedDB (draftStore.ts) as the clinician types and watched across tabs. A reload keeps the link,
 * so nothing is restored behind the clinician's back: an empty planner *offers* the saved draft (with
 * whose chart it belongs to and when it was edited) — on a shared clinic PC it may be the previous
 * patient's — and a link that opens another plan sets the saved draft aside, restorable, instead of
 * overwriting it.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { deleteDraft, getDraft, putDraft, type DraftRecord } from './draftStore';
import { clearEarlierTypedText, clearTypedText } from './typedText';
import { patientLabel, rememberPatientLabel, subscribePatientLabels } from './patientLabels';
import { t } from '../i18n';

const CURRENT = 'current';
const PREVIOUS = 'previous';
const SAVE_DELAY_MS = 300;
const tabId = Math.random().toString(36).slice(2);

/** Keys that do not make a draft worth restoring on their own. */
const TRIVIAL_KEYS = new Set(['start', 'invalidFields']);

/** A restored draft keeps saying whose it is, before the banner has read the chart again. */
function seedLabel(record: DraftRecord): void {
  if (record.label && typeof record.search.patient === 'string') {
    rememberPatientLabel(record.search.patient, record.label);
  }
}

/** The working draft, with whose it is in words when the planner knows the chart patient. */
function draftRecord(search: Record<string, unknown>): DraftRecord {
  const label = patientLabel(search.patient);
  return { id: CURRENT, search, updatedAt: new Date().toISOString(), tabId, ...(label ? { label } : {}) };
}

/** Nothing typed: at most a start date and the dose profile a new plan starts from (fr-2018 in French). */
export function isEmptyDraft(search: Record<string, unknown>): boolean {
  const typed = Object.entries(search).filter(
    ([key, value]) => !TRIVIAL_KEYS.has(key) && value !== undefined,
  );
  return typed.length === 0 || (typed.length === 1 && typed[0]?.[0] === 'profile');
}

function sameDraft(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const meaningful = (search: Record<string, unknown>) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(search)
          .filter(([key, value]) => !TRIVIAL_KEYS.has(key) && value !== undefined)
          .sort(([x], [y]) => x.localeCompare(y)),
      ),
    );
  return meaningful(a) === meaningful(b);
}

/**
 * What this tab last showed, kept synchronously in sessionStorage (it survives a reload of the tab and
 * nothing else). The IndexedDB save is debounced and may not finish as a page unloads, so after a reload
 * the address can be newer than the saved draft: that is this tab's own plan, not a link to another one,
 * and must not set the draft aside. Codes only, as in the address.
 */
const THIS_TAB_KEY = 'bacloplan:planner-this-tab';

function rememberThisTab(search: Record<string, unknown>): void {
  try {
    sessionStorage.setItem(THIS_TAB_KEY, JSON.stringify(search));
  } catch {
    // No sessionStorage (privacy mode): a reload inside the save delay then sets the draft aside, restorable.
  }
}

/**
 * Called by the planner as each edit is made (before the page renders it, which may come later): a
 * reload right after a keystroke then still knows the address is this tab's own. The page reads the
 * stored value once, as it first renders (see `useDraft`), so nothing written here afterwards — an edit
 * the page makes on arrival, such as a linked plan's start date, or a key typed before the saved draft
 * has been read — can make a link look like this tab's own.
 */
export function rememberThisTabsInputs(search: Record<string, unknown>): void {
  if (!isEmptyDraft(search)) rememberThisTab(JSON.parse(JSON.stringify(search)) as Record<string, unknown>);
}

function isThisTabsLast(search: Record<string, unknown>): boolean {
  try {
    const stored = sessionStorage.getItem(THIS_TAB_KEY);
    return stored !== null && sameDraft(JSON.parse(stored) as Record<string, unknown>, search);
  } catch {
    return false;
  }
}

export type DraftStatus =
  | { kind: 'idle' }
  | { kind: 'saved'; at: string }
  | { kind: 'restored'; at: string }
  /** An empty planner found a saved draft: continue it or start empty (never restored unasked). */
  | {
      kind: 'offer';
      at: string;
      search: Record<string, unknown>;
      label?: string;
      /** The draft set aside before it, if any: offered too, each with whose it is and when. */
      previous?: { at: string; search: Record<string, unknown>; label?: string };
    }
  /** A link opened another plan; the saved draft was set aside (restorable). */
  | { kind: 'set-aside'; at: string }
  | { kind: 'unavailable'; message: string }
  | { kind: 'other-tab'; at: string; search: Record<string, unknown> };

interface UseDraftArgs {
  search: Record<string, unknown>;
  /** Replace the planner's search params (used to restore a draft). */
  restore: (search: Record<string, unknown>) => void;
}

export function useDraft({ search, restore }: UseDraftArgs) {
  const [status, setStatus] = useState<DraftStatus>({ kind: 'idle' });
  const [ready, setReady] = useState(false);
  const restoreRef = useRef(restore);
  useEffect(() => {
    restoreRef.current = restore;
  }, [restore]);
  const initialSearch = useRef(search);
  /**
   * Whether the address the page opened with is what this tab last showed (a reload), read during the
   * first render: children's effects and the first keystrokes run before the saved draft is read, and
   * they write this tab's value too.
   */
  const arrivedAsThisTabs = useRef<boolean | null>(null);
  if (arrivedAsThisTabs.current === null) {
    arrivedAsThisTabs.current = typeof window !== 'undefined' && isThisTabsLast(search);
  }
  /** What this page shows now, for the other-tab check. */
  const currentSearch = useRef(search);
  useEffect(() => {
    currentSearch.current = search;
  }, [search]);
  /** The draft an empty planner offered, until continued or declined: never overwritten meanwhile. */
  const offered = useRef<DraftRecord | null>(null);

  // On open: an empty planner gets the last draft back (after a reload, a crash or a closed tab).
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const draft = await getDraft(CURRENT);
        if (cancelled) return;
        if (draft && !isEmptyDraft(draft.search)) {
          if (isEmptyDraft(initialSearch.current)) {
            offered.current = draft;
            const previous = await getDraft(PREVIOUS);
            if (cancelled) return;
            setStatus({
              kind: 'offer',
              at: draft.updatedAt,
              search: draft.search,
              ...(draft.label ? { label: draft.label } : {}),
              ...(previous && !isEmptyDraft(previous.search)
                ? {
                    previous: {
                      at: previous.updatedAt,
                      search: previous.search,
                      ...(previous.label ? { label: previous.label } : {}),
                    },
                  }
                : {}),
            });
          } else if (!sameDraft(draft.search, initialSearch.current) && !arrivedAsThisTabs.current) {
            // Another plan arrived by link: keep the saved one where "Restore previous draft" finds it.
            await putDraft({ ...draft, id: PREVIOUS });
            // Half-typed text belonged to the plan set aside, not to the one the link opened (what
            // was typed on this page meanwhile stays).
            clearEarlierTypedText();
            if (!cancelled) setStatus({ kind: 'set-aside', at: draft.updatedAt });
          }
        }
      } catch (error) {
        if (!cancelled) setStatus({ kind: 'unavailable', message: describeStorageError(error) });
      } finally {
        if (!cancelled) setReady(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  // A chart patient's name arrives with the banner, after the first save: save again with it.
  const label = useSyncExternalStore(
    subscribePatientLabels,
    () => patientLabel(search.patient),
    () => undefined,
  );
  // Autosave after each change (debounced), once the initial restore has had its chance.
  const serialized = JSON.stringify(search);
  useEffect(() => {
    if (!ready) return;
    const parsed = JSON.parse(serialized) as Record<string, unknown>;
    if (isEmptyDraft(parsed)) return;
    rememberThisTab(parsed);
    const save = async () => {
      const record = draftRecord(parsed);
      try {
        // Typing into an empty planner instead of answering the offer: the offered draft is set aside
        // (restorable), not overwritten.
        const pending = offered.current;
        if (pending) {
          offered.current = null;
          await putDraft({ ...pending, id: PREVIOUS });
        }
        await putDraft(record);
        channel()?.postMessage({ type: 'draft-saved', tabId, at: record.updatedAt, search: parsed });
        // A notice the clinician has not dismissed stays; the "saved" line shows in the header anyway.
        setStatus((previous) =>
          previous.kind === 'restored' || previous.kind === 'set-aside'
            ? previous
            : pending
              ? { kind: 'set-aside', at: pending.updatedAt }
              : { kind: 'saved', at: record.updatedAt },
        );
      } catch (error) {
        setStatus({ kind: 'unavailable', message: describeStorageError(error) });
      }
    };
    const timer = window.setTimeout(() => void save(), SAVE_DELAY_MS);
    // Closing the tab or switching away inside the delay must not lose the last edit: save at once.
    const flush = () => {
      if (document.visibilityState === 'visible' && !hiding) return;
      window.clearTimeout(timer);
      void save();
    };
    let hiding = false;
    const onPageHide = () => {
      hiding = true;
      flush();
    };
    document.addEventListener('visibilitychange', flush);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', flush);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [serialized, ready, label]);

  // Another tab editing the same draft: say so rather than silently overwrite each other.
  useEffect(() => {
    const bc = channel();
    if (!bc) return;
    const onMessage = (event: MessageEvent) => {
      const data = event.data as {
        type?: string;
        tabId?: string;
        at?: string;
        search?: Record<string, unknown>;
      };
      // A save of what this page already shows is no conflict. It is also what a reload can hear: the
      // page being unloaded finishes its last save (pagehide) after this page has opened, under its own id.
      if (
        data.type === 'draft-saved' &&
        data.tabId !== tabId &&
        data.at &&
        data.search &&
        !sameDraft(data.search, currentSearch.current)
      ) {
        setStatus({ kind: 'other-tab', at: data.at, search: data.search });
      }
    };
    bc.addEventListener('message', onMessage);
    return () => bc.removeEventListener('message', onMessage);
  }, []);

  /** Start a new plan: the current draft is set aside (recoverable), never destroyed. */
  const setAside = async (): Promise<void> => {
    clearTypedText();
    try {
      const current = await getDraft(CURRENT);
      if (current) await putDraft({ ...current, id: PREVIOUS });
      await deleteDraft(CURRENT);
    } catch (error) {
      setStatus({ kind: 'unavailable', message: describeStorageError(error) });
    }
  };

  const restorePrevious = async (): Promise<boolean> => {
    try {
      const previous = await getDraft(PREVIOUS);
      if (!previous) return false;
      seedLabel(previous);
      restoreRef.current(previous.search);
      setStatus({ kind: 'restored', at: previous.updatedAt });
      return true;
    } catch (error) {
      setStatus({ kind: 'unavailable', message: describeStorageError(error) });
      return false;
    }
  };

  /**
   * Take the version another tab saved. Read from storage rather than the message, so a burst of
   * saves in the other tab always yields its latest one.
   */
  const loadLatest = async (fallback: Record<string, unknown>): Promise<void> => {
    try {
      const latest = await getDraft(CURRENT);
      restoreRef.current(latest?.search ?? fallback);
    } catch {
      restoreRef.current(fallback);
    }
    setStatus({ kind: 'idle' });
  };

  /** Continue the draft an empty planner offered. */
  const continueDraft = (draftSearch: Record<string, unknown>, at: string): void => {
    if (offered.current) seedLabel(offered.current);
    offered.current = null;
    restoreRef.current(draftSearch);
    setStatus({ kind: 'restored', at });
  };

  /** Continue the older, set-aside draft instead: the newer one takes its place, so neither is lost. */
  const continuePrevious = async (): Promise<void> => {
    try {
      const [current, previous] = await Promise.all([getDraft(CURRENT), getDraft(PREVIOUS)]);
      if (!previous) return;
      if (current) await putDraft({ ...current, id: PREVIOUS });
      await putDraft({ ...previous, id: CURRENT });
      offered.current = null;
      seedLabel(previous);
      restoreRef.current(previous.search);
      setStatus({ kind: 'restored', at: previous.updatedAt });
    } catch (error) {
      setStatus({ kind: 'unavailable', message: describeStorageError(error) });
    }
  };

  /** Start empty instead: the offered draft is set aside, restorable. */
  const declineDraft = async (): Promise<void> => {
    offered.current = null;
    await setAside();
    setStatus({ kind: 'idle' });
  };

  /** Keep this tab's inputs over another tab's: save them again, so "mine" is what the device holds. */
  const keepMine = async (): Promise<void> => {
    const mine = JSON.parse(serialized) as Record<string, unknown>;
    if (isEmptyDraft(mine)) return setStatus({ kind: 'idle' });
    const record = draftRecord(mine);
    try {
      await putDraft(record);
      channel()?.postMessage({ type: 'draft-saved', tabId, at: record.updatedAt, search: mine });
      setStatus({ kind: 'saved', at: record.updatedAt });
    } catch (error) {
      setStatus({ kind: 'unavailable', message: describeStorageError(error) });
    }
  };

  return {
    status,
    setStatus,
    setAside,
    restorePrevious,
    loadLatest,
    continueDraft,
    continuePrevious,
    declineDraft,
    keepMine,
  };
}

let broadcast: BroadcastChannel | null | undefined;
function channel(): BroadcastChannel | null {
  if (broadcast === undefined) {
    broadcast = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('bacloplan-draft');
  }
  return broadcast;
}

function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return t('draft.unavailable.quota');
  return t('draft.unavailable.storage');
}
