import { QueryClient } from '@tanstack/react-query';

/**
 * One QueryClient per app instance. Retries back off exponentially (capped at 8 s) because a busy
 * EHR server often answers on the second try; 4xx errors are not retried since they will not change.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (failureCount, error) => {
          const status = (error as { status?: number }).status;
          if (status !== undefined && status >= 400 && status < 500) return false;
          return failureCount < 2;
        },
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
      },
    },
  });
}
