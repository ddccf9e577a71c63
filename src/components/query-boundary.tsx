import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { useLocation } from '@/lib/router';
import { PageHeader, type Crumb } from './page-header';
import { ErrorState, LoadingState } from './query-state';

interface BoundaryProps {
  onReset: () => void;
  header: ReactNode;
  children: ReactNode;
}

interface BoundaryState {
  error: unknown;
  failed: boolean;
}

/** ErrorBoundary: React still needs a class for this; it shows ErrorState and retries on request. */
class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error, failed: true };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // The error is rendered for the user; nothing is logged (a logged request could carry secrets).
  }

  retry = () => {
    this.props.onReset();
    this.setState({ error: null, failed: false });
  };

  override render() {
    if (this.state.failed) {
      return (
        <>
          {this.props.header}
          <ErrorState error={this.state.error} onRetry={this.retry} />
        </>
      );
    }
    return this.props.children;
  }
}

/**
 * QueryBoundary: wrap content that reads with `useSuspenseQuery`. It shows `loading` while data
 * comes, ErrorState (with Retry that refetches) when it fails, and starts over on navigation, so
 * the content itself only ever sees data. Detail pages, whose heading comes from the data, pass
 * `title` (and `breadcrumbs`) so the page keeps its <h1> while loading or failed.
 */
export function QueryBoundary({
  children,
  loading,
  title,
  breadcrumbs,
}: {
  children: ReactNode;
  loading?: ReactNode;
  title?: string;
  breadcrumbs?: readonly Crumb[];
}) {
  const { pathname } = useLocation();
  const header = title ? <PageHeader title={title} breadcrumbs={breadcrumbs} /> : null;
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary key={pathname} onReset={reset} header={header}>
          <Suspense
            fallback={
              <>
                {header}
                {loading ?? <LoadingState />}
              </>
            }
          >
            {children}
          </Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
