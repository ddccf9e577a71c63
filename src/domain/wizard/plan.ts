/**
 * plan: what the setup wizard is going to do, as plain data. The wizard saves it as the admin goes
 * (reload-safe) and everything else derives from it: the planned account (planned-snapshot), the
 * checks per step (check-plan), the API calls in dependency order (plan-calls) and the install
 * commands. Objects that do not exist yet carry placeholder ids (`wizard:…`): the planned snapshot
 * uses them, and applying the plan swaps each for the id the server returned.
 */

/** Scenario: the docs' "When to use a routing peer". */
export type Scenario = 'site' | 'domain' | 'exit-node' | 'kubernetes';

export const SCENARIOS: readonly { id: Scenario; label: string; when: string }[] = [
  { id: 'site', label: 'Site or LAN access', when: 'Peers need to reach a remote subnet, office network, datacenter or cloud VPC without installing the agent on every host.' },
  { id: 'domain', label: 'Domain-based access', when: 'Traffic must be routed by FQDN or wildcard domain to services whose IPs change.' },
  { id: 'exit-node', label: 'Exit node', when: 'All internet-bound traffic from a group of peers must egress through a controlled location.' },
  { id: 'kubernetes', label: 'Kubernetes', when: 'Pods or services need to be reachable from NetBird peers without putting an agent on every node.' },
];

/** Platform: where a new routing peer will be installed. */
export type Platform = 'linux' | 'docker' | 'kubernetes' | 'windows';

export type GroupChoice = { kind: 'new'; name: string } | { kind: 'existing'; id: string };

export type NetworkChoice = { kind: 'new'; name: string; description: string } | { kind: 'existing'; id: string };

export interface PlannedResource {
  name: string;
  address: string;
}

/** PlannedPeer: a routing peer: one that has joined already, or one still to install with the setup key. */
export type PlannedPeer =
  | { kind: 'existing'; peerId: string; metric: number; failureDomain: string }
  | { kind: 'new'; name: string; platform: Platform; metric: number; failureDomain: string };

export type SetupKeyType = 'one-off' | 'reusable';

export interface WizardPlan {
  scenario: Scenario;
  /** Networks only (site, domain, Kubernetes); an exit node is a 0.0.0.0/0 route. */
  network: NetworkChoice;
  resourceGroup: GroupChoice;
  resources: PlannedResource[];
  /** Exit node only: the route's network identifier, Auto apply, the match-all nameservers. */
  exitNode: { name: string; autoApply: boolean; nameservers: string[] };
  peers: PlannedPeer[];
  /** The group new routing peers join through the setup key's auto groups. */
  routerGroupName: string;
  masquerade: boolean;
  setupKey: { name: string; type: SetupKeyType; expiresInDays: number };
  access: {
    policyName: string;
    sourceGroups: string[];
    protocol: 'all' | 'tcp' | 'udp';
    ports: string[];
    /** Input chain: services on the routing peers themselves (peer-to-peer policy). */
    inputPorts: string[];
  };
  /** Error findings of the Review step the admin accepted explicitly (finding keys). */
  acceptedFindings: string[];
}

/** Placeholder ids of objects the plan creates. */
export const PLACEHOLDER = {
  network: 'wizard:network',
  resourceGroup: 'wizard:group:resources',
  routerGroup: 'wizard:group:routing-peers',
  resource: (i: number) => `wizard:resource:${i}`,
  newPeer: (i: number) => `wizard:peer:${i}`,
  router: (i: number) => `wizard:router:${i}`,
  route: (i: number) => `wizard:route:${i}`,
  setupKey: 'wizard:setup-key',
  forwardPolicy: 'wizard:policy:forward',
  inputPolicy: 'wizard:policy:input',
  icmpPolicy: 'wizard:policy:icmp',
  nameservers: 'wizard:nameservers',
  dnsSetting: 'wizard:account:routing-peer-dns',
  failureDomains: 'wizard:lab:failure-domains',
} as const;

export const isPlaceholder = (id: string): boolean => id.startsWith('wizard:');

/** DEFAULT_METRIC: NetBird's default routing-peer metric; a standby gets a higher one. */
export const DEFAULT_METRIC = 9999;

/** defaultPlan: a fresh plan for a scenario, with names and addresses the admin edits. */
export function defaultPlan(scenario: Scenario, networkId?: string): WizardPlan {
  const base = SCENARIO_DEFAULTS[scenario];
  return {
    scenario,
    network: networkId ? { kind: 'existing', id: networkId } : { kind: 'new', name: base.network, description: '' },
    resourceGroup: { kind: 'new', name: `${base.network} resources` },
    resources: scenario === 'exit-node' ? [] : [{ ...base.resource }],
    exitNode: { name: 'exit-node', autoApply: true, nameservers: ['1.1.1.1', '1.0.0.1'] },
    peers: [],
    routerGroupName: `${base.network} routing peers`,
    masquerade: true,
    setupKey: { name: `${base.network} routing peers`, type: 'one-off', expiresInDays: 7 },
    access: { policyName: `${base.network} access`, sourceGroups: [], protocol: 'all', ports: [], inputPorts: [] },
    acceptedFindings: [],
  };
}

const SCENARIO_DEFAULTS: Record<Scenario, { network: string; resource: PlannedResource }> = {
  site: { network: 'Site LAN', resource: { name: 'LAN', address: '10.20.0.0/16' } },
  domain: { network: 'Domain apps', resource: { name: 'Apps', address: 'app.example.com' } },
  'exit-node': { network: 'Exit node', resource: { name: '', address: '' } },
  kubernetes: { network: 'Kubernetes services', resource: { name: 'Service range', address: '10.96.0.0/12' } },
};

/** newPeers / existingPeers: the two kinds of routing peer, with their index in `plan.peers`. */
export const newPeers = (plan: WizardPlan) =>
  plan.peers.flatMap((p, i) => (p.kind === 'new' ? [{ peer: p, index: i, id: PLACEHOLDER.newPeer(i) }] : []));
export const existingPeers = (plan: WizardPlan) => plan.peers.flatMap((p) => (p.kind === 'existing' ? [p] : []));

/** routingPeerIds: the peer id (real or placeholder) of every planned routing peer. */
export const routingPeerIds = (plan: WizardPlan): string[] => plan.peers.map((p, i) => (p.kind === 'existing' ? p.peerId : PLACEHOLDER.newPeer(i)));

export const groupIdOf = (choice: GroupChoice, placeholder: string): string => (choice.kind === 'existing' ? choice.id : placeholder);
export const networkIdOf = (plan: WizardPlan): string => (plan.network.kind === 'existing' ? plan.network.id : PLACEHOLDER.network);
export const isExitNode = (plan: WizardPlan): boolean => plan.scenario === 'exit-node';

/** newPeersMetric: new peers join one group and are served by one router, so they share a metric (the lowest asked). */
export const newPeersMetric = (plan: WizardPlan): number => Math.min(...newPeers(plan).map((p) => p.peer.metric), DEFAULT_METRIC);
