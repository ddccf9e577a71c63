import { classifyResourceAddress, parseCidr } from '@/domain/net';
import { isExitNode, type WizardPlan } from './plan';

/**
 * verify-commands: what the Verify step traces and which commands confirm it on real hosts. A
 * subnet is probed at its first host address, a wildcard domain at a name under it the resolvers are
 * known to answer (the demo's lab DNS) or else a `www.` name, an exit node at a public resolver
 * (1.1.1.1) with ICMP, the docs' minimum exit-node policy.
 */
export interface Probe {
  /** What the trace and the commands aim at: an IP or a domain name. */
  destination: string;
  protocol: 'tcp' | 'udp' | 'icmp' | 'all';
  port: number | null;
}

/**
 * probeHost: a concrete address inside a resource address, or null when it does not classify.
 * `knownNames` are names that resolve (exact, not wildcards): a wildcard is probed at the first one
 * it covers, since an invented `www.` name may not exist and the trace would only say so.
 */
export function probeHost(address: string, knownNames: Iterable<string> = []): string | null {
  const a = classifyResourceAddress(address);
  if (!a.ok) return null;
  if (a.value.type === 'domain') return a.value.address.startsWith('*.') ? wildcardProbe(a.value.address.slice(2), knownNames) : a.value.address;
  const c = parseCidr(a.value.address);
  if (!c.ok) return null;
  if (a.value.type === 'host' || c.value.version === 6) return a.value.address.split('/')[0] ?? null;
  // First host of the subnet (network address + 1), or the address itself for a /31 or /32.
  const n = c.value.prefix >= 31 ? c.value.network : c.value.network + 1n;
  return [24n, 16n, 8n, 0n].map((s) => ((n >> s) & 255n).toString()).join('.');
}

function wildcardProbe(suffix: string, knownNames: Iterable<string>): string {
  const tail = `.${suffix.toLowerCase()}`;
  for (const raw of knownNames) {
    const name = raw.toLowerCase().replace(/\.$/, '');
    if (!name.startsWith('*.') && name.endsWith(tail)) return name;
  }
  return `www.${suffix}`;
}

/** planProbe: the packet the Verify step traces for the plan's first resource (or the exit node); `knownNames` as for probeHost. */
export function planProbe(plan: WizardPlan, resourceIndex = 0, knownNames: Iterable<string> = []): Probe | null {
  if (isExitNode(plan)) return { destination: '1.1.1.1', protocol: 'icmp', port: null };
  const r = plan.resources[resourceIndex];
  if (!r) return null;
  const host = probeHost(r.address, knownNames);
  if (host === null) return null;
  const port = plan.access.protocol !== 'all' && plan.access.ports[0] ? Number(plan.access.ports[0]) : null;
  const protocol = plan.access.protocol === 'all' ? (port === null ? 'all' : 'tcp') : plan.access.protocol;
  return { destination: host, protocol, port };
}

/** probeCommands: `ping` for ICMP or any protocol, `nc` for a TCP/UDP port, to run on the client. */
export function probeCommands(probe: Probe): string[] {
  const out: string[] = [];
  if (probe.protocol === 'icmp' || probe.protocol === 'all') out.push(`ping -c 3 ${probe.destination}`);
  if (probe.port !== null && probe.protocol !== 'icmp') out.push(`nc -vz${probe.protocol === 'udp' ? 'u' : ''} -w 3 ${probe.destination} ${probe.port}`);
  return out;
}
