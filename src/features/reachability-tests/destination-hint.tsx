import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queries, useApiClient } from '@/api';
import { assertNever } from '@/domain/assert-never';
import { accountIndexOf } from '@/domain/reachability/change-preview';
import { readDestination, type DestinationInput } from '@/domain/trace';

function describe(d: DestinationInput): string {
  const port = d.port === null ? '' : `, port ${d.port}`;
  const dest = d.destination;
  switch (dest.kind) {
    case 'peer':
      return `Peer ${dest.peer.name} (${dest.peer.ip})${port}`;
    case 'resource':
      return `Network resource ${dest.resource.name} (${dest.resource.address})${port}`;
    case 'ip':
      return `${dest.peer === null ? 'Address' : `Overlay IP of peer ${dest.peer.name}:`} ${dest.ip.text}${port}`;
    case 'domain':
      return `Domain ${dest.name}${port}`;
    default:
      return assertNever(dest);
  }
}

/** DestinationHint: what the typed destination names in this account, read exactly as the trace reads it. */
export function DestinationHint({ text }: { text: string }) {
  const client = useApiClient();
  const snapshot = useQuery(queries.snapshot(client)).data;
  const hint = useMemo(() => {
    if (snapshot === undefined || text.trim() === '') return null;
    const d = readDestination(accountIndexOf(snapshot), text);
    return d.ok ? { ok: true, text: describe(d.value) } : { ok: false, text: d.error };
  }, [snapshot, text]);
  if (hint === null) return null;
  return (
    <p aria-live="polite" className="text-xs text-muted-foreground">
      {hint.ok ? hint.text : `Not traceable as typed: ${hint.text}`}
    </p>
  );
}
