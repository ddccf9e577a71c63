import { describe, expect, it } from 'vitest';
import { build, cleanAccount, indexOf } from '../lint/testing/lint-fixtures';
import { routingPeerGroupIds } from './group-routing-peers';

describe('routingPeerGroupIds', () => {
  it('lists the peer groups of routers and legacy routes', () => {
    const index = indexOf(build(cleanAccount().route('dc', { network: '172.16.0.0/16', peerGroups: ['dc-routers'], groups: ['engineers'], acl: ['engineers'] })));
    expect(routingPeerGroupIds(index).sort()).toEqual(['dc-routers', 'office-routers']);
  });
});
