import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { Input } from '../ui/input';
import type { FieldControlProps } from './field';

/** ComboboxOption: one choice; `searchText` is what the search box matches (name, IP, OS…). */
export interface ComboboxOption {
  id: string;
  label: string;
  detail?: ReactNode;
  searchText: string;
}

export interface ComboboxProps {
  control: FieldControlProps;
  options: readonly ComboboxOption[];
  selected: ReadonlySet<string>;
  multiple: boolean;
  onPick: (id: string) => void;
  placeholder: string;
  /** When set and the typed text names no option exactly, an extra option offers to create it. */
  createLabel?: (text: string) => string;
  onCreate?: (text: string) => void;
  disabled?: boolean;
}

/** Lists are cut here: a search narrows a big account's thousands of peers to what matters. */
const MAX_SHOWN = 50;
const CREATE_ID = '__create__';

/**
 * Combobox: a search box with a list of choices under it (ARIA combobox + listbox). The pickers of
 * the form kit share it, so groups and peers are chosen the same way with mouse and keyboard:
 * arrows move, Enter picks, Escape closes.
 */
export function Combobox({ control, options, selected, multiple, onPick, placeholder, createLabel, onCreate, disabled }: ComboboxProps) {
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const query = text.trim().toLowerCase();
  const matches = options.filter((o) => query === '' || o.searchText.toLowerCase().includes(query)).slice(0, MAX_SHOWN);
  const canCreate = Boolean(createLabel && onCreate && query !== '' && !options.some((o) => o.label.trim().toLowerCase() === query));
  const items: { id: string; label: string; detail?: ReactNode }[] = canCreate
    ? [...matches, { id: CREATE_ID, label: createLabel?.(text.trim()) ?? '' }]
    : matches;
  const activeIndex = Math.min(active, Math.max(items.length - 1, 0));
  const optionId = (i: number) => `${listId}-option-${i}`;

  const choose = (id: string) => {
    if (id === CREATE_ID) onCreate?.(text.trim());
    else onPick(id);
    setText('');
    // The list closes after a pick so it never covers the controls below; typing or ↓ reopens it.
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + items.length) % Math.max(items.length, 1));
    } else if (e.key === 'Enter') {
      // Enter picks an option; it must never submit the surrounding form.
      e.preventDefault();
      const item = items[activeIndex];
      if (open && item) choose(item.id);
      else setOpen(true);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div
      className="relative"
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <Input
        {...control}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && items.length > 0 ? optionId(activeIndex) : undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        disabled={disabled}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      {open ? (
        <ul
          id={listId}
          role="listbox"
          aria-multiselectable={multiple || undefined}
          className="absolute z-40 mt-1 max-h-64 w-full overflow-auto rounded-md border bg-card p-1 text-card-foreground shadow-md"
        >
          {items.length === 0 ? <li className="px-2 py-1.5 text-sm text-muted-foreground">No match.</li> : null}
          {items.map((item, i) => (
            <li
              key={item.id}
              id={optionId(i)}
              role="option"
              aria-selected={item.id === CREATE_ID ? false : selected.has(item.id)}
              // mousedown would blur the input and close the list before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(item.id)}
              onMouseEnter={() => setActive(i)}
              // One text colour per state: the "create" row stays primary even when highlighted.
              className={cn(
                'flex cursor-pointer items-center justify-between gap-3 rounded-sm px-2 py-1.5 text-sm',
                i === activeIndex && 'bg-accent',
                item.id === CREATE_ID ? 'font-medium text-primary' : i === activeIndex && 'text-accent-foreground',
              )}
            >
              <span className="flex min-w-0 items-center gap-2">
                <span aria-hidden="true" className="w-4 shrink-0 text-center">
                  {selected.has(item.id) ? '✓' : item.id === CREATE_ID ? '+' : ''}
                </span>
                <span className="truncate">{item.label}</span>
              </span>
              {item.detail ? <span className="shrink-0 text-xs text-muted-foreground">{item.detail}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
