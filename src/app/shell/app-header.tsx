import { MenuIcon } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useTargetSettings } from '@/components/target-settings';
import { ThemeSwitch } from '../theme/theme-switch';
import { TargetIndicator } from './target-indicator';

// The side sheet (a dialog) loads when first opened: most admins use a wide screen, and the
// landing page stays light (issue 8's first-load budget).
const loadMobileNav = () => import('./mobile-nav');
const MobileNav = lazy(loadMobileNav);

/** AppHeader: the target in use, the theme switch, and on small screens the menu that opens the nav. */
export function AppHeader() {
  const { target } = useTargetSettings();
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b bg-background/85 px-4 backdrop-blur md:px-8">
      <Button
        variant="ghost"
        size="icon"
        className="md:hidden"
        aria-label="Open navigation"
        aria-haspopup="dialog"
        onPointerEnter={() => void loadMobileNav()}
        onFocus={() => void loadMobileNav()}
        onClick={() => setMenuOpen(true)}
      >
        <MenuIcon aria-hidden="true" />
      </Button>
      {menuOpen ? (
        <Suspense fallback={null}>
          <MobileNav onClose={() => setMenuOpen(false)} />
        </Suspense>
      ) : null}
      <div className="ml-auto flex items-center gap-2">
        <TargetIndicator target={target} />
        <ThemeSwitch />
      </div>
    </header>
  );
}
