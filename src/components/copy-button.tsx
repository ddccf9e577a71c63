import { CheckIcon, CopyIcon, XIcon } from 'lucide-react';
import { useEffect, useState } from 'react';
import { cn } from '@/lib/cn';
import { Button } from './ui/button';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * CopyButton: copies a value (IP, id, key) to the clipboard and says so. The clipboard API needs a
 * secure context; on plain http it fails, and the button says that instead of pretending.
 */
export function CopyButton({ value, label, className }: { value: string; label: string; className?: string }) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const t = setTimeout(() => setState('idle'), 1500);
    return () => clearTimeout(t);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  const Icon = state === 'copied' ? CheckIcon : state === 'failed' ? XIcon : CopyIcon;
  const status = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : '';
  return (
    <>
      <Button variant="ghost" size="icon-xs" className={cn('text-muted-foreground', className)} aria-label={label} title={label} onClick={() => void copy()}>
        <Icon aria-hidden="true" className={cn(state === 'copied' && 'text-success', state === 'failed' && 'text-destructive')} />
      </Button>
      <span role="status" className="sr-only">
        {status}
      </span>
    </>
  );
}
