import { Label as LabelPrimitive } from 'radix-ui';
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

/** Label: `weight="normal"` for the options of a checkbox group, whose group name carries the emphasis. */
export function Label({ className, weight = 'medium', ...props }: ComponentProps<typeof LabelPrimitive.Root> & { weight?: 'medium' | 'normal' }) {
  return (
    <LabelPrimitive.Root
      className={cn(
        'flex select-none items-center gap-2 text-sm leading-none peer-disabled:cursor-not-allowed peer-disabled:opacity-50',
        weight === 'medium' ? 'font-medium' : 'font-normal',
        className,
      )}
      {...props}
    />
  );
}
