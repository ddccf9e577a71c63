import { Badge } from '@/components/ui/badge';
import type { SetupKeyState } from './setup-key-text';
import { assertNever } from '@/domain/assert-never';

/** SetupKeyStateBadge: the state in words, coloured; only a valid key can register peers. */
export function SetupKeyStateBadge({ state }: { state: SetupKeyState }) {
  switch (state) {
    case 'valid':
      return <Badge variant="success">Valid</Badge>;
    case 'expired':
      return <Badge variant="warning">Expired</Badge>;
    case 'revoked':
      return <Badge variant="destructive">Revoked</Badge>;
    case 'overused':
      return <Badge variant="warning">Overused</Badge>;
    default:
      return assertNever(state);
  }
}

