import type { GroupMinimum } from '@/api';
import { assertNever } from '@/domain/assert-never';

/** issuedLabel: who created a group: the API (an admin or this console), an IdP integration, or JWT group sync. */
export function issuedLabel(issued: GroupMinimum['issued']): string {
  switch (issued) {
    case 'api':
      return 'API';
    case 'integration':
      return 'Integration';
    case 'jwt':
      return 'JWT';
    case undefined:
      return '—';
    default:
      return assertNever(issued);
  }
}

