import { XIcon } from 'lucide-react';
import { Combobox, type ComboboxOption, type FieldControlProps } from '@/components/form';
import { Badge } from '@/components/ui/badge';

export interface MemberPickerProps {
  control: FieldControlProps;
  /** What the members are called in labels: "peer", "resource". */
  noun: string;
  options: readonly ComboboxOption[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  disabled?: boolean;
}

/**
 * MemberPicker: the members of a group as removable chips, and a search box to add more. Peers and
 * resources are picked the same way, by name (with address and type in the list).
 */
export function MemberPicker({ control, noun, options, value, onChange, disabled }: MemberPickerProps) {
  const byId = new Map(options.map((o) => [o.id, o]));
  const selected = new Set(value);
  const toggle = (id: string) => onChange(selected.has(id) ? value.filter((v) => v !== id) : [...value, id]);
  return (
    <div className="flex flex-col gap-2">
      {value.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={`Selected ${noun}s`}>
          {value.map((id) => {
            const label = byId.get(id)?.label ?? id;
            return (
              <li key={id}>
                <Badge variant="outline" size="removable">
                  {label}
                  <button
                    type="button"
                    onClick={() => toggle(id)}
                    disabled={disabled}
                    aria-label={`Remove ${noun} ${label}`}
                    className="cursor-pointer rounded-sm p-0.5 hover:bg-accent disabled:cursor-not-allowed"
                  >
                    <XIcon aria-hidden="true" />
                  </button>
                </Badge>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">No {noun}s.</p>
      )}
      <Combobox control={control} options={options} selected={selected} multiple onPick={toggle} placeholder={`Add ${noun}s by name…`} disabled={disabled} />
    </div>
  );
}
