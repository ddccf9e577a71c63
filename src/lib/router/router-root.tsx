import { createContext, useContext, useEffect, useMemo, useState, useTransition, type ReactNode } from 'react';
import { browserHistory } from './browser-history';
import type { AppLocation, NavigationAction } from './history-store';

interface RenderedLocation {
  location: AppLocation;
  action: NavigationAction;
}

interface RouterState extends RenderedLocation {
  /** A navigation is being rendered (e.g. the next page's code is downloading); the current page stays meanwhile. */
  pending: boolean;
}

const RouterStateContext = createContext<RouterState | null>(null);

function latest(): RenderedLocation {
  const history = browserHistory();
  return { location: history.getLocation(), action: history.getAction() };
}

/**
 * RouterRoot: the location the pages render. Each navigation is rendered as a transition, so the
 * current page stays on screen (with a progress bar) until the next one can show, instead of the
 * page area going blank while its code downloads. The address bar changes at once.
 */
export function RouterRoot({ children }: { children: ReactNode }) {
  const [rendered, setRendered] = useState(latest);
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    const follow = () => startTransition(() => setRendered((prev) => (prev.location === browserHistory().getLocation() ? prev : latest())));
    follow(); // a navigation between the first render and this effect
    return browserHistory().subscribe(follow);
  }, []);
  const value = useMemo(() => ({ ...rendered, pending }), [rendered, pending]);
  return <RouterStateContext value={value}>{children}</RouterStateContext>;
}

/** useRouterState: the rendered location, how it was reached, and whether a navigation is on its way. */
export function useRouterState(): RouterState {
  const state = useContext(RouterStateContext);
  if (state === null) throw new Error('Routing hooks need a <RouterRoot> above them.');
  return state;
}
