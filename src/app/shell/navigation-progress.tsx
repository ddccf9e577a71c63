/** NavigationProgress: a thin bar while the next page's code loads, so a click never feels ignored. */
export function NavigationProgress() {
  return (
    <div role="progressbar" aria-label="Loading page" className="fixed inset-x-0 top-0 z-50 h-0.5 overflow-hidden bg-primary/20">
      <div className="h-full w-1/3 animate-pulse bg-primary" />
    </div>
  );
}
