/** StartupFallback: shown for the instant the first page's code is loading. */
export function StartupFallback() {
  return (
    <div role="status" className="flex h-full items-center justify-center text-sm text-muted-foreground">
      Loading NetBird Routing Console…
    </div>
  );
}
