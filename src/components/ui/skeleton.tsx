import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

/** Skeleton: a grey placeholder with the shape of content still loading. Hidden from screen readers. */
export function Skeleton({ className, ...props }: ComponentProps<'div'>) {
  return <div aria-hidden="true" className={cn('animate-pulse rounded-md bg-muted', className)} {...props} />;
}
