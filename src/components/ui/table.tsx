import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

/** Table primitives: real <table> semantics (screen readers and tests find rows and cells by role). */
export function Table({ className, ...props }: ComponentProps<'table'>) {
  return <table className={cn('w-full caption-bottom border-collapse text-sm', className)} {...props} />;
}

export function TableHeader({ className, ...props }: ComponentProps<'thead'>) {
  return <thead className={cn('[&_tr]:border-b', className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<'tbody'>) {
  return <tbody className={cn('[&_tr:last-child]:border-0', className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<'tr'>) {
  return <tr className={cn('border-b transition-colors data-[state=selected]:bg-muted', className)} {...props} />;
}

/** TableHead: `align="right"` for numeric columns (a prop because cn() does not resolve a `text-right` override). */
export function TableHead({ className, align = 'left', ...props }: Omit<ComponentProps<'th'>, 'align'> & { align?: 'left' | 'right' }) {
  return (
    <th
      className={cn(
        'h-10 whitespace-nowrap bg-muted/50 px-3 align-middle text-xs font-medium uppercase tracking-wide text-muted-foreground',
        align === 'left' ? 'text-left' : 'text-right',
        className,
      )}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: ComponentProps<'td'>) {
  return <td className={cn('px-3 py-2.5 align-middle', className)} {...props} />;
}

export function TableCaption({ className, ...props }: ComponentProps<'caption'>) {
  return <caption className={cn('mt-3 text-sm text-muted-foreground', className)} {...props} />;
}
