import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import type { ApiClient } from '@/api';
import type { FeatureRoute } from '@/components/feature-route';
import { routes } from './routes';
import { AppShell } from './shell/app-shell';
import { NotFoundPage } from './shell/not-found-page';
import { RouteError } from './shell/route-error';
import { StartupFallback } from './shell/startup-fallback';

export interface RouterDeps {
  queryClient: QueryClient;
  /** The current target's client, read at navigation time (the target can change at runtime). */
  getClient: () => ApiClient;
}

/**
 * toRouteObject: a feature page becomes a lazy route (code split per page) whose loader starts the
 * page's queries without awaiting them, so data and code download in parallel and the page renders
 * from the cache, showing its own loading state only if the data is slower than the code.
 */
function toRouteObject(route: FeatureRoute, deps: RouterDeps): RouteObject {
  const prefetch = route.prefetch;
  return {
    path: route.path,
    loader: prefetch
      ? ({ params }) => {
          prefetch({ queryClient: deps.queryClient, client: deps.getClient() }, params);
          return null;
        }
      : undefined,
    lazy: async () => {
      const page = await route.load();
      return { Component: page.default };
    },
  };
}

export function createAppRouter(deps: RouterDeps) {
  return createBrowserRouter([
    {
      path: '/',
      Component: AppShell,
      ErrorBoundary: RouteError,
      HydrateFallback: StartupFallback,
      children: [
        { index: true, element: <Navigate to="/networks" replace /> },
        ...routes.map((r) => toRouteObject(r, deps)),
        { path: '*', Component: NotFoundPage },
      ],
    },
  ]);
}
