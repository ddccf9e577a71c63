import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Lists longer than this render only what is in view (a generated XL account has thousands of findings). */
export const WINDOW_LIST_VIRTUAL_ABOVE = 120;

/**
 * WindowList: a list that scrolls with the page. Short lists render every item; long ones render
 * the items in view, measured as they render (findings differ in height), so the page stays quick
 * on huge accounts while short ones keep plain DOM (find-in-page, printing).
 */
export function WindowList<T>({
  items,
  itemKey,
  render,
  estimateSize,
  label,
}: {
  items: readonly T[];
  itemKey: (item: T) => string;
  render: (item: T) => ReactNode;
  estimateSize: (item: T) => number;
  label: string;
}) {
  const virtual = items.length > WINDOW_LIST_VIRTUAL_ABOVE;
  if (!virtual) {
    return (
      <ul aria-label={label} className="flex flex-col gap-3">
        {items.map((item) => (
          <li key={itemKey(item)}>{render(item)}</li>
        ))}
      </ul>
    );
  }
  return <VirtualWindowList items={items} itemKey={itemKey} render={render} estimateSize={estimateSize} label={label} />;
}

const GAP = 12;

function VirtualWindowList<T>({ items, itemKey, render, estimateSize, label }: Parameters<typeof WindowList<T>>[0]) {
  const listRef = useRef<HTMLUListElement>(null);
  const [offset, setOffset] = useState(0);
  // The list's distance from the top of the document: the window scrolls, not the list.
  useLayoutEffect(() => {
    const el = listRef.current;
    if (el) setOffset(el.getBoundingClientRect().top + window.scrollY);
  }, []);
  const v = useWindowVirtualizer({
    count: items.length,
    estimateSize: (i) => estimateSize(items[i] as T) + GAP,
    overscan: 6,
    scrollMargin: offset,
    getItemKey: (i) => itemKey(items[i] as T),
  });
  return (
    <ul ref={listRef} aria-label={label} className="relative" style={{ height: v.getTotalSize() }}>
      {v.getVirtualItems().map((row) => {
        const item = items[row.index] as T;
        return (
          <li
            key={row.key}
            data-index={row.index}
            ref={v.measureElement}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            className="absolute inset-x-0 top-0"
            style={{ transform: `translateY(${row.start - v.options.scrollMargin}px)`, paddingBottom: GAP }}
          >
            {render(item)}
          </li>
        );
      })}
    </ul>
  );
}
