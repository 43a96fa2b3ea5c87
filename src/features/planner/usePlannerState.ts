/**
 * The planner's state: the link (validated search params) joined with what this device holds for it
 * (the browser's history entry: the lists as typed, override reasons, acknowledgements). Every edit
 * writes both at once, in place — the link gets codes only — so the page keeps its scroll position and
 * focus, a reload keeps everything, and a copied address carries nothing a URL must not.
 */
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from '@tanstack/react-router';
import {
  fromLink,
  parsePlannerDevice,
  parsePlannerState,
  toLink,
  type PlannerLink,
  type PlannerState,
} from '../../lib/plannerLink';

/** Drop undefined/empty values so links stay short and a removed value really disappears. */
export function cleanState(state: PlannerState): PlannerState {
  const next: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    next[key] = value;
  }
  return next as PlannerState;
}

export function usePlannerState(link: PlannerLink) {
  const navigate = useNavigate({ from: '/planner' });
  // A string, so the page re-renders only when the device state really changed.
  const deviceJson = useLocation({ select: (location) => JSON.stringify(location.state.planner ?? null) });
  const { state, notInLink } = useMemo(
    () => fromLink(link, parsePlannerDevice(JSON.parse(deviceJson))),
    [link, deviceJson],
  );
  // Two edits in one tick (e.g. a field and its unit) must both land: each builds on the last one.
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  }, [state]);

  const write = useCallback(
    (next: PlannerState, replace: boolean) => {
      latest.current = next;
      const { search, device } = toLink(next);
      void navigate({
        search,
        state: (previous) => ({ ...previous, planner: device }),
        replace,
        // The router's default would scroll to the top on each keystroke's navigation.
        resetScroll: false,
      });
    },
    [navigate],
  );
  const update = useCallback(
    (patch: Partial<PlannerState>) => write(cleanState({ ...latest.current, ...patch }), true),
    [write],
  );
  /** Replace everything (a draft restored, a new plan): validated, as anything read back is. */
  const replaceAll = useCallback(
    (next: unknown, replace = true) => write(cleanState(parsePlannerState(next)), replace),
    [write],
  );
  return { state, notInLink, update, replaceAll };
}
