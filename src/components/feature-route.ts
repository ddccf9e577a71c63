import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { ApiClient } from '@/api';

/** What a route's prefetch gets: the app's one QueryClient and the client of the current API target. */
export interface PrefetchContext {
  queryClient: QueryClient;
  client: ApiClient;
}

/**
 * FeatureRoute: how a feature declares its pages without importing the app. The app turns each into
 * a lazily loaded route (the page's code is fetched on first visit) whose loader runs `prefetch`,
 * so the data request starts alongside the code download instead of after it.
 */
export interface FeatureRoute {
  /** Path relative to the app root, e.g. `networks/:networkId`. */
  path: string;
  /** Dynamic import of the page module; its default export is the page component. */
  load: () => Promise<{ default: ComponentType }>;
  /** Starts (does not await) the queries the page will read. `params` are the route's path params. */
  prefetch?: (ctx: PrefetchContext, params: Readonly<Record<string, string | undefined>>) => void;
}
