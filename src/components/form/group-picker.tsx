import { useQuery } from '@tanstack/react-query';
import { XIcon } from 'lucide-react';
import { queries, useApiClient, type Group } from '@/api';
import { useCreateGroup } from '@/api/mutations';
import { groupNameConflict } from '@/domain/rules/validate/group';
import { explainApiError } from '../explain-api-error';
import { Badge } from '../ui/badge';
import { Combobox, type ComboboxOption } from './combobox';
import type { FieldControlProps } from './field';
import { FieldErrorText } from './field';

export interface GroupPickerProps {
  /** From the surrounding Field: labels the search box and links its error. */
  control: FieldControlProps;
  /** Selected group ids. */
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** Which groups may be chosen (e.g. only groups that hold peers); the default is every group. */
  filter?: (group: Group) => boolean;
  /** Offer "Create group …" for a typed name no group has (default true). */
  allowCreate?: boolean;
  placeholder?: string;
  disabled?: boolean;
}

function memberSummary(g: Group): string {
  const peers = g.peers_count;
  const resources = g.resources_count;
  const parts = [`${peers} ${peers === 1 ? 'peer' : 'peers'}`];
  if (resources > 0) parts.push(`${resources} ${resources === 1 ? 'resource' : 'resources'}`);
  return parts.join(', ');
}

/**
 * GroupPicker: choose existing groups by name, or create one inline without leaving the form
 * (NetBird makes groups mandatory on resources and routing peers, and an admin who first has to
 * go create a group elsewhere loses what they typed). A created group is selected at once.
 */
export function GroupPicker({ control, value, onChange, filter, allowCreate = true, placeholder = 'Search groups…', disabled }: GroupPickerProps) {
  const client = useApiClient();
  const groupsQuery = useQuery(queries.groups(client));
  const createGroup = useCreateGroup();
  const groups = groupsQuery.data ?? [];
  const byId = new Map(groups.map((g) => [g.id, g]));
  const selected = new Set(value);
  const options: ComboboxOption[] = groups
    .filter((g) => !filter || filter(g) || selected.has(g.id))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((g) => ({ id: g.id, label: g.name, detail: memberSummary(g), searchText: g.name }));

  const toggle = (id: string) => onChange(selected.has(id) ? value.filter((v) => v !== id) : [...value, id]);
  const create = (name: string) => {
    // Group names are unique (the control plane answers 409): a name taken by a group the filter
    // hides selects that group rather than sending a request bound to fail.
    if (groupNameConflict(name, undefined, groups)) {
      const existing = groups.find((g) => g.name.trim() === name);
      if (existing && !selected.has(existing.id)) onChange([...value, existing.id]);
      return;
    }
    createGroup.mutate({ name }, { onSuccess: (g) => onChange([...value, g.id]) });
  };

  return (
    <div className="flex flex-col gap-2">
      {value.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label="Selected groups">
          {value.map((id) => {
            const name = byId.get(id)?.name ?? id;
            return (
              <li key={id}>
                <Badge variant="outline" size="removable">
                  {name}
                  <button
                    type="button"
                    onClick={() => toggle(id)}
                    disabled={disabled}
                    aria-label={`Remove group ${name}`}
                    className="cursor-pointer rounded-sm p-0.5 hover:bg-accent"
                  >
                    <XIcon aria-hidden="true" />
                  </button>
                </Badge>
              </li>
            );
          })}
        </ul>
      ) : null}
      <Combobox
        control={control}
        options={options}
        selected={selected}
        multiple
        onPick={toggle}
        placeholder={groupsQuery.isPending ? 'Loading groups…' : placeholder}
        createLabel={allowCreate ? (text) => `Create group “${text}”` : undefined}
        onCreate={allowCreate ? create : undefined}
        disabled={disabled || createGroup.isPending}
      />
      {createGroup.isPending ? (
        <p role="status" className="text-xs text-muted-foreground">
          Creating group…
        </p>
      ) : null}
      {createGroup.isError ? <FieldErrorText>Could not create the group: {explainApiError(createGroup.error).detail}</FieldErrorText> : null}
      {groupsQuery.isError ? <FieldErrorText>Could not load groups: {explainApiError(groupsQuery.error).detail}</FieldErrorText> : null}
    </div>
  );
}
