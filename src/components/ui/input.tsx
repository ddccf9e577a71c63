import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';
import { CONTROL_HEIGHT, type ControlSize } from './control-size';

export interface InputProps extends Omit<ComponentProps<'input'>, 'size'> {
  size?: ControlSize;
  /** false when the caller gives the field a width of its own in `className` (a port, a metric). */
  fullWidth?: boolean;
}

/** Input: a text field; `aria-invalid` turns the border red so errors are visible and announced. */
export function Input({ className, type = 'text', size = 'default', fullWidth = true, ...props }: InputProps) {
  return (
    <input
      type={type}
      className={cn(
        'flex min-w-0 rounded-md border border-input bg-card px-3 py-1 text-sm shadow-xs transition-colors placeholder:text-muted-foreground focus-visible:border-ring focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring/40 disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive aria-invalid:ring-destructive/20',
        CONTROL_HEIGHT[size],
        fullWidth && 'w-full',
        className,
      )}
      {...props}
    />
  );
}
