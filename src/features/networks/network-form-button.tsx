import { lazy, Suspense, useState, type ReactElement } from 'react';
import type { Network } from '@/api';
import { Slot } from 'radix-ui';

const loadDialog = () => import('./network-form-dialog');
const NetworkFormDialog = lazy(loadDialog);

/**
 * NetworkFormButton: the button that opens the network form. The dialog and its form libraries
 * (react-hook-form, zod's resolver, the validation rules) download on the first pointer or
 * keyboard approach, not with the Networks page, which is the console's landing page and is kept
 * light (issue 8's first-load budget).
 */
export function NetworkFormButton({ network, children }: { network?: Network; children: ReactElement }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Slot.Root onClick={() => setOpen(true)} onPointerEnter={() => void loadDialog()} onFocus={() => void loadDialog()} aria-haspopup="dialog">
        {children}
      </Slot.Root>
      {open ? (
        <Suspense fallback={null}>
          <NetworkFormDialog network={network} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
