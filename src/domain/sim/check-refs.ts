import type { Snapshot } from '@/domain/snapshot';
import type { SimScenario } from './scenario';

/**
 * check-refs: every id a scenario names must exist in the account it runs on. A scenario written
 * for another account would otherwise run "successfully" and show nothing, which is worse than an
 * error that names the missing object.
 */
export function checkScenarioRefs(snapshot: Snapshot, scenario: SimScenario): string[] {
  const peers = new Set(snapshot.peers.map((p) => p.id));
  const policies = new Set(snapshot.policies.map((p) => p.id));
  const routers = new Set<string>(snapshot.routes.map((r) => r.id));
  for (const list of Object.values(snapshot.network_routers)) for (const r of list) routers.add(r.id);
  const issues: string[] = [];
  const peer = (path: string, id: string) => {
    if (!peers.has(id)) issues.push(`${path}: no peer with id "${id}" in this account`);
  };
  for (const [id, lab] of Object.entries(scenario.lab?.peers ?? {})) {
    peer(`lab.peers`, id);
    for (const key of ['latency_ms', 'latency_noise_ms', 'connection'] as const) for (const other of Object.keys(lab[key] ?? {})) peer(`lab.peers.${id}.${key}`, other);
  }
  scenario.events.forEach((e, i) => {
    const path = `events[${i}]`;
    switch (e.kind) {
      case 'peer':
        peer(`${path}.peer`, e.peer);
        break;
      case 'link':
        peer(`${path}.link[0]`, e.link[0]);
        peer(`${path}.link[1]`, e.link[1]);
        break;
      case 'router':
        if (!routers.has(e.router)) issues.push(`${path}.router: no network router or route with id "${e.router}" in this account`);
        break;
      case 'policy':
        if (!policies.has(e.policy)) issues.push(`${path}.policy: no policy with id "${e.policy}" in this account`);
        break;
    }
  });
  return issues;
}
