import { describe, expect, it } from 'vitest';
import { traceHref } from './trace-link';

describe('traceHref', () => {
  it('opens the Trace page with the pair, protocol and port', () => {
    expect(traceHref({ from: 'peer-alice', to: 'res-lan', protocol: 'tcp', port: 443 })).toBe('/trace?from=peer-alice&to=res-lan&proto=tcp&port=443');
  });

  it('leaves the port out when the grant has none, and encodes what needs it', () => {
    expect(traceHref({ from: 'a b', to: '2606:4700:4700::1111', protocol: 'all', port: null })).toBe('/trace?from=a+b&to=2606%3A4700%3A4700%3A%3A1111&proto=all');
  });
});
