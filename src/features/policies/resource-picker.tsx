import { XIcon } from 'lucide-react';
import type { Peer } from '@/api';
import { Combobox, type ComboboxOption, type FieldControlProps } from '@/components/form';
import type { LocatedResource } from '@/components/lookups/use-resource-index';
import { Badge } from '@/components/ui/badge';
import type { RuleResourceRef } from './policy-form-schema';

export interface ResourcePickerProps {
  control: FieldControlProps;
  value: RuleResourceRef | null;
  onChange: (ref: RuleResourceRef | null) => void;
  resources: ReadonlyMap<string, LocatedResource>;
  peers: readonly Peer[];
}

const optionId = (type: string, id: string) => `${type}:${id}`;

/** describe: a chosen reference in words: name, type and where it lives. */
function describe(value: RuleResourceRef, resources: ReadonlyMap<string, LocatedResource>, peers: readonly Peer[]) {
  if (value.type === 'peer') {
    const peer = peers.find((p) => p.id === value.id);
    return { name: peer?.name ?? value.id, detail: peer ? `peer · ${peer.ip}` : 'peer (not found)' };
  }
  const located = resources.get(value.id);
  if (!located) return { name: value.id, detail: `${value.type} (not found)` };
  return { name: located.resource.name, detail: `${located.resource.address} · network ${located.networkName}` };
}

/**
 * ResourcePicker: one side of a rule as a single object: a network resource (by name, with its
 * type, address and network) or a single peer. NetBird stores it as `{id, type}`; the type comes
 * from the chosen object, so it cannot disagree with the resource.
 */
export function ResourcePicker({ control, value, onChange, resources, peers }: ResourcePickerProps) {
  const options: ComboboxOption[] = [
    ...[...resources.values()]
      .sort((a, b) => a.resource.name.localeCompare(b.resource.name))
      .map(({ resource: r, networkName }) => ({
        id: optionId(r.type, r.id),
        label: r.name,
        detail: `${r.type} · ${r.address} · ${networkName}`,
        searchText: `${r.name} ${r.address} ${r.type} ${networkName}`,
      })),
    ...[...peers]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => ({ id: optionId('peer', p.id), label: p.name, detail: `peer · ${p.ip}`, searchText: `${p.name} ${p.ip} peer` })),
  ];
  const pick = (id: string) => {
    const [type = '', ...rest] = id.split(':');
    const refId = rest.join(':');
    if (type === 'peer' || type === 'host' || type === 'subnet' || type === 'domain') onChange({ id: refId, type });
  };
  const shown = value ? describe(value, resources, peers) : null;
  return (
    <div className="flex flex-col gap-2">
      {value && shown ? (
        <div className="flex items-center justify-between gap-3 rounded-md border bg-muted/30 px-3 py-2 text-sm" role="group" aria-label="Selected resource">
          <span className="flex min-w-0 items-center gap-2">
            <Badge variant={value.type === 'peer' ? 'outline' : 'info'}>{value.type}</Badge>
            <span className="truncate font-medium">{shown.name}</span>
            <span className="truncate text-xs text-muted-foreground">{shown.detail}</span>
          </span>
          <button
            type="button"
            onClick={() => onChange(null)}
            aria-label={`Clear ${shown.name}`}
            className="cursor-pointer rounded-sm p-1 hover:bg-accent [&_svg]:size-4"
          >
            <XIcon aria-hidden="true" />
          </button>
        </div>
      ) : null}
      <Combobox
        control={control}
        options={options}
        selected={new Set(value ? [optionId(value.type, value.id)] : [])}
        multiple={false}
        onPick={pick}
        placeholder="Search resources and peers by name or address…"
      />
    </div>
  );
}
