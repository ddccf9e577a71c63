import { Component, type ReactNode } from 'react';
import { Link } from '@/lib/router';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/**
 * RouteError: the last line of defence when a page fails to load (e.g. its code chunk is gone after
 * a deploy) or crashes while rendering. It says what happened and offers a reload.
 */
export function RouteError({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : 'Unknown error';
  return (
    <div className="mx-auto flex min-h-full max-w-xl flex-col justify-center gap-4 p-8">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <Alert variant="error">
        <AlertTitle>This page could not be shown</AlertTitle>
        <AlertDescription>
          <p className="break-words font-mono text-xs">{message}</p>
        </AlertDescription>
      </Alert>
      <div className="flex gap-2">
        <Button onClick={() => window.location.reload()}>Reload</Button>
        <Button variant="outline" asChild>
          <Link to="/networks">Go to Networks</Link>
        </Button>
      </div>
    </div>
  );
}

/**
 * RouteErrorBoundary: catches what a page throws (render errors, a page chunk that fails to load) and
 * shows RouteError, until `resetKey` (the pathname) changes. Not remounted per page: a new boundary
 * would also mean a new Suspense boundary, which shows its fallback instead of keeping the current page.
 */
export class RouteErrorBoundary extends Component<{ resetKey: string; children: ReactNode }, { caught: { error: unknown } | null; resetKey: string }> {
  override state: { caught: { error: unknown } | null; resetKey: string } = { caught: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { caught: { error } };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { caught: { error: unknown } | null; resetKey: string }) {
    return props.resetKey === state.resetKey ? null : { caught: null, resetKey: props.resetKey };
  }

  override render() {
    return this.state.caught === null ? this.props.children : <RouteError error={this.state.caught.error} />;
  }
}
