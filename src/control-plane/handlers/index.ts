import type { RouteDef } from '../router';
import { accountRoutes } from './account';
import { dnsRoutes } from './dns';
import { groupRoutes } from './groups';
import { labRoutes } from './lab';
import { labInstallRoutes } from './lab-install';
import { accountResourceRoutes, networkResourceRoutes } from './network-resources';
import { accountRouterRoutes, networkRouterRoutes } from './network-routers';
import { networkRoutes } from './networks';
import { peerRoutes } from './peers';
import { policyRoutes } from './policies';
import { routeRoutes } from './routes';
import { setupKeyRoutes } from './setup-keys';

/**
 * Every endpoint the control plane implements: NetBird's, plus ours under /api/nbrc (lab data, and
 * every network's resources in one read).
 */
export const allRoutes: readonly RouteDef[] = [
  ...accountRoutes,
  ...peerRoutes,
  ...groupRoutes,
  ...policyRoutes,
  ...routeRoutes,
  ...networkRoutes,
  ...networkResourceRoutes,
  ...accountResourceRoutes,
  ...networkRouterRoutes,
  ...accountRouterRoutes,
  ...dnsRoutes,
  ...setupKeyRoutes,
  ...labRoutes,
  ...labInstallRoutes,
];
