import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from '@/lib/router';

/** URL_WRITE_DELAY_MS: the URL follows the state once typing pauses, not on every key. */
const URL_WRITE_DELAY_MS = 300;

/**
 * useUrlState: page state that lives in the query string (so a view is a link), held in React
 * state so typing is never held up by a navigation: every navigation re-renders the page from the
 * URL, and a text field bound to the URL directly would re-render the whole page per key. The URL is replaced (not pushed) once changes pause; a URL the page did not write
 * itself (a link, back/forward) replaces the state. `write` must give equal text for equal states.
 */
export function useUrlState<T>(read: (params: URLSearchParams) => T, write: (state: T) => URLSearchParams): [T, (update: (prev: T) => T) => void] {
  const [params, setParams] = useSearchParams();
  const urlSearch = write(read(params)).toString();
  const [state, setState] = useState(() => read(params));
  const written = useRef(new Set([urlSearch]));

  useEffect(() => {
    if (written.current.has(urlSearch)) return;
    written.current = new Set([urlSearch]);
    setState(read(new URLSearchParams(urlSearch)));
    // `read` is a pure function of the URL; only a new URL matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [urlSearch]);

  const search = write(state).toString();
  useEffect(() => {
    if (search === urlSearch) return;
    const timer = setTimeout(() => {
      written.current.add(search);
      setParams(new URLSearchParams(search), { replace: true });
    }, URL_WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, urlSearch, setParams]);

  const update = useCallback((fn: (prev: T) => T) => setState(fn), []);
  return [state, update];
}
