/** access: which policies decide a packet, and who can reach what. */
export * from './access-entry';
export * from './compute-access';
export * from './decide-acl';
export * from './packet-match';
export * from './rule-index';
