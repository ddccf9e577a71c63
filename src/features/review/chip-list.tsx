import { XIcon } from 'lucide-react';

/** ChipList: chosen values as removable chips (the sources and peer rows of the access matrix). */
export function ChipList({ label, items, onRemove }: { label: string; items: readonly { key: string; text: string }[]; onRemove: (key: string) => void }) {
  if (items.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {items.map((i) => (
        <li key={i.key} className="inline-flex items-center gap-1 rounded-md border bg-muted/40 py-0.5 pl-2 pr-0.5 text-xs font-medium">
          {i.text}
          <button type="button" onClick={() => onRemove(i.key)} aria-label={`Remove ${i.text}`} className="cursor-pointer rounded-sm p-0.5 hover:bg-accent [&_svg]:size-3.5">
            <XIcon aria-hidden="true" />
          </button>
        </li>
      ))}
    </ul>
  );
}
