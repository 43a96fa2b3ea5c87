/**
 * Values that belong to this browser rather than to the build: today's date and the user's locale.
 * Pages are pre-rendered at build time (src/prerender/) and hydrated; while hydrating, React must see
 * exactly what the build saw, so such a value is `whilePrerendered` during that first pass and the
 * real one right after. A page rendered in the browser from scratch gets the real value at once.
 */
import { useSyncExternalStore } from 'react';
import { todayIso } from './format';
import { screenLocale } from '../i18n';

const noSubscription = () => () => {};

export function useClientValue<T, P>(read: () => T, whilePrerendered: P): T | P {
  return useSyncExternalStore<T | P>(noSubscription, read, () => whilePrerendered);
}

/** Today's local date (yyyy-mm-dd), or undefined while a pre-rendered page hydrates. */
export function useToday(): string | undefined {
  return useClientValue(todayIso, undefined);
}

/** The screen's locale for number/date formatting, or undefined while a pre-rendered page hydrates. */
export function useLocale(): string | undefined {
  return useClientValue(screenLocale, undefined);
}
