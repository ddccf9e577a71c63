import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDuration, formatRelative, pluralize } from './format';

describe('formatDateTime', () => {
  it('shows a dash for missing values and the raw text for non-dates', () => {
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
  it('formats an ISO timestamp', () => {
    expect(formatDateTime('2025-03-04T10:20:00Z', 'en-US')).toMatch(/Mar 4, 2025/);
  });
});

describe('formatRelative', () => {
  const now = new Date('2025-03-04T12:00:00Z');
  it('says how long ago or ahead', () => {
    expect(formatRelative('2025-03-04T09:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(formatRelative('2025-03-06T12:00:00Z', now, 'en')).toBe('in 2 days');
    expect(formatRelative('2025-03-04T11:59:50Z', now, 'en')).toBe('this minute');
  });
  it('keeps unparsable text', () => {
    expect(formatRelative('soon', now)).toBe('soon');
  });
});

describe('formatDuration', () => {
  it('uses the largest unit that divides evenly', () => {
    expect(formatDuration(86400 * 7)).toBe('7 days');
    expect(formatDuration(3600)).toBe('1 hour');
    expect(formatDuration(90)).toBe('90 seconds');
    expect(formatDuration(0)).toBe('0 seconds');
  });
});

describe('pluralize', () => {
  it('picks the singular only for one', () => {
    expect(pluralize(1, 'peer')).toBe('1 peer');
    expect(pluralize(0, 'peer')).toBe('0 peers');
    expect(pluralize(2, 'policy', 'policies')).toBe('2 policies');
  });
});
