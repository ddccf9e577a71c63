/**
 * The console's Content-Security-Policy (issue 9). No inline script and no eval anywhere: scripts
 * come only from our own origin, so data from the account can never run even if a component
 * rendered it as markup by mistake. Styles allow 'unsafe-inline' because dialog primitives set
 * inline style elements for scroll locking; that cannot run code. `connect-src` allows any http(s)
 * origin because Settings can point the console at any NetBird management URL the admin runs.
 * The production build carries it as a <meta> tag (static hosting needs no header setup) and
 * `vite preview` also sends it as a header (frame-ancestors only works there).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' http: https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Only meaningful as a header: browsers ignore frame-ancestors in a <meta> policy. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
