import { SearchIcon } from 'lucide-react';
import { useId, useMemo } from 'react';
import type { AccountSnapshot } from '@/api';
import { Combobox, type ComboboxOption } from '@/components/form';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { MATRIX_DESTINATION_KINDS, type MatrixDestinationKind, type MatrixSource } from '@/domain/access/access-matrix';
import { sourceKey } from '@/domain/access/access-matrix-filter';
import { ChipList } from './chip-list';
import type { MatrixParams } from './matrix-params';
import { KIND_TEXT } from './matrix-text';

const control = (id: string) => ({ id, 'aria-invalid': undefined, 'aria-describedby': undefined });

// The choices are built once per matrix and account, not on every key typed in the search: an XL
// account has 10,000 peers to sort by name.
function sourceChoices(sources: readonly MatrixSource[]) {
  const sourceName = new Map(sources.map((s) => [sourceKey(s), s]));
  const sourceOptions: ComboboxOption[] = sources.map((s) => ({ id: sourceKey(s), label: s.name, detail: s.type, searchText: `${s.name} ${s.id}` }));
  return { sourceName, sourceOptions };
}

function peerChoices(peers: AccountSnapshot['peers']) {
  const peerName = new Map(peers.map((p) => [p.id, p.name]));
  const peerOptions: ComboboxOption[] = [...peers]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => ({ id: p.id, label: p.name, detail: p.ip, searchText: `${p.name} ${p.ip} ${p.id}` }));
  return { peerName, peerOptions };
}

/**
 * AccessMatrixFilters: search, sources, destination kinds, and peers to add as rows of their
 * own. Every choice goes to the URL (the parent owns it), so a filtered matrix is a link.
 */
export function AccessMatrixFilters({
  params,
  sources,
  peers,
  onChange,
}: {
  params: MatrixParams;
  sources: readonly MatrixSource[];
  peers: AccountSnapshot['peers'];
  /** Updates from the latest state, so two changes in a row never undo each other. */
  onChange: (update: (prev: MatrixParams) => MatrixParams) => void;
}) {
  const searchId = useId();
  const sourcesId = useId();
  const peersId = useId();
  const { filter } = params;
  const setFilter = (patch: (f: MatrixParams['filter']) => Partial<MatrixParams['filter']>) => onChange((p) => ({ ...p, filter: { ...p.filter, ...patch(p.filter) } }));

  const { sourceName, sourceOptions } = useMemo(() => sourceChoices(sources), [sources]);
  const selectedSources = new Set(filter.sources);
  const toggleSource = (key: string) => setFilter((f) => ({ sources: f.sources.includes(key) ? f.sources.filter((k) => k !== key) : [...f.sources, key] }));

  const { peerName, peerOptions } = useMemo(() => peerChoices(peers), [peers]);
  const addPeer = (id: string) =>
    onChange((p) => {
      if (p.peers.includes(id)) return p;
      // A peer added as a row is also shown when sources are narrowed: the admin asked for it.
      const key = sourceKey({ type: 'peer', id });
      const sources = p.filter.sources.length > 0 && !p.filter.sources.includes(key) ? [...p.filter.sources, key] : p.filter.sources;
      return { ...p, peers: [...p.peers, id], filter: { ...p.filter, sources } };
    });
  const removePeer = (id: string) =>
    onChange((p) => ({ ...p, peers: p.peers.filter((x) => x !== id), filter: { ...p.filter, sources: p.filter.sources.filter((k) => k !== sourceKey({ type: 'peer', id })) } }));

  const kinds = new Set(filter.kinds);
  const toggleKind = (k: MatrixDestinationKind, on: boolean) => setFilter((f) => ({ kinds: on ? [...f.kinds.filter((x) => x !== k), k] : f.kinds.filter((x) => x !== k) }));

  return (
    <div className="flex flex-col gap-4">
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-2">
          <Label htmlFor={searchId}>Search</Label>
          <div className="relative">
            <SearchIcon className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden="true" />
            <Input
              id={searchId}
              type="search"
              placeholder="Name, address, port, protocol, policy…"
              value={filter.text}
              onChange={(e) => {
                const text = e.target.value;
                setFilter(() => ({ text }));
              }}
              className="pl-8"
            />
          </div>
        </div>
        <div className="flex flex-col gap-2">
          <Label htmlFor={sourcesId}>Sources</Label>
          <Combobox control={control(sourcesId)} options={sourceOptions} selected={selectedSources} multiple onPick={toggleSource} placeholder="All sources: pick groups or peers…" />
          <ChipList
            label="Chosen sources"
            items={filter.sources.map((k) => ({ key: k, text: sourceName.get(k)?.name ?? k.slice(k.indexOf(':') + 1) }))}
            onRemove={(k) => setFilter((f) => ({ sources: f.sources.filter((x) => x !== k) }))}
          />
        </div>
        <div className="flex flex-col gap-2">
          <Label htmlFor={peersId}>Add peer rows</Label>
          <Combobox control={control(peersId)} options={peerOptions} selected={new Set(params.peers)} multiple={false} onPick={addPeer} placeholder="Search peers…" />
          <p className="text-xs text-muted-foreground">Groups are listed by default; a peer added here gets rows of its own, through all its groups.</p>
          <ChipList label="Peer rows" items={params.peers.map((id) => ({ key: id, text: peerName.get(id) ?? id }))} onRemove={removePeer} />
        </div>
      </div>
      <fieldset className="flex flex-wrap items-center gap-x-5 gap-y-2">
        <legend className="mb-2 text-sm font-medium">
          Destination types <span className="font-normal text-muted-foreground">(none ticked: every type)</span>
        </legend>
        {MATRIX_DESTINATION_KINDS.map((k) => {
          const id = `${searchId}-kind-${k}`;
          return (
            <div key={k} className="flex items-center gap-2">
              <Checkbox id={id} checked={kinds.has(k)} onCheckedChange={(v) => toggleKind(k, v === true)} />
              <Label htmlFor={id} weight="normal">
                {KIND_TEXT[k].many}
              </Label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
