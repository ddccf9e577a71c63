import { Link, useLocation } from '@/lib/router';
import { EmptyState } from '@/components/query-state';
import { PageHeader } from '@/components/page-header';
import { Button } from '@/components/ui/button';

/** NotFoundPage: a URL that matches no page (a typo, or an area this version does not have). */
export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title="Page not found" description="The console has no page at this address." />
      <EmptyState
        title={pathname}
        message="Check the address, or go back to the networks of this account."
        action={
          <Button asChild>
            <Link to="/networks">Go to Networks</Link>
          </Button>
        }
      />
    </>
  );
}
