import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import type { ConnectionResult } from './test-connection';

/** ConnectionResultAlert: the outcome of "Test connection", in words an admin can act on. */
export function ConnectionResultAlert({ result }: { result: ConnectionResult }) {
  switch (result.kind) {
    case 'ok':
      return (
        <Alert variant="success">
          <AlertTitle>Connected</AlertTitle>
          <AlertDescription>
            <p>
              Account <span className="font-mono text-xs">{result.accountId}</span>
              {result.domain ? <> ({result.domain})</> : null}. Save to use this server.
            </p>
          </AlertDescription>
        </Alert>
      );
    case 'no-account':
      return (
        <Alert variant="warning">
          <AlertTitle>Connected, but no account</AlertTitle>
          <AlertDescription>
            <p>The server answered with an empty account list. Check that the token belongs to a user of an account.</p>
          </AlertDescription>
        </Alert>
      );
    case 'failed':
      return (
        <Alert variant="error">
          <AlertTitle>{result.explanation.title}</AlertTitle>
          <AlertDescription>
            <p>{result.explanation.detail}</p>
            {result.explanation.technical ? <p className="mt-1 break-words font-mono text-xs">{result.explanation.technical}</p> : null}
          </AlertDescription>
        </Alert>
      );
  }
}
