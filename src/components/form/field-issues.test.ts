import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addIssues, issuesToFieldErrors, toPath } from './field-issues';

describe('toPath', () => {
  it('turns numeric segments into indexes', () => {
    expect(toPath('rules.0.ports.1')).toEqual(['rules', 0, 'ports', 1]);
    expect(toPath('metric')).toEqual(['metric']);
    expect(toPath('')).toEqual([]);
  });
});

describe('addIssues', () => {
  it('reports each domain issue at its mapped path', () => {
    const schema = z.object({ metric: z.number(), groupIds: z.array(z.string()) }).superRefine((_v, ctx) =>
      addIssues(
        ctx,
        [
          { field: 'metric', message: 'metric must be between 1 and 9999' },
          { field: 'groups.0', message: 'group "x" does not exist' },
          { field: 'id', message: 'whole object' },
        ],
        (f) => (f.startsWith('groups') ? f.replace('groups', 'groupIds') : f === 'id' ? undefined : f),
      ),
    );
    const result = schema.safeParse({ metric: 0, groupIds: ['x'] });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((i) => ({ path: i.path, message: i.message }));
    expect(issues).toEqual([
      { path: ['metric'], message: 'metric must be between 1 and 9999' },
      { path: ['groupIds', 0], message: 'group "x" does not exist' },
      { path: [], message: 'whole object' },
    ]);
  });
});

describe('issuesToFieldErrors', () => {
  it('keeps the first message per field', () => {
    expect(
      issuesToFieldErrors([
        { field: 'a', message: 'first' },
        { field: 'a', message: 'second' },
        { field: 'b', message: 'other' },
      ]),
    ).toEqual({ a: 'first', b: 'other' });
  });
});
