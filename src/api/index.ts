// The reading half of the API layer. Every page and the app shell import this barrel, so whatever
// it re-exports is reachable from the landing page and downloads with it. Writing and exporting
// are imported from their own modules by the code that does them, and so stay out of the first
// load (issue 8's budget): `@/api/mutations` (the mutation hooks), `@/api/edit-conflict`,
// `@/api/export-snapshot` (loaded by the snapshot query when it first runs).
export * from './api-client-context';
export * from './api-error';
export * from './client';
export * from './endpoints';
export * from './queries';
export * from './query-keys';
export * from './schemas';
