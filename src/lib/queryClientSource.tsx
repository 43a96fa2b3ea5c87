/**
 * The app's one QueryClient, created when a page first needs FHIR data rather than at start-up: the
 * planner reads nothing from the server, so its first load does without TanStack Query's core. Route
 * loaders `await source.load()`; a component that queries outside such a route sits in
 * <WithQueryClient>, which waits (Suspense) for the client.
 */
import { createContext, use, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { QueryClientContext, type QueryClient } from '@tanstack/react-query';

export interface QueryClientSource {
  /** The client, created (and its code fetched) on the first call. Rejects if the code cannot load. */
  load(): Promise<QueryClient>;
  /** The client if it exists already. */
  current(): QueryClient | undefined;
  subscribe(listener: () => void): () => void;
}

/** A source that creates the client on first use; after a failed load, the next call tries again. */
export function lazyQueryClientSource(create: () => Promise<QueryClient>): QueryClientSource {
  let client: QueryClient | undefined;
  let pending: Promise<QueryClient> | undefined;
  const listeners = new Set<() => void>();
  return {
    load() {
      pending ??= create().then(
        (created) => {
          client = created;
          listeners.forEach((listener) => listener());
          return created;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    current: () => client,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A source holding an existing client (tests, the build-time pre-render). */
export function readyQueryClientSource(client: QueryClient): QueryClientSource {
  const ready = Promise.resolve(client);
  return { load: () => ready, current: () => client, subscribe: () => () => undefined };
}

const SourceContext = createContext<QueryClientSource | null>(null);

/**
 * Provides the client once it exists (QueryClientProvider's job, without creating a client up front).
 * The tree below is the same before and after, so nothing remounts when the client arrives.
 */
export function QueryProvider({ source, children }: { source: QueryClientSource; children: ReactNode }) {
  const client = useSyncExternalStore(source.subscribe, source.current, source.current);
  useEffect(() => {
    if (!client) return;
    // Subscribes the client to focus and online events, as QueryClientProvider does.
    client.mount();
    return () => client.unmount();
  }, [client]);
  return (
    <SourceContext value={source}>
      <QueryClientContext value={client}>{children}</QueryClientContext>
    </SourceContext>
  );
}

/** Renders its children once the QueryClient exists, suspending (and creating it) until then. */
export function WithQueryClient({ children }: { children: ReactNode }) {
  const source = useContext(SourceContext);
  if (!source) throw new Error('WithQueryClient must be inside QueryProvider');
  // Always the same promise per source, so once it has resolved this no longer suspends.
  use(source.load());
  return children;
}
