import { cva, type VariantProps } from 'class-variance-authority';
import { Slot } from 'radix-ui';
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

/**
 * badgeVariants: colour (`variant`) and box (`size`) are separate axes, and padding, text size and
 * icon size live only in `size`, so a caller never restyles a badge by fighting its defaults in
 * `className` (cn() joins classes; it does not resolve conflicts).
 */
export const badgeVariants = cva('inline-flex items-center gap-1 whitespace-nowrap rounded-md border font-medium transition-colors [&_svg]:shrink-0', {
  variants: {
    variant: {
      default: 'border-transparent bg-primary text-primary-foreground',
      secondary: 'border-transparent bg-secondary text-secondary-foreground',
      outline: 'border-border text-foreground',
      /** muted: an outline badge for an off state ("Disabled") that should not draw the eye. */
      muted: 'border-border text-muted-foreground',
      success: 'border-success/30 bg-success/10 text-success',
      warning: 'border-warning/40 bg-warning/15 text-foreground',
      destructive: 'border-destructive/30 bg-destructive/10 text-destructive',
      info: 'border-info/30 bg-info/10 text-info',
    },
    size: {
      default: 'px-2 py-0.5 text-xs [&_svg]:size-3',
      /** md: a little more room, for a badge that is also a link (the API target in the header). */
      md: 'px-2.5 py-1 text-xs [&_svg]:size-3',
      /** lg: a headline state, e.g. the trace verdict. */
      lg: 'px-2.5 py-1 text-sm [&_svg]:size-4',
      /** code: a value read character by character (a port, a DNS answer). */
      code: 'px-2 py-0.5 font-mono text-sm [&_svg]:size-3',
      /** removable: a chip whose last child is a small remove button, hence the tight right edge. */
      removable: 'py-1 pl-2 pr-1 text-xs [&_svg]:size-3',
    },
  },
  defaultVariants: { variant: 'secondary', size: 'default' },
});

export type BadgeProps = ComponentProps<'span'> & VariantProps<typeof badgeVariants> & { asChild?: boolean };

/** Badge: a short label (type, state, group name). `asChild` lets a link carry the badge look. */
export function Badge({ className, variant, size, asChild = false, ...props }: BadgeProps) {
  const Comp = asChild ? Slot.Root : 'span';
  return <Comp className={cn(badgeVariants({ variant, size }), className)} {...props} />;
}
