import { LaptopIcon, MoonIcon, SunIcon } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useThemePreference } from './theme-store';

const LABELS = { light: 'Light', dark: 'Dark', system: 'System' } as const;

// The menu (Radix's dropdown with its positioning code) loads on the first approach of the
// button, not with the landing page (issue 8's first-load budget); once loaded it stays.
const loadMenu = () => import('./theme-menu');
const ThemeMenu = lazy(loadMenu);

/** ThemeSwitch: light / dark / system, a radio menu in the header. */
export function ThemeSwitch() {
  const preference = useThemePreference();
  const [wanted, setWanted] = useState(false);
  const Icon = preference === 'light' ? SunIcon : preference === 'dark' ? MoonIcon : LaptopIcon;
  const label = `Theme: ${LABELS[preference]}`;
  const plain = (
    <Button variant="ghost" size="icon" aria-label={label} aria-haspopup="menu" onPointerEnter={() => void loadMenu()} onFocus={() => void loadMenu()} onClick={() => setWanted(true)}>
      <Icon aria-hidden="true" />
    </Button>
  );
  if (!wanted) return plain;
  return (
    <Suspense fallback={plain}>
      <ThemeMenu
        trigger={
          <Button variant="ghost" size="icon" aria-label={label}>
            <Icon aria-hidden="true" />
          </Button>
        }
      />
    </Suspense>
  );
}
