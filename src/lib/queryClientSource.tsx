/**
 * The app's one QueryClient, created when a page first needs FHIR data rather than at start-up: the
 * planner reads nothing from the server, so its first load does without TanStack Query's core. Route
 * loaders `await source.load()`; components that query sit in <WithQueryClient>, which waits
 * (Suspense) for the client and provides it.
 *
 * Nothing at the root subscribes to the client's arrival: an update at the root while a pre-rendered
 * page is still hydrating would make React throw the server markup away and render from scratch.
 */
import { createContext, use, useContext, useEffect, type ReactNode } from 'react';
import { QueryClientContext, type QueryClient } from '@tanstack/react-query';

export interface QueryClientSource {
  /** The client, created (and its code fetched) on the first call. Rejects if the code cannot load. */
  load(): Promise<QueryClient>;
  /** The client if it exists already. */
  current(): QueryClient | undefined;
}

/**
 * Marks a settled promise the way React's `use` reads it, so a component using an already-created
 * client renders at once instead of suspending for a tick (which would also delay hydration).
 */
function settled(promise: Promise<QueryClient>, client: QueryClient): Promise<QueryClient> {
  return Object.assign(promise, { status: 'fulfilled', value: client });
}

/** A source that creates the client on first use; after a failed load, the next call tries again. */
export function lazyQueryClientSource(create: () => Promise<QueryClient>): QueryClientSource {
  let client: QueryClient | undefined;
  let pending: Promise<QueryClient> | undefined;
  return {
    load() {
      if (!pending) {
        const loading: Promise<QueryClient> = create().then(
          (created) => {
            client = created;
            settled(loading, created);
            return created;
          },
          (error: unknown) => {
            pending = undefined;
            throw error;
          },
        );
        pending = loading;
      }
      return pending;
    },
    current: () => client,
  };
}

/** A source holding an existing client (tests, the build-time pre-render). */
export function readyQueryClientSource(client: QueryClient): QueryClientSource {
  const ready = settled(Promise.resolve(client), client);
  return { load: () => ready, current: () => client };
}

const SourceContext = createContext<QueryClientSource | null>(null);

/** Makes the source available to <WithQueryClient> below. */
export function QueryProvider({ source, children }: { source: QueryClientSource; children: ReactNode }) {
  return <SourceContext value={source}>{children}</SourceContext>;
}

/**
 * Renders its children with the QueryClient (QueryClientProvider's job), suspending until it exists
 * and creating it if nothing has yet.
 */
export function WithQueryClient({ children }: { children: ReactNode }) {
  const source = useContext(SourceContext);
  if (!source) throw new Error('WithQueryClient must be inside QueryProvider');
  // The same promise every time, marked once settled, so this suspends only while the client loads.
  const client = use(source.load());
  useEffect(() => {
    // Subscribes the client to focus and online events, as QueryClientProvider does (counted, so
    // several of these can share one client).
    client.mount();
    return () => client.unmount();
  }, [client]);
  return <QueryClientContext value={client}>{children}</QueryClientContext>;
}
