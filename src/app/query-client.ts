import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api';

/**
 * shouldRetry: a 4xx will not change on retry (wrong token, missing object, bad request), and a
 * stored answer we cannot read will not either; only network trouble and 5xx get two more tries.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return false;
  switch (error.kind) {
    case 'network':
    case 'timeout':
      return true;
    case 'invalid-response':
      return false;
    case 'http':
      return error.status >= 500;
  }
}

/** createQueryClient: the app's one QueryClient. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}
