import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import type { ApiClient } from '@/api';
import type { FeatureRoute } from '@/components/feature-route';
import { browserHistory, matchPath, Navigate, rankRoutes, RouterRoot, RouteSwitch, useLocation, useNavigationPending, type PageRoute } from '@/lib/router';
import { routes } from './routes';
import { AppShell } from './shell/app-shell';
import { NavigationProgress } from './shell/navigation-progress';
import { NotFoundPage } from './shell/not-found-page';
import { RouteErrorBoundary } from './shell/route-error';
import { useScrollToTopOnNavigate } from './shell/use-scroll-to-top';

export interface RouterDeps {
  queryClient: QueryClient;
  /** The current target's client, read at navigation time (the target can change at runtime). */
  getClient: () => ApiClient;
}

interface AppRoute extends PageRoute {
  prefetch: FeatureRoute['prefetch'];
}

function RedirectToNetworks() {
  return <Navigate to="/networks" replace />;
}

/**
 * appRoutes: every feature page as a lazy route (code split per page), ranked for matching. "/"
 * sends the admin to the networks.
 */
function appRoutes(): AppRoute[] {
  const pages = routes.map((r): AppRoute => ({ path: `/${r.path}`, Page: lazy(r.load), prefetch: r.prefetch }));
  return rankRoutes([{ path: '/', Page: RedirectToNetworks, prefetch: undefined }, ...pages]);
}

/**
 * startPrefetching: at each navigation (and for the first page), before anything renders, the
 * matched page's queries start, so data and page code download in parallel and the page renders
 * from the cache, showing its own loading state only if the data is slower than the code.
 */
function startPrefetching(table: readonly AppRoute[], deps: RouterDeps): void {
  const history = browserHistory();
  let lastPath: string | null = null;
  const prefetch = () => {
    const { pathname } = history.getLocation();
    if (pathname === lastPath) return; // a query-string change is the same page
    lastPath = pathname;
    for (const route of table) {
      const params = matchPath(route.path, pathname);
      if (!params) continue;
      route.prefetch?.({ queryClient: deps.queryClient, client: deps.getClient() }, params);
      return;
    }
  };
  prefetch();
  history.subscribe(prefetch);
}

/** createAppRouter: the console's pages; renders them inside the shell. */
export function createAppRouter(deps: RouterDeps) {
  const table = appRoutes();
  startPrefetching(table, deps);

  function AppPages() {
    const { pathname } = useLocation();
    const pending = useNavigationPending();
    useScrollToTopOnNavigate();
    return (
      <AppShell>
        {pending ? <NavigationProgress /> : null}
        {/* a page that failed stays failed only until the admin goes elsewhere */}
        <RouteErrorBoundary resetKey={pathname}>
          <Suspense fallback={<NavigationProgress />}>
            <RouteSwitch routes={table} fallback={<NotFoundPage />} />
          </Suspense>
        </RouteErrorBoundary>
      </AppShell>
    );
  }

  return function AppRouter() {
    return (
      <RouterRoot>
        <AppPages />
      </RouterRoot>
    );
  };
}
