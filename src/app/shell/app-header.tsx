import { MenuIcon } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogTitle } from '@/components/ui/dialog';
import { useTargetSettings } from '@/components/target-settings';
import { ThemeSwitch } from '../theme/theme-switch';
import { SidebarNav } from './sidebar-nav';
import { TargetIndicator } from './target-indicator';

/** AppHeader: the target in use, the theme switch, and on small screens the menu that opens the nav. */
export function AppHeader() {
  const { target } = useTargetSettings();
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b bg-background/85 px-4 backdrop-blur md:px-8">
      <Button variant="ghost" size="icon" className="md:hidden" aria-label="Open navigation" onClick={() => setMenuOpen(true)}>
        <MenuIcon aria-hidden="true" />
      </Button>
      <Dialog open={menuOpen} onOpenChange={setMenuOpen}>
        <DialogContent className="left-0 top-0 h-full max-h-full w-72 max-w-72 translate-x-0 translate-y-0 rounded-none border-y-0 border-l-0 p-0">
          <DialogTitle className="sr-only">Navigation</DialogTitle>
          <DialogDescription className="sr-only">Areas of the console</DialogDescription>
          <SidebarNav onNavigate={() => setMenuOpen(false)} />
        </DialogContent>
      </Dialog>
      <div className="ml-auto flex items-center gap-2">
        <TargetIndicator target={target} />
        <ThemeSwitch />
      </div>
    </header>
  );
}
