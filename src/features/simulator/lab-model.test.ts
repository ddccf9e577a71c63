import { describe, expect, it } from 'vitest';
import { applyLinks, applyPeers, labPeersSchema, linksValues, peersValues } from './lab-model';

const peers = [
  { id: 'gw', name: 'gw-1' },
  { id: 'c1', name: 'alice' },
];

describe('lab editor model', () => {
  it('reads and writes per-peer fields, leaving unset ones out and keeping links and DNS', () => {
    const lab = { peers: { gw: { online: false, latency_ms: { c1: 9 } } }, dns: { 'a.example': ['10.0.0.1'] } };
    const v = peersValues(lab, peers);
    expect(v.peers[0]).toEqual({ id: 'gw', name: 'gw-1', online: 'offline', failure_domain: '', lan_ip: '', tcp_flows: '' });
    expect(v.peers[1]?.online).toBe('api');
    const edited = { peers: [{ ...v.peers[0]!, online: 'api' as const, lan_ip: ' 10.1.0.2 ', failure_domain: 'az-2' }, { ...v.peers[1]!, tcp_flows: '5' }] };
    expect(applyPeers(lab, edited)).toEqual({
      peers: { gw: { latency_ms: { c1: 9 }, lan_ip: '10.1.0.2', failure_domain: 'az-2' }, c1: { tcp_flows: 5 } },
      dns: { 'a.example': ['10.0.0.1'] },
    });
  });

  it('refuses a bad LAN IP or flow count', () => {
    const v = peersValues(undefined, peers);
    const bad = labPeersSchema.safeParse({ peers: [{ ...v.peers[0]!, lan_ip: '10.1.0' }, { ...v.peers[1]!, tcp_flows: '1.5' }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual(['LAN IP must be an IPv4 or IPv6 address, or empty', 'TCP flows must be a whole number ≥ 0, or empty']);
  });

  it('reads a link from either side and writes it on the edited peer’s side only', () => {
    const lab = { peers: { gw: { latency_ms: { c1: 30 }, connection: { c1: 'relayed' as const }, failure_domain: 'az-1' } } };
    const v = linksValues(lab, 'c1', [{ id: 'gw', name: 'gw-1' }]);
    expect(v.links).toEqual([{ peer: 'gw', name: 'gw-1', connection: 'relayed', latency_ms: '30', noise_ms: '' }]);
    const saved = applyLinks(lab, 'c1', { links: [{ ...v.links[0]!, connection: 'direct', latency_ms: '45', noise_ms: '2' }] });
    expect(saved).toEqual({ peers: { gw: { failure_domain: 'az-1' }, c1: { latency_ms: { gw: 45 }, latency_noise_ms: { gw: 2 } } } });
  });
});
