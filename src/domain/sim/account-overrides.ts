import type { PolicyEvent, RouterEvent } from './scenario';
import type { Snapshot } from '@/domain/snapshot';

/**
 * account-overrides: the configuration changes a scenario makes (a router's metric or enabled
 * flag, a legacy route's, a policy's enabled flag), applied to a snapshot as a new snapshot.
 * They are rare next to liveness and link changes, so the run rebuilds the account index after
 * one instead of patching every cache that depends on policies or routers.
 */
export interface AccountOverrides {
  routers: Map<string, { metric?: number | undefined; enabled?: boolean | undefined }>;
  policies: Map<string, boolean>;
}

export const noOverrides = (): AccountOverrides => ({ routers: new Map(), policies: new Map() });

export const cloneOverrides = (o: AccountOverrides): AccountOverrides => ({ routers: new Map(o.routers), policies: new Map(o.policies) });

export function applyRouterEvent(o: AccountOverrides, e: RouterEvent): void {
  o.routers.set(e.router, { ...o.routers.get(e.router), ...e.set });
}

export function applyPolicyEvent(o: AccountOverrides, e: PolicyEvent): void {
  o.policies.set(e.policy, e.set.enabled);
}

const isEmpty = (o: AccountOverrides) => o.routers.size === 0 && o.policies.size === 0;

/** patchList: the list with `patch` applied, the same list when it changes no element. */
function patchList<T>(list: readonly T[], patch: (x: T) => T): readonly T[] {
  let out: T[] | null = null;
  list.forEach((x, i) => {
    const y = patch(x);
    if (y !== x) (out ??= list.slice())[i] = y;
  });
  return out ?? list;
}

/**
 * withOverrides: the snapshot with the overrides applied (the same object when there are none).
 * Lists and objects the overrides leave alone are kept by identity, so the run's index for the
 * new configuration is derived from the starting one (prepare.ts) and shares what did not change.
 */
export function withOverrides(snapshot: Snapshot, o: AccountOverrides): Snapshot {
  if (isEmpty(o)) return snapshot;
  const patch = <T extends { id: string; metric: number; enabled: boolean }>(r: T): T => {
    const p = o.routers.get(r.id);
    return p === undefined ? r : { ...r, ...(p.metric !== undefined ? { metric: p.metric } : {}), ...(p.enabled !== undefined ? { enabled: p.enabled } : {}) };
  };
  let network_routers = snapshot.network_routers;
  for (const [nid, list] of Object.entries(snapshot.network_routers)) {
    const patched = patchList(list, patch);
    if (patched !== list) network_routers = { ...network_routers, [nid]: patched };
  }
  const policies = patchList(snapshot.policies, (p) => {
    const enabled = o.policies.get(p.id);
    return enabled === undefined ? p : { ...p, enabled };
  });
  return { ...snapshot, routes: patchList(snapshot.routes, patch), network_routers, policies };
}

/** overridesKey: a stable key of the overrides, to cache one index per distinct configuration. */
export function overridesKey(o: AccountOverrides): string {
  const routers = [...o.routers].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, p]) => `${id}:${p.metric ?? ''}:${p.enabled ?? ''}`);
  const policies = [...o.policies].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, e]) => `${id}:${e}`);
  return `${routers.join(',')}|${policies.join(',')}`;
}
