import type { RouteDef } from '../router';
import { networkRoutes } from './networks';
import { networkResourceRoutes } from './network-resources';
import { accountRouterRoutes, networkRouterRoutes } from './network-routers';
import { routeRoutes } from './routes';

/** Every NetBird endpoint the control plane implements. */
export const allRoutes: readonly RouteDef[] = [...accountRouterRoutes, ...networkRoutes, ...networkResourceRoutes, ...networkRouterRoutes, ...routeRoutes];
