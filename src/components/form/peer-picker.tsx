import { useQuery } from '@tanstack/react-query';
import { XIcon } from 'lucide-react';
import { queries, useApiClient, type Peer } from '@/api';
import { explainApiError } from '../explain-api-error';
import { StatusDot } from '../status-dot';
import { Combobox, type ComboboxOption } from './combobox';
import type { FieldControlProps } from './field';
import { FieldErrorText } from './field';

export interface PeerPickerProps {
  control: FieldControlProps;
  /** The selected peer id, or '' / undefined for none. */
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  /** Which peers may be chosen; the default is every peer. */
  filter?: (peer: Peer) => boolean;
  placeholder?: string;
  disabled?: boolean;
}

/** peerSearchText: what the search box matches: name, NetBird IP, DNS label and OS. */
function peerSearchText(p: Peer): string {
  return [p.name, p.ip, p.dns_label ?? '', p.hostname ?? '', p.os].join(' ');
}

/**
 * PeerPicker: choose one peer. Each choice shows its OS and whether it is connected, because both
 * decide whether it can be a useful routing peer (masquerade off needs Linux; a disconnected peer
 * carries no traffic).
 */
export function PeerPicker({ control, value, onChange, filter, placeholder = 'Search peers by name, IP or OS…', disabled }: PeerPickerProps) {
  const client = useApiClient();
  const peersQuery = useQuery(queries.peers(client));
  const peers = peersQuery.data ?? [];
  const current = value ? peers.find((p) => p.id === value) : undefined;
  const options: ComboboxOption[] = peers
    .filter((p) => !filter || filter(p) || p.id === value)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => ({
      id: p.id,
      label: p.name,
      detail: `${p.os} · ${p.connected ? 'connected' : 'disconnected'}`,
      searchText: peerSearchText(p),
    }));

  return (
    <div className="flex flex-col gap-2">
      {value ? (
        <div className="flex items-center justify-between gap-3 rounded-md border bg-muted/30 px-3 py-2 text-sm" role="group" aria-label="Selected peer">
          <span className="flex min-w-0 flex-col">
            <span className="truncate font-medium">{current?.name ?? value}</span>
            {current ? (
              <span className="flex items-center gap-3 text-xs text-muted-foreground">
                <span>{current.ip}</span>
                <span>{current.os}</span>
                <StatusDot connected={current.connected} />
              </span>
            ) : (
              <span className="text-xs text-muted-foreground">{peersQuery.isPending ? 'Loading…' : 'This peer does not exist.'}</span>
            )}
          </span>
          <button
            type="button"
            onClick={() => onChange(undefined)}
            disabled={disabled}
            aria-label={`Clear peer ${current?.name ?? value}`}
            className="cursor-pointer rounded-sm p-1 hover:bg-accent [&_svg]:size-4"
          >
            <XIcon aria-hidden="true" />
          </button>
        </div>
      ) : null}
      <Combobox
        control={control}
        options={options}
        selected={new Set(value ? [value] : [])}
        multiple={false}
        onPick={(id) => onChange(id)}
        placeholder={peersQuery.isPending ? 'Loading peers…' : placeholder}
        disabled={disabled}
      />
      {peersQuery.isError ? <FieldErrorText>Could not load peers: {explainApiError(peersQuery.error).detail}</FieldErrorText> : null}
    </div>
  );
}
