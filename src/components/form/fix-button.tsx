import { useState } from 'react';
import { Button } from '../ui/button';
import { FormError } from './form-error';

/**
 * FixButton: a one-click fix: runs the change, says it is working, and shows the server's reason
 * next to the button when it is refused (the check then stays failed, which is the truth). Shared
 * by the exit node checks and the Review page's findings.
 */
export function FixButton({ label, run, variant = 'default' }: { label: string; run: () => Promise<unknown>; variant?: 'default' | 'outline' }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const click = async () => {
    setPending(true);
    setError(null);
    try {
      await run();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="flex flex-col gap-2">
      <Button size="sm" variant={variant} disabled={pending} onClick={() => void click()} className="w-fit">
        {pending ? 'Applying…' : label}
      </Button>
      <FormError error={error} title="Not fixed" />
    </div>
  );
}
