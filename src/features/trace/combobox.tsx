import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Input } from '@/components/ui/input';
import { cn } from '@/lib/cn';

export interface ComboboxOption {
  key: string;
  label: ReactNode;
}

/**
 * Combobox: a text field with a list of suggestions (WAI-ARIA combobox with a listbox popup).
 * The caller owns the text and filters the options; this owns opening, the active option and
 * the keys (arrows, Enter, Escape). Options are chosen with mousedown so the field keeps focus.
 */
export function Combobox({
  id,
  value,
  onValueChange,
  options,
  onSelect,
  onCommit,
  placeholder,
  invalid,
  describedBy,
  listLabel,
  className,
}: {
  id: string;
  value: string;
  onValueChange: (text: string) => void;
  options: readonly ComboboxOption[];
  onSelect: (key: string) => void;
  /** Enter or leaving the field without choosing an option. */
  onCommit?: () => void;
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string;
  listLabel: string;
  className?: string;
}) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const shown = open && options.length > 0;
  const activeKey = shown && active >= 0 ? options[active]?.key : undefined;

  const choose = (key: string) => {
    onSelect(key);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setOpen(true);
        setActive((i) => Math.min(i + 1, options.length - 1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setActive((i) => Math.max(i - 1, 0));
        break;
      case 'Enter':
        if (activeKey !== undefined) {
          e.preventDefault();
          choose(activeKey);
        } else {
          setOpen(false);
          onCommit?.();
        }
        break;
      case 'Escape':
        if (open) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        }
        break;
    }
  };

  return (
    <div className={cn('relative', className)}>
      <Input
        id={id}
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeKey !== undefined ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={value}
        onChange={(e) => {
          onValueChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
          onCommit?.();
        }}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={listLabel}
        hidden={!shown}
        className="absolute z-40 mt-1 max-h-72 w-full overflow-auto rounded-md border bg-card p-1 text-card-foreground shadow-md"
      >
        {shown
          ? options.map((o, i) => (
              <li
                key={o.key}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={cn('cursor-pointer rounded-sm px-2 py-1.5 text-sm', i === active && 'bg-accent text-accent-foreground')}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(o.key);
                }}
                onMouseEnter={() => setActive(i)}
              >
                {o.label}
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}
