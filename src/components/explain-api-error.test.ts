import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api';
import { explainApiError } from './explain-api-error';

const err = (status: number, kind: ApiError['kind'], serverMessage = 'server says no') =>
  new ApiError({ status, kind, serverMessage, path: '/api/peers' });

describe('explainApiError', () => {
  it('blames the token on a 401 and points to Settings', () => {
    const e = explainApiError(err(401, 'http', 'token invalid'));
    expect(e.title).toBe('The token was refused');
    expect(e.fixInSettings).toBe(true);
    expect(e.technical).toBe('token invalid');
  });

  it('mentions an unreachable host and CORS for network failures', () => {
    const e = explainApiError(err(0, 'network', 'https://nb.example is unreachable (Failed to fetch)'));
    expect(e.detail).toMatch(/could not be reached/);
    expect(e.detail).toMatch(/CORS/);
    expect(e.technical).toMatch(/Failed to fetch/);
  });

  it('says a response could not be read', () => {
    expect(explainApiError(err(200, 'invalid-response')).title).toMatch(/could not be read/);
  });

  it('says not found on a 404 without sending the user to Settings', () => {
    const e = explainApiError(err(404, 'http'));
    expect(e.title).toBe('Not found');
    expect(e.fixInSettings).toBe(false);
  });

  it('shows the server message for other statuses', () => {
    const e = explainApiError(err(422, 'http', 'metric must be between 1 and 9999'));
    expect(e.title).toContain('422');
    expect(e.detail).toBe('metric must be between 1 and 9999');
  });

  it('handles errors that are not ApiErrors', () => {
    expect(explainApiError(new Error('boom'))).toMatchObject({ title: 'Something went wrong', detail: 'boom' });
  });
});
