/**
 * The console's router: deep links over the browser history, with blockers that also hold the
 * back/forward buttons. Pages import everything routing from here (never from the libraries),
 * so the router underneath stays one module's concern. Matching and route rendering: wouter.
 */
export { browserHistory } from './browser-history';
export type { AppLocation, NavigateOptions, NavigationAction, Transition } from './history-store';
export { useBlocker, useLocation, useNavigate, useNavigationAction, useNavigationPending, useParams, useSearchParams, type Blocker, type NavigateFunction } from './hooks';
export { isActivePath, Link, Navigate, NavLink, type LinkProps } from './links';
export { matchPath, rankRoutes } from './match-path';
export { RouterRoot } from './router-root';
export { RouteSwitch, type PageRoute } from './route-switch';
