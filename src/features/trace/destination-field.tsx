import { useMemo } from 'react';
import { Label } from '@/components/ui/label';
import type { AccountIndex } from '@/domain/account';
import { readDestination } from '@/domain/trace';
import { Combobox, type ComboboxOption } from './combobox';
import { destinationText } from './destination-text';

const MAX_OPTIONS = 40;

interface Suggestion {
  key: string;
  /** What choosing it puts into the field. */
  value: string;
  kind: 'Peer' | 'Resource';
  name: string;
  detail: string;
  haystack: string;
}

function suggestionsOf(index: AccountIndex): Suggestion[] {
  const out: Suggestion[] = [];
  for (const r of index.resources.values()) {
    const network = index.networks.get(r.network_id)?.name ?? r.network_id;
    out.push({ key: `r:${r.id}`, value: r.id, kind: 'Resource', name: r.name, detail: `${r.address} · ${network}`, haystack: `${r.name} ${r.address} ${r.id} ${network}`.toLowerCase() });
  }
  for (const p of index.peers.values()) {
    out.push({ key: `p:${p.id}`, value: p.name, kind: 'Peer', name: p.name, detail: p.ip, haystack: `${p.name} ${p.ip} ${p.id}`.toLowerCase() });
  }
  return out;
}

/**
 * DestinationField: one field for every kind of destination: a peer, a network resource, an IP
 * or a domain, each with an optional ":port". Suggestions come from the account; anything else is
 * free text, and the line below says how it was read.
 */
export function DestinationField({ index, value, onChange }: { index: AccountIndex; value: string; onChange: (text: string) => void }) {
  const all = useMemo(() => suggestionsOf(index), [index]);
  const needle = value.trim().toLowerCase();
  const options: ComboboxOption[] = useMemo(() => {
    const list = needle === '' ? all : all.filter((s) => s.haystack.includes(needle) && s.value.toLowerCase() !== needle);
    return list.slice(0, MAX_OPTIONS).map((s) => ({
      key: s.key,
      label: (
        <span className="flex items-center justify-between gap-3">
          <span className="flex min-w-0 items-center gap-2">
            <span className="w-16 shrink-0 text-xs text-muted-foreground">{s.kind}</span>
            <span className="truncate font-medium">{s.name}</span>
          </span>
          <span className="shrink-0 truncate font-mono text-xs text-muted-foreground">{s.detail}</span>
        </span>
      ),
    }));
  }, [all, needle]);
  const parsed = useMemo(() => (value.trim() === '' ? null : readDestination(index, value)), [index, value]);

  const hintId = 'trace-destination-hint';
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor="trace-destination">Destination</Label>
      <Combobox
        id="trace-destination"
        value={value}
        onValueChange={onChange}
        options={options}
        onSelect={(key) => {
          const s = all.find((x) => x.key === key);
          if (s !== undefined) onChange(s.value);
        }}
        placeholder="Peer, resource, IP[:port] or domain[:port]"
        invalid={parsed !== null && !parsed.ok}
        describedBy={hintId}
        listLabel="Peers and resources"
      />
      <p id={hintId} className="min-h-5 text-xs text-muted-foreground">
        {parsed === null ? (
          'A peer, a network resource, an IP address or a domain name, with an optional :port.'
        ) : parsed.ok ? (
          destinationText(index, parsed.value)
        ) : (
          <span className="text-destructive">{parsed.error}</span>
        )}
      </p>
    </div>
  );
}
