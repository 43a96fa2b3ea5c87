/**
 * The planner's state: the link (validated search params) joined with what this device holds for it
 * (the browser's history entry: the lists as typed, override reasons, acknowledgements). Every edit
 * writes both at once, in place — the link gets codes only — so the page keeps its scroll position and
 * focus, a reload keeps everything, and a copied address carries nothing a URL must not.
 */
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate, useRouter } from '@tanstack/react-router';
import {
  fromLink,
  parsePlannerDevice,
  parsePlannerState,
  toLink,
  type PlannerLink,
  type PlannerState,
} from '../../lib/plannerLink';
import { rememberThisTabsInputs } from '../../lib/useDraft';
import { usePreferences } from '../../i18n/preferences';

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

/**
 * A new, empty plan starts from this device's dose profile (fr-2018 in French); the first edit writes it
 * into the link. A link that says nothing of the profile keeps meaning the standard one, on any device.
 */
export function withNewPlanDefaults(state: PlannerState, profile: PlannerState['profile']): PlannerState {
  if (Object.keys(state).length > 0 || profile === undefined || profile === 'standard') return state;
  return { profile };
}

/** The history entry's device state as a string, so the page re-renders only when it really changed. */
export function usePlannerDeviceJson(): string {
  return useLocation({ select: (location) => JSON.stringify(location.state.planner ?? null) });
}

/** The entry the planner renders: its address and device state (read by the route, see below). */
export function usePlannerHref(): string {
  return useLocation({ select: (location) => location.href });
}

/**
 * `link` and `deviceJson` come from the route (read there, outside the deferred render: a store read
 * inside it would make React redo that render synchronously whenever a keystroke changed the store).
 */
export function usePlannerState(link: PlannerLink, deviceJson: string, href: string) {
  const navigate = useNavigate({ from: '/planner' });
  const router = useRouter();
  const { profile: preferredProfile } = usePreferences();
  const { state, notInLink } = useMemo(() => {
    const read = fromLink(link, parsePlannerDevice(JSON.parse(deviceJson)));
    return { ...read, state: withNewPlanDefaults(read.state, preferredProfile) };
  }, [link, deviceJson, preferredProfile]);
  // Two edits in one tick (e.g. a field and its unit) must both land: each builds on the last one.
  const latest = useRef(state);
  // A state from elsewhere (Back, a link) becomes the latest — but not one the page renders late: the
  // page follows its address in a deferred render, and an older state adopted here would undo the keys
  // typed since (the next edit would build on it).
  useLayoutEffect(() => {
    const now = router.state.location;
    if (now.href === href && JSON.stringify(now.state.planner ?? null) === deviceJson) latest.current = state;
  }, [state, href, deviceJson, router]);

  const write = useCallback(
    (next: PlannerState, replace: boolean) => {
      latest.current = next;
      rememberThisTabsInputs(next as Record<string, unknown>);
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
  /**
   * An edit computed from the latest state, not from what a (possibly deferred) render saw: adding an
   * acknowledgement or applying an offer never drops a value typed a moment before.
   */
  const updateFrom = useCallback(
    (patchOf: (latest: PlannerState) => Partial<PlannerState>) =>
      write(cleanState({ ...latest.current, ...patchOf(latest.current) }), true),
    [write],
  );
  /** Replace everything (a draft restored, a new plan): validated, as anything read back is. */
  const replaceAll = useCallback(
    (next: unknown, replace = true) => write(cleanState(parsePlannerState(next)), replace),
    [write],
  );
  return { state, notInLink, update, updateFrom, replaceAll };
}
