import { describe, expect, it } from 'vitest';
import { parsePortsText, portsToText } from './ports-text';

describe('parsePortsText', () => {
  it('sends single ports as ports, unjudged', () => {
    expect(parsePortsText('22, 443 70000')).toEqual({ ports: ['22', '443', '70000'], port_ranges: [], unreadable: [] });
    expect(parsePortsText('  ')).toEqual({ ports: [], port_ranges: [], unreadable: [] });
  });

  it('sends every entry as a range once one is a range', () => {
    expect(parsePortsText('22, 8000-8999, 9000 - 9100')).toEqual({
      ports: [],
      port_ranges: [
        { start: 22, end: 22 },
        { start: 8000, end: 8999 },
        { start: 9000, end: 9100 },
      ],
      unreadable: [],
    });
  });

  it('reports text that cannot be a range with the parser’s reason', () => {
    expect(parsePortsText('80-http').unreadable).toEqual(['port range end: port "http" is not a number']);
  });
});

describe('portsToText', () => {
  it('writes ports and ranges back into the box', () => {
    expect(portsToText(['22'], [{ start: 8000, end: 8999 }, { start: 53, end: 53 }])).toBe('22, 8000-8999, 53');
    expect(portsToText(null, undefined)).toBe('');
  });
});
