import { NavLink } from '@/lib/router';
import { cn } from '@/lib/cn';
import { footerNavItems, navItems, type NavItem } from '../nav-items';
import { Brand } from './brand';

function NavList({ items, onNavigate }: { items: readonly NavItem[]; onNavigate?: (() => void) | undefined }) {
  return (
    <ul className="flex flex-col gap-0.5">
      {items.map(({ label, to, icon: Icon }) => (
        <li key={to}>
          <NavLink
            to={to}
            onClick={onNavigate}
            className={({ isActive }) =>
              cn(
                'flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm font-medium transition-colors hover:bg-accent hover:text-foreground',
                isActive ? 'bg-accent text-foreground' : 'text-muted-foreground',
              )
            }
          >
            <Icon className="size-4 shrink-0" aria-hidden="true" />
            {label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

/** SidebarNav: brand, the areas, and Settings at the bottom. NavLink marks the current area with aria-current. */
export function SidebarNav({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <div className="flex h-full flex-col gap-6 px-3 py-4">
      <Brand />
      <nav aria-label="Main" className="flex flex-1 flex-col justify-between gap-6">
        <NavList items={navItems} onNavigate={onNavigate} />
        <NavList items={footerNavItems} onNavigate={onNavigate} />
      </nav>
    </div>
  );
}
