import type { TraceResult } from './trace-result';

/**
 * suggestFix: what would make a denied trace pass, in the docs' terms. Kept out of the trace's
 * JSON (whose fields are a contract) so the CLI's text output and the Trace page can both show
 * it. Returns null for an allowed trace.
 */
export function suggestFix(result: TraceResult): string | null {
  const path = result.path;
  switch (result.reason) {
    case 'allowed':
      return null;
    case 'no-route':
      return 'Add a Network resource covering the destination (with a routing peer and a policy from the source\'s group), or a network route whose distribution groups include the source.';
    case 'no-policy':
      if (path.kind === 'none') {
        return 'A Network resource covers the destination, but its route is only sent to the sources of a policy targeting it: add a policy from one of the source\'s groups to the resource (or a group holding it).';
      }
      if (result.chain === 'input') {
        return path.kind === 'peer'
          ? `Add a peer-to-peer policy from one of the source's groups to a group of peer ${path.id ?? ''} for this protocol and port.`
          : `The destination is routing peer ${result.routing_peer ?? ''}'s own address (input chain): a resource policy does not cover it. Add a peer-to-peer policy from the source's group to the routing peer's group for this protocol and port.`;
      }
      return path.kind === 'network-resource'
        ? `Add a policy from the source's group to resource ${path.id ?? ''} (or a group holding it) with this protocol and port, or widen the existing policy's protocol or ports.`
        : `Add a policy from the source's group to one of route ${path.id ?? ''}'s ACL groups with this protocol and port.`;
    case 'policy-drop':
      return `Drop rules are checked before accept rules: disable policy ${result.policy ?? ''}'s drop rule or narrow its sources, protocol or ports.`;
    case 'no-peer-connection':
      return path.kind === 'exit-node'
        ? 'Add a policy from the source\'s group to the exit node\'s routing peer group: at least ICMP, the minimum for an exit node to work.'
        : 'Add a policy linking the source\'s group with the route\'s routing peer group (any protocol) so the client connects to a routing peer.';
    case 'routing-peer-unavailable':
      return 'Bring a routing peer of this route online or enable one; add a second routing peer in another failure domain for high availability.';
    case 'ipv6-blocked':
      return 'Exit nodes block IPv6 to prevent leaks: reach the destination over IPv4, or add a Network resource or route for its IPv6 prefix.';
    case 'dns-unresolved':
      return `${result.dns?.name ?? 'The name'} has no DNS answer: check the name, the nameserver group that serves it, or the lab's DNS answers.`;
    case 'peer-offline':
      return `Peer ${path.id ?? ''} is offline: start its NetBird agent (netbird up) and check that it is connected.`;
  }
}
