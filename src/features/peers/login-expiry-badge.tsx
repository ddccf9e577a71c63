import { Badge } from '@/components/ui/badge';
import { formatDateTime, formatRelative } from '@/lib/format';
import type { LoginExpiry } from './login-expiry';

/** LoginExpiryBadge: when the peer must log in again, worded for a table cell. */
export function LoginExpiryBadge({ expiry, now }: { expiry: LoginExpiry; now: Date }) {
  switch (expiry.kind) {
    case 'off':
      return (
        <span className="text-sm text-muted-foreground" title={expiry.reason === 'account' ? 'Turned off for the account' : 'Turned off for this peer'}>
          Never
        </span>
      );
    case 'expired':
      return <Badge variant="destructive">Expired</Badge>;
    case 'on':
      return <span className="text-sm">On</span>;
    case 'expires':
      return (
        <span className="text-sm" title={formatDateTime(expiry.at.toISOString())}>
          {formatRelative(expiry.at.toISOString(), now)}
        </span>
      );
  }
}

/** loginExpirySortValue: expired first, then soonest, then "on", then never. */
export function loginExpirySortValue(expiry: LoginExpiry): number {
  switch (expiry.kind) {
    case 'expired':
      return 0;
    case 'expires':
      return expiry.at.getTime();
    case 'on':
      return Number.MAX_SAFE_INTEGER - 1;
    case 'off':
      return Number.MAX_SAFE_INTEGER;
  }
}
