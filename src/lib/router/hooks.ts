import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useParams as useRouteParams } from 'wouter';
import { browserHistory } from './browser-history';
import { decodeParam } from './match-path';
import { useRouterState } from './router-root';
import type { AppLocation, NavigateOptions, NavigationAction, Transition } from './history-store';

/** useLocation: the rendered location (pathname, search, hash, the state a page passed, entry key). */
export function useLocation(): AppLocation {
  return useRouterState().location;
}

/** useNavigationAction: how the rendered location was reached (POP = back/forward or first load). */
export function useNavigationAction(): NavigationAction {
  return useRouterState().action;
}

/** useNavigationPending: a navigation is being rendered (the next page's code is on its way). */
export function useNavigationPending(): boolean {
  return useRouterState().pending;
}

export type NavigateFunction = (to: string, options?: NavigateOptions) => Promise<void>;

/** navigate: outside React (e.g. after a mutation settles in a callback). Resolves once the location changed or was held. */
export const navigate: NavigateFunction = (to, options) => {
  browserHistory().navigate(to, options);
  return Promise.resolve();
};

/** useNavigate: the navigate function (stable). */
export function useNavigate(): NavigateFunction {
  return navigate;
}

/**
 * useParams: the matched route's path parameters, percent-decoded (ids are put in paths with
 * encodeURIComponent). Positional captures the matcher also reports are left out.
 */
export function useParams(): Readonly<Record<string, string | undefined>> {
  const raw = useRouteParams() as Record<string, string | undefined>;
  return useMemo(() => {
    const params: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(raw)) {
      if (/^\d+$/.test(name)) continue;
      params[name] = value === undefined ? undefined : decodeParam(value);
    }
    return params;
  }, [raw]);
}

export type SearchParamsInit = URLSearchParams | string | Record<string, string>;
export type SetSearchParams = (next: SearchParamsInit | ((prev: URLSearchParams) => SearchParamsInit), options?: NavigateOptions) => void;

/** useSearchParams: the query string, and a setter that navigates to the same path with a new one. */
export function useSearchParams(): [URLSearchParams, SetSearchParams] {
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const set = useCallback<SetSearchParams>((next, options) => {
    const current = browserHistory().getLocation();
    const init = typeof next === 'function' ? next(new URLSearchParams(current.search)) : next;
    const text = new URLSearchParams(init).toString();
    browserHistory().navigate(current.pathname + (text ? `?${text}` : ''), options);
  }, []);
  return [params, set];
}

export type BlockerFunction = (transition: Transition) => boolean;

/** Blocker: what useBlocker reports; while `blocked`, the held navigation runs on `proceed` or is dropped on `reset`. */
export type Blocker =
  | { state: 'unblocked'; location: undefined; proceed: undefined; reset: undefined }
  | { state: 'blocked'; location: AppLocation; proceed: () => void; reset: () => void };

const UNBLOCKED: Blocker = { state: 'unblocked', location: undefined, proceed: undefined, reset: undefined };

/**
 * useBlocker: holds navigations `shouldBlock` says no to (links, navigate calls, back/forward) until
 * the page asks the admin. Registered while the component is mounted.
 */
export function useBlocker(shouldBlock: BlockerFunction): Blocker {
  const [blocker, setBlocker] = useState<Blocker>(UNBLOCKED);
  const decide = useRef(shouldBlock);
  useLayoutEffect(() => {
    decide.current = shouldBlock;
  });
  useEffect(
    () =>
      browserHistory().block({
        shouldBlock: (transition) => decide.current(transition),
        onBlocked: (location, retry) =>
          setBlocker({
            state: 'blocked',
            location,
            proceed: () => {
              setBlocker(UNBLOCKED);
              retry();
            },
            reset: () => setBlocker(UNBLOCKED),
          }),
      }),
    [decide],
  );
  return blocker;
}
