import { describe, expect, it, vi } from 'vitest';
import { changedFields, EditConflictError, guardedUpdate } from './edit-conflict';

const policy = (over: Record<string, unknown> = {}) => ({
  id: 'p1',
  name: 'Engineers to Office',
  enabled: true,
  rules: [{ id: 'r1', action: 'accept', protocol: 'tcp', ports: ['443'], sources: [{ id: 'g-eng', name: 'Engineers', peers_count: 3 }] }],
  ...over,
});

describe('changedFields', () => {
  it('names the written fields that differ', () => {
    expect(changedFields(['name', 'enabled', 'rules'], policy(), policy({ enabled: false }))).toEqual(['enabled']);
  });

  it('ignores fields the update does not write (liveness, counts)', () => {
    expect(changedFields(['name'], { name: 'gw', connected: true }, { name: 'gw', connected: false })).toEqual([]);
  });

  it('compares references by id: a renamed group or a new member count is no conflict', () => {
    const renamed = policy({ rules: [{ id: 'r1', action: 'accept', protocol: 'tcp', ports: ['443'], sources: [{ id: 'g-eng', name: 'Eng', peers_count: 9 }] }] });
    expect(changedFields(['rules'], policy(), renamed)).toEqual([]);
  });

  it('sees a changed rule inside the list', () => {
    const widened = policy({ rules: [{ id: 'r1', action: 'accept', protocol: 'tcp', ports: ['443', '22'], sources: [{ id: 'g-eng', name: 'Engineers' }] }] });
    expect(changedFields(['rules'], policy(), widened)).toEqual(['rules']);
  });
});

describe('guardedUpdate', () => {
  it('refuses with the fields and the current version when someone else changed the object', async () => {
    const update = vi.fn(() => Promise.resolve('saved'));
    const current = policy({ name: 'Renamed elsewhere' });
    const attempt = guardedUpdate('Policy “Engineers to Office”', { name: 'Mine', rules: [] }, { baseline: policy() }, () => Promise.resolve(current), update);
    await expect(attempt).rejects.toBeInstanceOf(EditConflictError);
    await expect(attempt).rejects.toMatchObject({ fields: ['name'], current });
    expect(update).not.toHaveBeenCalled();
  });

  it('saves when nothing changed, and when told to overwrite', async () => {
    const update = vi.fn(() => Promise.resolve('saved'));
    await expect(guardedUpdate('x', { name: 'Mine' }, { baseline: policy() }, () => Promise.resolve(policy()), update)).resolves.toBe('saved');
    const read = vi.fn(() => Promise.resolve(policy({ name: 'Other' })));
    await expect(guardedUpdate('x', { name: 'Mine' }, { baseline: policy(), force: true }, read, update)).resolves.toBe('saved');
    expect(read).not.toHaveBeenCalled();
  });
});
