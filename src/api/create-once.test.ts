import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { createApiClient } from './client';
import { createOnce, sameList } from './create-once';

const client = () => createApiClient({ baseUrl: 'http://x', fetch: () => Promise.reject(new Error('unused')) });
const timeout = () => new ApiError({ status: 0, kind: 'timeout', serverMessage: 'slow', path: '/api/groups' });
const refused = () => new ApiError({ status: 500, kind: 'http', serverMessage: 'boom', path: '/api/groups' });

describe('createOnce', () => {
  it('after a timeout, the retry finds the object the server stored and does not create again', async () => {
    const c = client();
    const create = vi.fn<() => Promise<string>>().mockRejectedValueOnce(timeout()).mockResolvedValue('second');
    const find = vi.fn(() => Promise.resolve<string | undefined>('stored-by-first'));
    await expect(createOnce(c, 'group', { name: 'ops' }, create, find)).rejects.toThrow();
    await expect(createOnce(c, 'group', { name: 'ops' }, create, find)).resolves.toBe('stored-by-first');
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('after a timeout where nothing was stored, the retry creates', async () => {
    const c = client();
    const create = vi.fn<() => Promise<string>>().mockRejectedValueOnce(timeout()).mockResolvedValue('created');
    await expect(createOnce(c, 'group', { name: 'ops' }, create, () => Promise.resolve(undefined))).rejects.toThrow();
    await expect(createOnce(c, 'group', { name: 'ops' }, create, () => Promise.resolve(undefined))).resolves.toBe('created');
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('a refused create is retried without a lookup (it changed nothing)', async () => {
    const c = client();
    const create = vi.fn<() => Promise<string>>().mockRejectedValueOnce(refused()).mockResolvedValue('created');
    const find = vi.fn(() => Promise.resolve<string | undefined>('should not be used'));
    await expect(createOnce(c, 'group', { name: 'ops' }, create, find)).rejects.toThrow();
    await expect(createOnce(c, 'group', { name: 'ops' }, create, find)).resolves.toBe('created');
    expect(find).not.toHaveBeenCalled();
  });

  it('a different body is a different create', async () => {
    const c = client();
    const create = vi.fn<() => Promise<string>>().mockRejectedValueOnce(timeout()).mockResolvedValue('created');
    const find = vi.fn(() => Promise.resolve<string | undefined>('other'));
    await expect(createOnce(c, 'group', { name: 'ops' }, create, find)).rejects.toThrow();
    await expect(createOnce(c, 'group', { name: 'dev' }, create, find)).resolves.toBe('created');
    expect(find).not.toHaveBeenCalled();
  });
});

describe('sameList', () => {
  it('compares as sets', () => {
    expect(sameList(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameList(['a'], ['a', 'b'])).toBe(false);
    expect(sameList(null, [])).toBe(true);
  });
});
