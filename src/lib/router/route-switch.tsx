import type { ComponentType, ReactNode } from 'react';
import { Route, Router, Switch } from 'wouter';
import { browserHistory } from './browser-history';
import { useLocation } from './hooks';

/**
 * The matcher reads the rendered location (RouterRoot), not wouter's own browser hook, which would
 * neither see navigations held by a blocker nor follow them as transitions.
 */
function useStorePath(): [string, (to: string, options?: { replace?: boolean; state?: unknown }) => void] {
  return [useLocation().pathname, (to, options) => browserHistory().navigate(to, options)];
}

export interface PageRoute {
  /** "/networks/:networkId" */
  path: string;
  Page: ComponentType;
}

/**
 * RouteSwitch: renders the first route whose path matches the current pathname (routes come
 * ranked: "/policies/new" before "/policies/:policyId"), or `fallback` when none does. The page
 * reads its path parameters with useParams.
 */
export function RouteSwitch({ routes, fallback }: { routes: readonly PageRoute[]; fallback: ReactNode }) {
  return (
    <Router hook={useStorePath}>
      <Switch>
        {routes.map(({ path, Page }) => (
          <Route key={path} path={path} component={Page} />
        ))}
        <Route>{fallback}</Route>
      </Switch>
    </Router>
  );
}
