import { useMemo, useState } from 'react';
import { StatusDot } from '@/components/status-dot';
import { Label } from '@/components/ui/label';
import { isPeerOnline, type AccountIndex } from '@/domain/account';
import type { SnapPeer } from '@/domain/snapshot';
import { findPeer } from '@/domain/trace';
import { Combobox, type ComboboxOption } from './combobox';

/** MAX_OPTIONS: enough to pick from; typing narrows a large account further. */
const MAX_OPTIONS = 50;

function matches(peer: SnapPeer, needle: string): boolean {
  return [peer.name, peer.ip, peer.os, peer.hostname ?? '', peer.id].some((v) => v.toLowerCase().includes(needle));
}

function PeerOption({ index, peer }: { index: AccountIndex; peer: SnapPeer }) {
  return (
    <span className="flex flex-col gap-0.5">
      <span className="flex items-center justify-between gap-2">
        <span className="min-w-0 truncate font-medium">{peer.name}</span>
        <StatusDot connected={isPeerOnline(index, peer.id)} hideLabel />
      </span>
      <span className="flex gap-2 text-xs text-muted-foreground">
        <span className="font-mono">{peer.ip}</span>
        <span>{peer.os}</span>
      </span>
    </span>
  );
}

/**
 * SourcePeerField: the peer the packet leaves from, searched by name, overlay IP or OS. The URL
 * keeps its id; the field shows its name, and a name or IP typed in full selects that peer.
 */
export function SourcePeerField({ index, value, onChange }: { index: AccountIndex; value: string; onChange: (peerId: string) => void }) {
  const selected = value === '' ? null : findPeer(index, value);
  const [text, setText] = useState<string | null>(null);
  const shownText = text ?? selected?.name ?? value;
  const needle = (text ?? '').trim().toLowerCase();

  const options: ComboboxOption[] = useMemo(() => {
    const peers = [...index.peers.values()].filter((p) => needle === '' || matches(p, needle)).slice(0, MAX_OPTIONS);
    return peers.map((p) => ({ key: p.id, label: <PeerOption index={index} peer={p} /> }));
  }, [index, needle]);

  const commit = () => {
    if (text === null) return;
    const typed = text.trim() === '' ? null : findPeer(index, text);
    if (typed !== null) onChange(typed.id);
    setText(null);
  };

  const hintId = 'trace-source-hint';
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor="trace-source">Source peer</Label>
      <Combobox
        id="trace-source"
        value={shownText}
        onValueChange={setText}
        options={options}
        onSelect={(id) => {
          onChange(id);
          setText(null);
        }}
        onCommit={commit}
        placeholder="Search by name, IP or OS"
        invalid={value !== '' && selected === null}
        describedBy={hintId}
        listLabel="Peers"
      />
      <p id={hintId} className="min-h-5 text-xs text-muted-foreground">
        {selected !== null ? (
          <>
            <span className="font-mono">{selected.ip}</span> · {selected.os} · agent {selected.version || 'unknown'} · {isPeerOnline(index, selected.id) ? 'online' : 'offline'}
          </>
        ) : value !== '' ? (
          <span className="text-destructive">No peer of this account is called “{value}”.</span>
        ) : (
          'The peer the packet leaves from.'
        )}
      </p>
    </div>
  );
}
