import type { AccountIndex, IndexedResource } from '@/domain/account';
import { classifyResourceAddress, err, ipToString, ok, parseDomain, parseIp, parsePort, type IpAddress, type Result } from '@/domain/net';

/**
 * parse-destination: what `--to` names. A trace accepts whatever an admin has at hand: a peer
 * (id or name), a resource id, an IP or a domain, each optionally with ":PORT" ("[v6]:PORT").
 */

export type TraceTarget = { kind: 'ip'; ip: IpAddress } | { kind: 'domain'; name: string };

export interface ParsedDestination {
  target: TraceTarget;
  port: number | null;
}

/**
 * resourceTarget: the address a trace to a resource uses: its host, the first host of its
 * subnet, or its domain. A wildcard names no single host, so it asks for a concrete name.
 */
export function resourceTarget(resource: IndexedResource): Result<TraceTarget> {
  const a = classifyResourceAddress(resource.address);
  if (!a.ok) return err(`resource "${resource.name}" (${resource.id}) has an invalid address: ${a.error}`);
  const { cidr, domain } = a.value;
  if (domain !== null) {
    if (domain.wildcard) return err(`resource "${resource.name}" (${resource.id}) is the wildcard ${domain.ascii}: trace a concrete name under it`);
    return ok({ kind: 'domain', name: domain.ascii });
  }
  if (cidr === null) return err(`resource "${resource.name}" (${resource.id}) has no address`);
  const bits = cidr.version === 4 ? 32 : 128;
  const value = cidr.prefix < bits - 1 ? cidr.network + 1n : cidr.network;
  return ok({ kind: 'ip', ip: { version: cidr.version, value, text: ipToString(cidr.version, value) } });
}

function hostTarget(index: AccountIndex, text: string): Result<TraceTarget> | null {
  const peer = index.peers.get(text) ?? index.peerByName.get(text);
  if (peer !== undefined) {
    const ip = parseIp(peer.ip);
    return ip.ok ? ok({ kind: 'ip', ip: ip.value }) : err(`peer "${peer.name}" has an invalid overlay IP "${peer.ip}"`);
  }
  const resource = index.resources.get(text);
  if (resource !== undefined) return resourceTarget(resource);
  const ip = parseIp(text);
  if (ip.ok) return ok({ kind: 'ip', ip: ip.value });
  const domain = parseDomain(text);
  if (domain.ok) return ok({ kind: 'domain', name: domain.value.ascii });
  return null;
}

const BRACKETED = /^\[([^\]]+)\]:([^:]*)$/;

/** parseDestination reads DEST[:PORT]. */
export function parseDestination(index: AccountIndex, input: string): Result<ParsedDestination> {
  const text = input.trim();
  if (text === '') return err('destination is empty');
  const whole = hostTarget(index, text);
  if (whole !== null) return whole.ok ? ok({ target: whole.value, port: null }) : whole;
  let host: string | null = null;
  let portText = '';
  const bracketed = BRACKETED.exec(text);
  if (bracketed !== null) {
    host = bracketed[1] ?? '';
    portText = bracketed[2] ?? '';
  } else if (text.indexOf(':') === text.lastIndexOf(':') && text.includes(':')) {
    host = text.slice(0, text.indexOf(':'));
    portText = text.slice(text.indexOf(':') + 1);
  }
  const unknown = err(`destination "${text}" is not a peer, resource, IP address or domain name`);
  if (host === null) return unknown;
  const target = hostTarget(index, host);
  if (target === null) return unknown;
  if (!target.ok) return target;
  const port = parsePort(portText);
  if (!port.ok) return err(`destination "${text}": ${port.error}`);
  return ok({ target: target.value, port: port.value });
}
