import type { RouteDef } from '../router';
import { accountRoutes } from './account';
import { dnsRoutes } from './dns';
import { groupRoutes } from './groups';
import { peerRoutes } from './peers';
import { policyRoutes } from './policies';
import { setupKeyRoutes } from './setup-keys';
import { networkRoutes } from './networks';
import { networkResourceRoutes } from './network-resources';
import { accountRouterRoutes, networkRouterRoutes } from './network-routers';
import { routeRoutes } from './routes';

/** Every NetBird endpoint the control plane implements. */
export const allRoutes: readonly RouteDef[] = [...accountRouterRoutes, ...networkRoutes, ...networkResourceRoutes, ...networkRouterRoutes, ...routeRoutes, ...accountRoutes, ...peerRoutes, ...groupRoutes, ...policyRoutes, ...dnsRoutes, ...setupKeyRoutes];
