/**
 * The visit form's draft, kept in localStorage under the patient's (or plan's) key as it is typed:
 * a reload or a crash brings it back, and a second tab on the same patient sees the same draft (the
 * `storage` event). One patient's draft is never shown in another's plan: the key names the subject.
 */
import { useCallback, useEffect, useState } from 'react';
import { emptyDraft, parseStoredDraft, type VisitDraft } from './visitDraft';

const PREFIX = 'bacloplan.visit-draft.';

function load(key: string, fallback: VisitDraft): VisitDraft {
  try {
    const stored = window.localStorage.getItem(PREFIX + key);
    return (stored && parseStoredDraft(JSON.parse(stored))) || fallback;
  } catch {
    return fallback;
  }
}

export function useVisitDraft(subjectKey: string, initial: () => VisitDraft = () => emptyDraft()) {
  const [draft, setDraft] = useState<VisitDraft>(() => load(subjectKey, initial()));
  const [loadedFor, setLoadedFor] = useState(subjectKey);
  if (loadedFor !== subjectKey) {
    setLoadedFor(subjectKey);
    setDraft(load(subjectKey, initial()));
  }
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== PREFIX + subjectKey) return;
      setDraft(load(subjectKey, initial()));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [subjectKey, initial]);
  const change = useCallback(
    (patch: Partial<VisitDraft>) =>
      setDraft((previous) => {
        const next = { ...previous, ...patch };
        try {
          window.localStorage.setItem(PREFIX + subjectKey, JSON.stringify(next));
        } catch {
          // Storage full or blocked: the draft lives in the page until it is recorded.
        }
        return next;
      }),
    [subjectKey],
  );
  const clear = useCallback(() => {
    try {
      window.localStorage.removeItem(PREFIX + subjectKey);
    } catch {
      // Nothing stored to remove.
    }
    setDraft(initial());
  }, [subjectKey, initial]);
  return { draft, change, clear };
}
