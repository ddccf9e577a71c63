import { useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationAction } from '@/lib/router';

/**
 * useScrollToTopOnNavigate: a link to another page opens it at the top; back/forward keeps the
 * browser's own scroll restoration, and a query-string change (a filter, a tab) does not scroll.
 */
export function useScrollToTopOnNavigate(): void {
  const { pathname } = useLocation();
  const action = useNavigationAction();
  const previous = useRef(pathname);
  useLayoutEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (action !== 'POP') window.scrollTo(0, 0);
  }, [pathname, action]);
}
