import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

/** Card: a bordered surface that groups one topic of a page. */
export function Card({ className, ...props }: ComponentProps<'section'>) {
  return <section className={cn('rounded-lg border bg-card text-card-foreground shadow-xs', className)} {...props} />;
}

/**
 * CardHeader: title and description stacked, or (`layout="row"`) side by side with actions; a row
 * wraps, and its caller chooses the alignment and gap. Layout is a prop, not a `className` override,
 * because cn() joins classes and does not resolve conflicts.
 */
export function CardHeader({ className, layout = 'stack', ...props }: ComponentProps<'div'> & { layout?: 'stack' | 'row' }) {
  return <div className={cn('flex border-b px-5 py-4', layout === 'stack' ? 'flex-col gap-1' : 'flex-row flex-wrap', className)} {...props} />;
}

export function CardTitle({ className, ...props }: ComponentProps<'h2'>) {
  return <h2 className={cn('text-base font-semibold leading-tight', className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentProps<'p'>) {
  return <p className={cn('text-sm text-muted-foreground', className)} {...props} />;
}

/** CardContent: padded by default; `padding="none"` when the content brings its own (a full-bleed table, rows with their own padding). */
export function CardContent({ className, padding = 'default', ...props }: ComponentProps<'div'> & { padding?: 'default' | 'none' }) {
  return <div className={cn(padding === 'default' && 'px-5 py-4', className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentProps<'div'>) {
  return <div className={cn('flex items-center gap-2 border-t px-5 py-3', className)} {...props} />;
}
