/** reachability: saved reachability tests (parse, run with the packet trace) and the change preview editors show before saving. */
export * from './change-preview';
export * from './parse-tests';
export * from './reachability-test';
export * from './run-tests';
export * from './test-impact';
