import { isExitNodeRoute } from '@/domain/routes/exit-node';

/**
 * exit-node-route: a legacy route to 0.0.0.0/0 or ::/0 makes its routing peer an exit node. The
 * rule itself lives in domain/routes (the route list splits on it); this is the linter's name for
 * it, so editors import every lint predicate from one place.
 */
export const exitNodeRoute = (route: { network?: string | null | undefined; domains?: readonly string[] | null | undefined }): boolean => isExitNodeRoute(route);
