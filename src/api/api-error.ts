/**
 * ApiError: every failure of a management API call, whichever target answered it.
 * `kind` separates what the admin must fix differently: a 401 (token), an unreachable host
 * (URL, CORS, server down), a server that answered with something we cannot read.
 */
export type ApiErrorKind = 'http' | 'network' | 'invalid-response' | 'timeout';

export class ApiError extends Error {
  readonly status: number;
  readonly kind: ApiErrorKind;
  readonly serverMessage: string;
  readonly path: string;

  constructor(opts: { status: number; kind: ApiErrorKind; serverMessage: string; path: string }) {
    super(describeApiError(opts));
    this.name = 'ApiError';
    this.status = opts.status;
    this.kind = opts.kind;
    this.serverMessage = opts.serverMessage;
    this.path = opts.path;
  }
}

function describeApiError(opts: { status: number; kind: ApiErrorKind; serverMessage: string }): string {
  switch (opts.kind) {
    case 'network':
      return `The management API could not be reached: ${opts.serverMessage}`;
    case 'timeout':
      return `The management API did not answer in time: ${opts.serverMessage}`;
    case 'invalid-response':
      return `The management API answered with data the console cannot read: ${opts.serverMessage}`;
    case 'http':
      if (opts.status === 401) return `Unauthorized (401): ${opts.serverMessage || 'the personal access token is missing, wrong or expired.'}`;
      if (opts.status === 403) return `Forbidden (403): ${opts.serverMessage || 'this token may not do that.'}`;
      return opts.serverMessage || `The management API answered HTTP ${opts.status}.`;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}
