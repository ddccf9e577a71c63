import { FormError, type MutationLike } from '@/components/form';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/**
 * LoginExpirationWarning: the routing-peer-login-expiration finding in the peer editor, with its
 * one-click fix. `stored` says whether the stored peer has it on (the fix saves at once) or only
 * the form does (the fix switches it back off before anything is saved).
 */
export function LoginExpirationWarning({ message, onFix, fix, stored }: { message: string; onFix: () => void; fix: MutationLike; stored: boolean }) {
  return (
    <Alert variant="warning">
      <AlertTitle>This routing peer can drop off when its login expires</AlertTitle>
      <AlertDescription className="flex flex-col gap-2">
        <p>{message}</p>
        <p>Register routing peers with setup keys so they do not drop off when a login expires.</p>
        <Button variant="outline" size="sm" className="self-start" onClick={onFix} disabled={fix.isPending}>
          {fix.isPending ? 'Disabling…' : stored ? 'Disable login expiration' : 'Keep login expiration off'}
        </Button>
        <FormError error={fix.error} title="Login expiration not disabled" />
      </AlertDescription>
    </Alert>
  );
}
