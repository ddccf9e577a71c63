/** generate: realistic, deterministic account snapshots of a given size (issue 8). */
export { DEFAULT_SEED, generateAccount, type GenerateOptions } from './generate-account';
export { ACCOUNT_SIZE_NAMES, accountCounts, isAccountSizeName, totalObjects, type AccountCounts, type AccountSize, type AccountSizeName } from './sizes';
export type * from './wire';
