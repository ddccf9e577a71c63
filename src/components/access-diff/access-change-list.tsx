import { MinusIcon, PlusIcon } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { AccessChange, ViaPolicy } from '@/domain/access/access-diff';
import { describeGrant, type AccessGrant } from '@/domain/access/reach';

/** How many changes show before "Show all": a change to a big group can touch hundreds of destinations. */
const FIRST = 25;

const DESTINATION_KIND = { resource: 'resource', peer: 'peer', route: 'route' } as const;
const SOURCE_KIND = { group: 'group', peer: 'peer' } as const;

const grantsText = (grants: readonly AccessGrant[]) => grants.map(describeGrant).join('; ');
const viaText = (via: readonly ViaPolicy[]) => via.map((v) => (v.id === null ? v.name : `policy “${v.name}”`)).join(', ');

function ChangeLine({ c, kind }: { c: AccessChange; kind: 'gain' | 'loss' }) {
  const gain = kind === 'gain';
  const grants = gain ? c.gained : c.lost;
  const via = gain ? c.gainedVia : c.lostVia;
  return (
    <li className="flex flex-wrap items-baseline gap-x-2 gap-y-1 py-1.5 text-sm">
      <Badge variant={gain ? 'success' : 'destructive'} className="shrink-0">
        {gain ? <PlusIcon aria-hidden="true" /> : <MinusIcon aria-hidden="true" />}
        {gain ? 'Gains' : 'Loses'}
      </Badge>{' '}
      <span>
        <span className="font-mono text-xs">{grantsText(grants)}</span> to <span className="font-medium">{c.destination.name}</span>{' '}
        <span className="text-muted-foreground">({DESTINATION_KIND[c.destination.type]})</span>
      </span>{' '}
      {via.length > 0 ? <span className="text-xs text-muted-foreground">{gain ? 'through' : 'was through'} {viaText(via)}</span> : null}
    </li>
  );
}

/**
 * AccessChangeList: who gains or loses what, grouped by source: each source once, then its
 * destinations with the protocols and ports and the policy behind them.
 */
export function AccessChangeList({ changes }: { changes: readonly AccessChange[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? changes : changes.slice(0, FIRST);
  const bySource = new Map<string, AccessChange[]>();
  for (const c of shown) {
    const key = `${c.source.type}:${c.source.id}`;
    const list = bySource.get(key);
    if (list === undefined) bySource.set(key, [c]);
    else list.push(c);
  }
  return (
    <div className="flex flex-col gap-3">
      <ul aria-label="Access changes" className="flex flex-col gap-3">
        {[...bySource.values()].map((list) => {
          const source = list[0]?.source;
          if (source === undefined) return null;
          return (
            <li key={`${source.type}:${source.id}`} className="rounded-md border bg-background/50 px-3 py-2">
              <p className="text-sm font-semibold">
                {source.name} <span className="font-normal text-muted-foreground">({SOURCE_KIND[source.type]})</span>
              </p>
              <ul aria-label={`Changes for ${source.name}`} className="divide-y">
                {list.flatMap((c) => [
                  c.gained.length > 0 ? <ChangeLine key={`+${c.destination.type}:${c.destination.id}`} c={c} kind="gain" /> : null,
                  c.lost.length > 0 ? <ChangeLine key={`-${c.destination.type}:${c.destination.id}`} c={c} kind="loss" /> : null,
                ])}
              </ul>
            </li>
          );
        })}
      </ul>
      {changes.length > FIRST ? (
        <Button variant="outline" size="sm" className="self-start" onClick={() => setAll((v) => !v)}>
          {all ? 'Show fewer' : `Show all ${changes.length} changes`}
        </Button>
      ) : null}
    </div>
  );
}
