import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { accessMatrix, type AccessMatrixRow } from './access-matrix';
import { ACCESS_CSV_HEADER, accessMatrixCsv, accessMatrixJson, csvCell } from './access-matrix-export';
import { matrixAccount } from './testing/matrix-account';

/** parseCsv: a small RFC 4180 reader, so the test checks that the output reads back to the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('443,8080')).toBe('"443,8080"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('keeps a spreadsheet from running a name as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-rm')).toBe("'-rm");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('accessMatrixCsv', () => {
  const rows = accessMatrix(buildAccountIndex(matrixAccount())).rows;

  it('writes the header and one line per row that reads back to the same fields', () => {
    const parsed = parseCsv(accessMatrixCsv(rows));
    expect(parsed[0]).toEqual([...ACCESS_CSV_HEADER]);
    expect(parsed).toHaveLength(rows.length + 1);
    expect(parsed[1]).toEqual(['group', 'engineers', 'engineers', 'resource', 'app', 'App', 'app.corp.example', 'tcp', '443,8000-8100', 'forward', 'pol-app', 'Engineers to app']);
    const route = parsed.find((r) => r[4] === 'route-dc');
    expect(route?.slice(7)).toEqual(['all', 'any', 'forward', '', 'default allow (route without ACL groups)']);
  });

  it('escapes awkward names so the columns stay aligned', () => {
    const first = rows[0] as AccessMatrixRow;
    const awkward: AccessMatrixRow = { ...first, source: { ...first.source, name: 'R&D, "core"\nteam' }, policy: { id: 'p', name: '=1+1' } };
    const parsed = parseCsv(accessMatrixCsv([awkward]));
    expect(parsed[1]?.[2]).toBe('R&D, "core"\nteam');
    expect(parsed[1]?.[11]).toBe("'=1+1");
    expect(parsed[1]).toHaveLength(ACCESS_CSV_HEADER.length);
  });
});

describe('accessMatrixJson', () => {
  it('writes the entries with ids, names, ports as a list and the deciding policy', () => {
    const rows = accessMatrix(buildAccountIndex(matrixAccount())).rows;
    const json = JSON.parse(accessMatrixJson(rows, { accountId: 'acc-1', generatedAt: '2025-01-02T03:04:05.000Z', filter: 'source engineers' })) as {
      format: string;
      account_id: string;
      generated_at: string;
      filter: string | null;
      entries: { source: unknown; destination: unknown; protocol: string; ports: string[]; chain: string; policy: unknown }[];
    };
    expect(json.format).toBe('nbrc-access/1');
    expect(json.account_id).toBe('acc-1');
    expect(json.generated_at).toBe('2025-01-02T03:04:05.000Z');
    expect(json.filter).toBe('source engineers');
    expect(json.entries).toHaveLength(rows.length);
    expect(json.entries[0]).toEqual({
      source: { type: 'group', id: 'engineers', name: 'engineers' },
      destination: { type: 'resource', id: 'app', name: 'App', address: 'app.corp.example' },
      protocol: 'tcp',
      ports: ['443', '8000-8100'],
      chain: 'forward',
      policy: { id: 'pol-app', name: 'Engineers to app' },
    });
    expect(json.entries.find((e) => (e.destination as { id: string }).id === 'route-dc')?.policy).toBeNull();
  });
});
