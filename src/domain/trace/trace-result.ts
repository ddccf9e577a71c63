/**
 * trace-result: the `nbrc trace --json` contract of issue 4, as types. Every field is always
 * present (null when it does not apply), so the CLI, the Trace page and saved tests read one shape.
 */

export type TraceVerdict = 'allowed' | 'denied';

export type TraceReason =
  | 'allowed'
  | 'no-route'
  | 'no-policy'
  | 'policy-drop'
  | 'no-peer-connection'
  | 'routing-peer-unavailable'
  | 'ipv6-blocked'
  | 'dns-unresolved'
  | 'peer-offline';

export type TracePathKind = 'peer' | 'network-resource' | 'network-route' | 'exit-node' | 'none';

/** TraceStageName: `netbird debug trace`'s stage names plus Resolve and Peer connection. */
export type TraceStageName = 'Received' | 'Resolve' | 'Routing' | 'Peer connection' | 'Peer ACL' | 'Route ACL' | 'NAT' | 'Forwarding' | 'Completed';

export type TraceChain = 'input' | 'forward';

export interface TracePath {
  kind: TracePathKind;
  /** Destination peer id, resource id or route id; null for `none`. */
  id: string | null;
  /** The resource's network id or the route's network_id; null for peers and `none`. */
  network_id: string | null;
}

export interface TraceDns {
  name: string;
  answers: string[];
  /** The routing peer whose DNS forwarder answered; null when the client resolved locally. */
  resolver_peer: string | null;
  /** 22054 or 5353 when a routing peer resolved; null for local resolution. */
  port: number | null;
}

export interface TraceStage {
  stage: TraceStageName;
  allowed: boolean;
  message: string;
}

export interface TraceResult {
  verdict: TraceVerdict;
  reason: TraceReason;
  path: TracePath;
  routing_peer: string | null;
  chain: TraceChain | null;
  policy: string | null;
  masquerade: boolean | null;
  source_after_nat: string | null;
  dns: TraceDns | null;
  stages: TraceStage[];
}
