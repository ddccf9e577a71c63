import type { AccessMatrixRow } from './access-matrix';

/**
 * access-matrix-export: the access matrix as compliance evidence, CSV for spreadsheets and JSON
 * for tools. Both carry ids next to names (names change, ids do not) and the deciding policy.
 */

export const ACCESS_CSV_HEADER = [
  'source_type',
  'source_id',
  'source_name',
  'destination_type',
  'destination_id',
  'destination_name',
  'destination_address',
  'protocol',
  'ports',
  'chain',
  'policy_id',
  'policy_name',
] as const;

/**
 * csvCell: RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes doubled).
 * A field starting with = + - @ or a tab is prefixed with ' so a spreadsheet shows it as text
 * instead of running it as a formula (an object name is account data anyone with write access sets).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** portsText: the ports as the policy editor writes them; "any" when the rule names none. */
export const portsText = (ports: readonly string[]): string => (ports.length === 0 ? 'any' : ports.join(','));

/** accessMatrixCsv: a header line and one line per row, CRLF-terminated as RFC 4180 asks. */
export function accessMatrixCsv(rows: readonly AccessMatrixRow[]): string {
  const lines = [ACCESS_CSV_HEADER.join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.source.type,
        r.source.id,
        r.source.name,
        r.destination.kind,
        r.destination.id,
        r.destination.name,
        r.destination.address,
        r.protocol,
        portsText(r.ports),
        r.chain,
        r.policy?.id ?? '',
        r.policy?.name ?? 'default allow (route without ACL groups)',
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export const ACCESS_JSON_FORMAT = 'nbrc-access/1';

export interface AccessExportMeta {
  accountId: string;
  /** ISO 8601; passed in so the function stays pure and its output testable. */
  generatedAt: string;
  /** The filter as words ("source Engineers, kind resource"), or null for the whole matrix. */
  filter: string | null;
}

/** accessMatrixJson: `{"format","account_id","generated_at","filter","entries":[...]}`, pretty-printed. */
export function accessMatrixJson(rows: readonly AccessMatrixRow[], meta: AccessExportMeta): string {
  const entries = rows.map((r) => ({
    source: { type: r.source.type, id: r.source.id, name: r.source.name },
    destination: { type: r.destination.kind, id: r.destination.id, name: r.destination.name, address: r.destination.address },
    protocol: r.protocol,
    ports: [...r.ports],
    chain: r.chain,
    policy: r.policy === null ? null : { id: r.policy.id, name: r.policy.name },
  }));
  return `${JSON.stringify({ format: ACCESS_JSON_FORMAT, account_id: meta.accountId, generated_at: meta.generatedAt, filter: meta.filter, entries }, null, 2)}\n`;
}
