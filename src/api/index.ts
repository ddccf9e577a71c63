export * from './api-client-context';
export * from './api-error';
export * from './client';
export * from './endpoints';
export * from './mutations';
export * from './queries';
export * from './query-keys';
export * from './schemas';
