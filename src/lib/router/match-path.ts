import { parse } from 'regexparam';

/**
 * matchPath: the parameters of `pattern` ("/networks/:networkId") in `pathname`, percent-decoded,
 * or null when it does not match. The same patterns RouteSwitch renders, for code outside React
 * (starting a page's queries at navigation time).
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const { keys, pattern: regex } = parse(pattern);
  const found = regex.exec(pathname);
  if (!found) return null;
  const params: Record<string, string> = {};
  keys.forEach((key, i) => {
    const value = found[i + 1];
    if (value !== undefined) params[key] = decodeParam(value);
  });
  return params;
}

/** decodeParam: an id put in a path with encodeURIComponent, back as it was (kept as is if malformed). */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * rankRoutes: routes in matching order: at the first segment where two patterns differ, a fixed
 * segment ranks before a parameter ("/policies/new" before "/policies/:policyId"); otherwise the
 * given order is kept.
 */
export function rankRoutes<T extends { path: string }>(routes: readonly T[]): T[] {
  const kinds = (path: string) => path.split('/').filter(Boolean).map((s) => (s.startsWith(':') ? 1 : 0));
  return routes
    .map((route, order) => ({ route, order, kinds: kinds(route.path) }))
    .sort((a, b) => {
      for (let i = 0; i < Math.min(a.kinds.length, b.kinds.length); i++) {
        const d = (a.kinds[i] ?? 0) - (b.kinds[i] ?? 0);
        if (d !== 0) return d;
      }
      return a.order - b.order;
    })
    .map((r) => r.route);
}
