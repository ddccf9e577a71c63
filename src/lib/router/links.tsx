import { useEffect, type AnchorHTMLAttributes, type MouseEvent, type ReactNode, type Ref } from 'react';
import { browserHistory } from './browser-history';
import { useLocation } from './hooks';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** An absolute path ("/networks/n1?tab=x"), or a path relative to the current one. */
  to: string;
  replace?: boolean | undefined;
  /** Passed to the next page (`useLocation().state`), e.g. a "saved" notice. */
  state?: unknown;
  ref?: Ref<HTMLAnchorElement> | undefined;
}

/** A click the page should handle: plain left click, no modifier, no other window asked for. */
function isPlainClick(event: MouseEvent<HTMLAnchorElement>, target: string | undefined): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.altKey && !event.shiftKey && (target === undefined || target === '_self');
}

/** Link: an anchor with a real href (open in a new tab works) whose plain clicks navigate in the page. */
export function Link({ to, replace, state, onClick, target, ref, ...anchor }: LinkProps) {
  return (
    <a
      {...anchor}
      ref={ref}
      target={target}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (!isPlainClick(event, target)) return;
        event.preventDefault();
        browserHistory().navigate(to, { replace, state });
      }}
    />
  );
}

export interface NavLinkProps extends Omit<LinkProps, 'className' | 'children'> {
  className?: string | ((status: { isActive: boolean }) => string) | undefined;
  children?: ReactNode;
}

/** isActivePath: the link's page or any page below it is current ("/networks" is active on "/networks/n1"). */
export function isActivePath(to: string, pathname: string): boolean {
  const path = to.split(/[?#]/)[0] ?? to;
  return pathname === path || pathname.startsWith(path.endsWith('/') ? path : `${path}/`);
}

/** NavLink: a Link that knows whether it is current: aria-current="page" and an `isActive` class. */
export function NavLink({ className, ...link }: NavLinkProps) {
  const { pathname } = useLocation();
  const isActive = isActivePath(link.to, pathname);
  return <Link {...link} aria-current={isActive ? 'page' : undefined} className={typeof className === 'function' ? className({ isActive }) : className} />;
}

/** Navigate: sends the admin elsewhere as soon as it renders (e.g. "/" → "/networks"). */
export function Navigate({ to, replace, state }: { to: string; replace?: boolean; state?: unknown }) {
  useEffect(() => {
    browserHistory().navigate(to, { replace, state });
  }, [to, replace, state]);
  return null;
}
