import { ChevronRightIcon } from 'lucide-react';
import { Fragment, type ReactNode } from 'react';
import { Link } from '@/lib/router';

export interface Crumb {
  label: string;
  to: string;
}

/**
 * PageHeader: every page's one <h1>, a sentence on what the page is for, its actions, and for
 * detail pages the trail back to the list (tests and screen readers find pages by this heading).
 */
export function PageHeader({
  title,
  description,
  actions,
  breadcrumbs,
  meta,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  breadcrumbs?: readonly Crumb[];
  /** Small badges next to the title (type, state). */
  meta?: ReactNode;
}) {
  return (
    <header className="mb-6 flex flex-col gap-3">
      {/* React 19 hoists <title> into <head>: the browser tab and history name the page. */}
      <title>{`${title} · NetBird Routing Console`}</title>
      {breadcrumbs && breadcrumbs.length > 0 ? (
        <nav aria-label="Breadcrumb">
          <ol className="flex flex-wrap items-center gap-1 text-sm text-muted-foreground">
            {breadcrumbs.map((c, i) => (
              <Fragment key={c.to}>
                {i > 0 ? <ChevronRightIcon className="size-3.5" aria-hidden="true" /> : null}
                <li>
                  <Link to={c.to} className="hover:text-foreground hover:underline">
                    {c.label}
                  </Link>
                </li>
              </Fragment>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex min-w-0 flex-col gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="truncate text-2xl font-semibold tracking-tight">{title}</h1>
            {meta}
          </div>
          {description ? <p className="max-w-3xl text-sm text-muted-foreground">{description}</p> : null}
        </div>
        {actions ? <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
    </header>
  );
}
