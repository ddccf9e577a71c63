/** Brand: the console's mark and name, shown at the top of the sidebar. */
export function Brand() {
  return (
    <div className="flex items-center gap-2.5 px-2">
      <svg viewBox="0 0 32 32" className="size-7 shrink-0" aria-hidden="true">
        <rect width="32" height="32" rx="7" className="fill-primary" />
        <path d="M9 22V10l7 8 7-8v12" fill="none" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" className="stroke-primary-foreground" />
      </svg>
      <div className="flex min-w-0 flex-col leading-tight">
        <span className="truncate text-sm font-semibold">NetBird</span>
        <span className="truncate text-xs text-muted-foreground">Routing Console</span>
      </div>
    </div>
  );
}
