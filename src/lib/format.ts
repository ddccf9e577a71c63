/**
 * Formatting helpers for values the API sends as strings (timestamps) or numbers (durations).
 * They never throw: a server may send an empty or unparsable timestamp, and the page must still
 * render, so the raw text is shown instead.
 */

/** formatDateTime: a timestamp in the reader's locale, or the raw text when it is not a date. */
export function formatDateTime(value: string | undefined, locale?: string): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

const RELATIVE_STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** formatRelative: "3 hours ago", "in 2 days". `now` is a parameter so tests do not depend on the clock. */
export function formatRelative(value: string | undefined, now: Date = new Date(), locale?: string): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.trunc(seconds / size), unit);
  }
  return rtf.format(0, 'minute');
}

/** formatDuration: whole seconds as "7 days", "12 hours", "45 minutes" (largest unit that divides evenly). */
export function formatDuration(totalSeconds: number): string {
  const units: readonly [string, number][] = [
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
    ['second', 1],
  ];
  if (totalSeconds <= 0) return '0 seconds';
  for (const [name, size] of units) {
    if (totalSeconds % size === 0) {
      const n = totalSeconds / size;
      return `${n} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  return `${totalSeconds} seconds`;
}

/** pluralize: "1 peer", "3 peers". */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
