import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from '@/lib/router';
import { readTraceInputs, traceSearch, type TraceInputs } from './trace-inputs';

/** URL_WRITE_DELAY_MS: the URL follows the form once typing pauses, not on every key. */
const URL_WRITE_DELAY_MS = 300;

/**
 * useTraceInputs: the form's inputs, kept in React state so typing is never held up by a
 * navigation, and mirrored into the query string (replaced, not pushed) so the address bar is
 * always a link to the trace on screen. A URL the page did not write itself (a link to another
 * trace, back/forward) replaces the inputs.
 */
export function useTraceInputs(): [TraceInputs, (patch: Partial<TraceInputs>) => void] {
  const [params, setParams] = useSearchParams();
  const urlSearch = traceSearch(readTraceInputs(params));
  const [inputs, setInputs] = useState(() => readTraceInputs(params));
  const written = useRef(new Set([urlSearch]));

  useEffect(() => {
    if (written.current.has(urlSearch)) return;
    written.current = new Set([urlSearch]);
    setInputs(readTraceInputs(new URLSearchParams(urlSearch)));
  }, [urlSearch]);

  const search = traceSearch(inputs);
  useEffect(() => {
    if (search === urlSearch) return;
    const timer = setTimeout(() => {
      written.current.add(search);
      setParams(new URLSearchParams(search), { replace: true });
    }, URL_WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, urlSearch, setParams]);

  const update = useCallback((patch: Partial<TraceInputs>) => setInputs((prev) => ({ ...prev, ...patch })), []);
  return [inputs, update];
}
