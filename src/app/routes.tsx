import type { FeatureRoute } from '@/components/feature-route';
import { dnsRoutes } from '@/features/dns/routes';
import { exitNodeRoutes } from '@/features/exit-nodes/routes';
import { groupRoutes } from '@/features/groups/routes';
import { networkRoutes } from '@/features/networks/routes';
import { peerRoutes } from '@/features/peers/routes';
import { policyRoutes } from '@/features/policies/routes';
import { reachabilityTestRoutes } from '@/features/reachability-tests/routes';
import { reviewRoutes } from '@/features/review/routes';
import { networkRouteRoutes } from '@/features/routes/routes';
import { settingsRoutes } from '@/features/settings/routes';
import { simulatorRoutes } from '@/features/simulator/routes';
import { setupKeyRoutes } from '@/features/setup-keys/routes';
import { traceRoutes } from '@/features/trace/routes';
import { wizardRoutes } from '@/features/wizard/routes';

/**
 * routes: every area's pages. Adding an area is one line here (plus its import) and one
 * entry in nav-items.ts; router.tsx turns each into a lazily loaded route with a prefetching loader.
 */
export const routes: readonly FeatureRoute[] = [
  ...networkRoutes,
  ...peerRoutes,
  ...groupRoutes,
  ...policyRoutes,
  ...networkRouteRoutes,
  ...exitNodeRoutes,
  ...dnsRoutes,
  ...setupKeyRoutes,
  ...reviewRoutes,
  ...traceRoutes,
  ...simulatorRoutes,
  ...reachabilityTestRoutes,
  ...settingsRoutes,
  ...wizardRoutes,
];
