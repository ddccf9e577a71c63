import { describe, expect, it } from 'vitest';
import { migrationStepText, type StepNames } from './migration-step-text';

const names: StepNames = { group: (id) => ({ 'grp-c': 'Contractors' })[id] ?? id, peer: (id) => ({ 'peer-gw': 'branch-gw' })[id] ?? id, newGroup: 'branch-lab resources' };

describe('migrationStepText', () => {
  it('says each step with names, not ids', () => {
    expect(migrationStepText({ kind: 'create-group', name: 'branch-lab resources' }, names)).toBe('Create group “branch-lab resources” for the resources');
    expect(
      migrationStepText(
        { kind: 'create-resource', resource: { name: 'branch-lab', description: '', address: '192.168.50.0/24', type: 'subnet', enabled: true, groups: [{ kind: 'new' }, { kind: 'existing', id: 'grp-c' }] } },
        names,
      ),
    ).toBe('Create resource “branch-lab” (192.168.50.0/24, subnet) in “branch-lab resources”, “Contractors”');
    expect(migrationStepText({ kind: 'create-router', router: { fromRouteId: 'r', peer: 'peer-gw', metric: 9999, masquerade: true, enabled: true } }, names)).toBe(
      'Add routing peer branch-gw (metric 9999, masquerade on)',
    );
    expect(
      migrationStepText(
        {
          kind: 'create-policy',
          policy: { name: 'Contractors to branch-lab', description: '', sources: ['grp-c'], destination: { kind: 'new' }, protocol: 'all', bidirectional: false },
        },
        names,
      ),
    ).toBe('Create policy “Contractors to branch-lab”: “Contractors” → “branch-lab resources”, all traffic, one-way');
    expect(migrationStepText({ kind: 'disable-route', routeId: 'r', networkId: 'branch-lab' }, names)).toBe('Disable network route “branch-lab”');
  });
});
