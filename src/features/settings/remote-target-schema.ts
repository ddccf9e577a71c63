import { z } from 'zod';

/**
 * normalizeManagementUrl: the base URL the API client wants: scheme, host, port and any path
 * prefix, with no trailing slash and no `/api` (people paste `https://nb.example.com/api/` from
 * docs; the client adds `/api/...` itself). Query and fragment are dropped. Returns null when the
 * text is not an http(s) URL.
 */
export function normalizeManagementUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  let path = url.pathname.replace(/\/+$/, '');
  if (/\/api$/i.test(path)) path = path.slice(0, -4).replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${path}`;
}

/** remoteTargetSchema: the "NetBird management API" form of Settings. */
export const remoteTargetSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, 'Enter the URL of the management API.')
    .transform((value, ctx) => {
      const normalized = normalizeManagementUrl(value);
      if (normalized === null) {
        ctx.addIssue({ code: 'custom', message: 'Enter an http:// or https:// URL, e.g. https://netbird.example.com' });
        return z.NEVER;
      }
      return normalized;
    }),
  token: z.string().trim().min(1, 'Enter a personal access token.'),
  remember: z.boolean(),
});

export type RemoteTargetInput = z.input<typeof remoteTargetSchema>;
export type RemoteTargetValues = z.output<typeof remoteTargetSchema>;
