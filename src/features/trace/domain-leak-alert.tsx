import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import type { AccountIndex } from '@/domain/account';
import type { DomainLeak } from '@/domain/trace';
import { RefLink } from './ref-link';

/**
 * DomainLeakAlert: the docs' domain/IP-range leak, spelled out: the domain resource the peer is
 * not given, the range that carried the name's address instead, and the policy that let it in.
 */
export function DomainLeakAlert({ index, leak, allowed }: { index: AccountIndex; leak: DomainLeak; allowed: boolean }) {
  return (
    <Alert variant="warning" aria-label="Domain and IP range overlap">
      <AlertTitle>Domain/IP-range leak: {leak.name} went through an IP range, not its domain resource</AlertTitle>
      <AlertDescription>
        <p>
          {leak.domain_resources.map((r, i) => (
            <span key={r.id}>
              {i > 0 ? ', ' : ''}
              <RefLink index={index} target={{ type: 'resource', id: r.id, network_id: r.network_id }} />
            </span>
          ))}{' '}
          {leak.domain_resources.length === 1 ? 'matches' : 'match'} {leak.name}, but no policy sends {leak.domain_resources.length === 1 ? 'it' : 'them'} to this peer, so the
          peer resolved the name itself ({leak.answers.join(', ')}). That address falls into <RefLink index={index} target={leak.carrier} />
          {allowed && leak.policy !== null ? (
            <>
              , and <RefLink index={index} target={{ type: 'policy', id: leak.policy }} /> is the policy that actually let the packet through.
            </>
          ) : (
            '.'
          )}
        </p>
        <p className="mt-1">
          If only the domain's policy should grant access, narrow the IP range resource (or its policy) so it no longer covers {leak.answers[0] ?? 'the answer'}.
        </p>
      </AlertDescription>
    </Alert>
  );
}
