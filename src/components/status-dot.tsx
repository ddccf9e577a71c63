import { cn } from '@/lib/cn';

/**
 * StatusDot: connected or not, by colour AND by word, so the state does not depend on seeing colour.
 * `hideLabel` keeps the word for screen readers only, for dense tables.
 */
export function StatusDot({ connected, hideLabel = false, className }: { connected: boolean; hideLabel?: boolean; className?: string }) {
  const text = connected ? 'Connected' : 'Disconnected';
  return (
    <span className={cn('inline-flex items-center gap-2 text-sm', className)}>
      <span aria-hidden="true" className={cn('size-2 shrink-0 rounded-full', connected ? 'bg-success ring-2 ring-success/20' : 'bg-muted-foreground/50')} />
      <span className={cn(hideLabel && 'sr-only', !connected && 'text-muted-foreground')}>{text}</span>
    </span>
  );
}
