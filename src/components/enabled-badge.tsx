import { Badge } from './ui/badge';

/** EnabledBadge: the on/off state objects share (resources, routers, routes, policies), worded. */
export function EnabledBadge({ enabled }: { enabled: boolean }) {
  return enabled ? <Badge variant="success">Enabled</Badge> : <Badge variant="muted">Disabled</Badge>;
}
