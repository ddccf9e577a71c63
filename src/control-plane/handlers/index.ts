import type { RouteDef } from '../router';
import { networkRoutes } from './networks';

/** Every NetBird endpoint the control plane implements. */
export const allRoutes: readonly RouteDef[] = [...networkRoutes];
