import type { GroupMinimum } from '@/api';

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

function assertNever(x: never): never {
  throw new Error(`unexpected issuer ${JSON.stringify(x)}`);
}
