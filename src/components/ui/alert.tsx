import { cva, type VariantProps } from 'class-variance-authority';
import { CircleAlertIcon, CircleCheckIcon, InfoIcon, TriangleAlertIcon, type LucideIcon } from 'lucide-react';
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

const alertVariants = cva('relative flex w-full gap-3 rounded-lg border px-4 py-3 text-sm [&>svg]:mt-0.5 [&>svg]:size-4 [&>svg]:shrink-0', {
  variants: {
    variant: {
      info: 'border-info/30 bg-info/5 [&>svg]:text-info',
      warning: 'border-warning/50 bg-warning/10 [&>svg]:text-warning',
      error: 'border-destructive/40 bg-destructive/5 [&>svg]:text-destructive',
      success: 'border-success/40 bg-success/5 [&>svg]:text-success',
    },
  },
  defaultVariants: { variant: 'info' },
});

type AlertVariant = NonNullable<VariantProps<typeof alertVariants>['variant']>;

const ICONS: Record<AlertVariant, LucideIcon> = {
  info: InfoIcon,
  warning: TriangleAlertIcon,
  error: CircleAlertIcon,
  success: CircleCheckIcon,
};

/**
 * Alert: a message box. Errors and warnings get role="alert" so screen readers announce them when
 * they appear; info and success are polite status messages.
 */
export function Alert({ className, variant = 'info', children, ...props }: ComponentProps<'div'> & VariantProps<typeof alertVariants>) {
  const v: AlertVariant = variant ?? 'info';
  const Icon = ICONS[v];
  const role = v === 'error' || v === 'warning' ? 'alert' : 'status';
  return (
    <div role={role} className={cn(alertVariants({ variant: v }), className)} {...props}>
      <Icon aria-hidden="true" />
      <div className="flex min-w-0 flex-1 flex-col gap-1">{children}</div>
    </div>
  );
}

/** AlertTitle: `size="lg"` for an alert that is the headline of its page (a prop: cn() does not resolve a text-size override). */
export function AlertTitle({ className, size = 'default', ...props }: ComponentProps<'p'> & { size?: 'default' | 'lg' }) {
  return <p className={cn(size === 'default' ? 'font-medium leading-tight' : 'text-base font-semibold', className)} {...props} />;
}

export function AlertDescription({ className, ...props }: ComponentProps<'div'>) {
  return <div className={cn('text-muted-foreground [&_p]:leading-relaxed', className)} {...props} />;
}
