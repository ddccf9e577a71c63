import { describe, expect, it } from 'vitest';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import type { Snapshot } from '@/domain/snapshot';
import { applyNameserverGroupDraft, NEW_NAMESERVER_GROUP_ID, type NameserverGroupDraftValues } from './nameserver';

const account = (): Snapshot => ({
  ...snapshotBuilder().peer('laptop', { groups: ['staff'] }).build(),
  nameservers: [{ id: 'ns-1', name: 'Corp', enabled: true, groups: ['staff'], primary: false, domains: ['corp.example'], nameservers: [{ ip: '10.0.0.53', ns_type: 'udp', port: 53 }] }],
});

const draft: NameserverGroupDraftValues = {
  name: 'Cloudflare',
  description: '',
  nameservers: [{ ip: '1.1.1.1', ns_type: 'udp', port: 53 }],
  enabled: true,
  groups: ['staff'],
  primary: true,
  domains: [],
  search_domains_enabled: false,
};

describe('applyNameserverGroupDraft', () => {
  it('adds a new group under NEW_NAMESERVER_GROUP_ID', () => {
    const after = applyNameserverGroupDraft(account(), draft);
    expect(after.nameservers.map((n) => n.id)).toEqual(['ns-1', NEW_NAMESERVER_GROUP_ID]);
    expect(after.nameservers[1]?.primary).toBe(true);
  });

  it('replaces the edited group without touching the input', () => {
    const before = account();
    const after = applyNameserverGroupDraft(before, { ...draft, name: 'Corp' }, 'ns-1');
    expect(after.nameservers).toHaveLength(1);
    expect(after.nameservers[0]).toMatchObject({ id: 'ns-1', primary: true });
    expect(before.nameservers[0]?.primary).toBe(false);
  });
});
