import { describe, expect, it } from 'vitest';
import { emptyTestValues, testFormSchemaFor, toTest } from './test-form-schema';

const valid = { ...emptyTestValues, name: ' ssh ', from: 'alice', to: 'gw' };

describe('testFormSchemaFor', () => {
  const schema = testFormSchemaFor(['taken']);
  const messages = (v: typeof valid) => {
    const r = schema.safeParse(v);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('turns the values into a test: default protocol left out, the port a number', () => {
    expect(messages(valid)).toEqual([]);
    expect(toTest(valid)).toEqual({ name: 'ssh', from: 'alice', to: 'gw', expect: 'allow' });
    expect(toTest({ ...valid, protocol: 'tcp', port: '22', expect: 'deny' })).toEqual({ name: 'ssh', from: 'alice', to: 'gw', port: 22, protocol: 'tcp', expect: 'deny' });
  });

  it('reports the domain rules under their fields, and a taken name', () => {
    expect(messages({ ...emptyTestValues })).toEqual(['name: name is required', 'from: from (the source peer) is required', 'to: to (the destination) is required']);
    expect(messages({ ...valid, port: '70000' })).toEqual(['port: port 70000 is out of range 1-65535']);
    expect(messages({ ...valid, port: 'ssh' })).toEqual(['port: port "ssh" is not a number']);
    expect(messages({ ...valid, protocol: 'icmp', port: '22' })).toEqual(['port: a port applies to tcp and udp only, not to icmp']);
    expect(messages({ ...valid, name: 'taken' })).toEqual(['name: a test named "taken" exists already']);
  });
});
