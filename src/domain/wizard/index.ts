export * from './plan';
export * from './plan-objects';
export * from './planned-snapshot';
export * from './check-plan';
export * from './apply-plan';
export * from './install-commands';
export * from './plan-review';
export * from './verify-commands';
