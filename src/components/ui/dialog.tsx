import { XIcon } from 'lucide-react';
import { Dialog as DialogPrimitive } from 'radix-ui';
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

export function DialogOverlay({ className, ...props }: ComponentProps<typeof DialogPrimitive.Overlay>) {
  return <DialogPrimitive.Overlay className={cn('fixed inset-0 z-50 bg-black/50 backdrop-blur-[1px]', className)} {...props} />;
}

const PANEL = 'fixed z-50 grid gap-4 overflow-y-auto border bg-card text-card-foreground shadow-lg';
const CENTERED = 'left-1/2 top-1/2 max-h-[90vh] w-[calc(100%-2rem)] -translate-x-1/2 -translate-y-1/2 rounded-lg p-6';
const CENTERED_WIDTH = { lg: 'max-w-lg', xl: 'max-w-xl', '2xl': 'max-w-2xl' } as const;
const SHEET_LEFT = 'left-0 top-0 h-full max-h-full w-72 max-w-72 translate-x-0 translate-y-0 rounded-none border-y-0 border-l-0 p-0';

/** DialogPanel: portal, overlay, the content and its close button; the two shapes below only differ in placement. */
function DialogPanel({ className, children, ...props }: ComponentProps<typeof DialogPrimitive.Content>) {
  return (
    <DialogPrimitive.Portal>
      <DialogOverlay />
      <DialogPrimitive.Content className={className} {...props}>
        {children}
        <DialogPrimitive.Close className="absolute right-4 top-4 cursor-pointer rounded-sm opacity-70 transition-opacity hover:opacity-100">
          <XIcon className="size-4" aria-hidden="true" />
          <span className="sr-only">Close</span>
        </DialogPrimitive.Close>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

/**
 * DialogContent: a centred modal panel; Radix traps focus, closes on Escape and labels it by its
 * title. Wider content picks a `size` rather than overriding `max-w-*` in `className`, because cn()
 * joins classes and does not resolve conflicts.
 */
export function DialogContent({ className, size = 'lg', ...props }: ComponentProps<typeof DialogPrimitive.Content> & { size?: keyof typeof CENTERED_WIDTH }) {
  return <DialogPanel className={cn(PANEL, CENTERED, CENTERED_WIDTH[size], className)} {...props} />;
}

/** SheetContent: the same modal as a full-height panel along the left edge (the navigation on small screens). */
export function SheetContent({ className, ...props }: ComponentProps<typeof DialogPrimitive.Content>) {
  return <DialogPanel className={cn(PANEL, SHEET_LEFT, className)} {...props} />;
}

export function DialogHeader({ className, ...props }: ComponentProps<'div'>) {
  return <div className={cn('flex flex-col gap-1.5', className)} {...props} />;
}

export function DialogFooter({ className, ...props }: ComponentProps<'div'>) {
  return <div className={cn('flex flex-col-reverse gap-2 sm:flex-row sm:justify-end', className)} {...props} />;
}

export function DialogTitle({ className, ...props }: ComponentProps<typeof DialogPrimitive.Title>) {
  return <DialogPrimitive.Title className={cn('text-lg font-semibold leading-none', className)} {...props} />;
}

export function DialogDescription({ className, ...props }: ComponentProps<typeof DialogPrimitive.Description>) {
  return <DialogPrimitive.Description className={cn('text-sm text-muted-foreground', className)} {...props} />;
}
