import type { AccountIndex } from '@/domain/account';
import { ruleIndexOf } from '@/domain/access/rule-index';
import { dnsForwarderPort } from '@/domain/routing/dns-forwarder-port';
import { routeIndexOf } from '@/domain/routing/route-index';
import { labDnsAnswers } from './lab-dns';

/**
 * prepareTrace builds the per-index structures traces use (rule index, prefix and domain tables,
 * the DNS forwarder port, lab DNS) now rather than on the first trace, for callers that index
 * once and then trace many packets (the Trace page, saved tests, benchmarks). Optional: every
 * structure is also built on demand and cached with the index.
 */
export function prepareTrace(index: AccountIndex): void {
  ruleIndexOf(index);
  routeIndexOf(index);
  dnsForwarderPort(index);
  labDnsAnswers(index, 'prepare.invalid');
}
