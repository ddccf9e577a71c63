import { describe, expect, it } from 'vitest';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { resourceDeletionImpact } from './resource-deletion';

describe('resourceDeletionImpact', () => {
  const snap = snapshotBuilder()
    .peer('alice', { groups: ['engineers'] })
    .network('n', { resources: [{ id: 'app', name: 'App', address: 'app.example', groups: ['apps'] }, { id: 'db', name: 'DB', address: '10.0.0.5', groups: ['dbs'] }] })
    .policy('Direct', { sources: ['engineers'], destinationResource: 'app' })
    .policy('Mixed', {
      rules: [
        { name: 'to app', sources: ['engineers'], destinationResource: 'app' },
        { name: 'to db', sources: ['engineers'], destinationResource: 'db' },
      ],
    })
    .policy('Via group', { sources: ['engineers'], destinations: ['apps'] })
    .build();

  it('names rules losing the resource, policies deleted with it, rules through its groups and its groups', () => {
    expect(resourceDeletionImpact(snap, ['app'])).toEqual({
      rulesLosingResource: ['policy "Direct"', 'policy "Mixed", rule "to app"'],
      policiesDeleted: ['Direct'],
      rulesThroughGroups: ['policy "Via group"'],
      groups: ['apps'],
    });
  });

  it('deletes a policy when all its rules lose their only destination', () => {
    expect(resourceDeletionImpact(snap, ['app', 'db']).policiesDeleted).toEqual(['Direct', 'Mixed']);
  });
});
