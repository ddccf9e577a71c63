import { isApiError } from '@/api';

/**
 * ErrorExplanation: what went wrong, said for an admin who must fix it. `fixInSettings` is true
 * when the cure is in Settings (token, URL, CORS), so the error view can link there.
 */
export interface ErrorExplanation {
  title: string;
  detail: string;
  /** The server's own words or the browser's error, for a bug report; never contains the token. */
  technical?: string | undefined;
  fixInSettings: boolean;
}

/**
 * explainApiError: one wording for every failure, so the list pages, detail pages and Settings'
 * "Test connection" say the same thing about the same problem.
 */
export function explainApiError(error: unknown): ErrorExplanation {
  if (!isApiError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return { title: 'Something went wrong', detail: message, fixInSettings: false };
  }
  switch (error.kind) {
    case 'network':
      return {
        title: 'The management API could not be reached',
        detail:
          'The host could not be reached. Check the URL, that the server is running, and that it allows requests from this page’s origin (CORS).',
        technical: error.serverMessage,
        fixInSettings: true,
      };
    case 'timeout':
      return {
        title: 'The management API did not answer in time',
        detail: 'The server may be overloaded or the URL may point at something that never answers.',
        technical: error.serverMessage,
        fixInSettings: true,
      };
    case 'invalid-response':
      return {
        title: 'The answer could not be read',
        detail: 'The server answered with data that is not what a NetBird management API sends. Check that the URL points at the management API.',
        technical: error.serverMessage,
        fixInSettings: true,
      };
    case 'http':
      return explainHttp(error.status, error.serverMessage);
  }
}

function explainHttp(status: number, serverMessage: string): ErrorExplanation {
  const technical = serverMessage || undefined;
  if (status === 401) {
    return {
      title: 'The token was refused',
      detail: 'The management API answered 401: the personal access token is missing, wrong or expired. Enter a valid token in Settings.',
      technical,
      fixInSettings: true,
    };
  }
  if (status === 403) {
    return {
      title: 'Not allowed',
      detail: 'The management API answered 403: the user behind this token may not see or change this.',
      technical,
      fixInSettings: true,
    };
  }
  if (status === 404) {
    return {
      title: 'Not found',
      detail: 'It does not exist (any more): it may have been deleted, or the link is wrong.',
      technical,
      fixInSettings: false,
    };
  }
  return {
    title: `The request failed (HTTP ${status})`,
    detail: serverMessage || `The management API answered HTTP ${status} without a message.`,
    fixInSettings: false,
  };
}
