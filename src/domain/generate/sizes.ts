/**
 * sizes: how many of each object a generated account has. XL is the size of issue 8's budgets
 * (a large NetBird account); L, M and S are XL divided by 4, 20 and 100, every count by the same
 * factor, so L → XL growth compares equal object-count ratios (4×). A size can also be a peer
 * count, XL scaled the same way to that many peers (the simulator's budget needs exactly 1,000).
 */
export type AccountSizeName = 'S' | 'M' | 'L' | 'XL';

/** AccountSize: a named size, or a number of peers (XL × peers / 10,000, every count alike). */
export type AccountSize = AccountSizeName | number;

export const ACCOUNT_SIZE_NAMES: readonly AccountSizeName[] = ['S', 'M', 'L', 'XL'];

export interface AccountCounts {
  peers: number;
  groups: number;
  networks: number;
  resources: number;
  routers: number;
  policies: number;
  routes: number;
  nameservers: number;
}

const XL: AccountCounts = { peers: 10_000, groups: 1_000, networks: 1_000, resources: 20_000, routers: 2_000, policies: 5_000, routes: 1_000, nameservers: 200 };

const DIVISORS: Readonly<Record<AccountSizeName, number>> = { XL: 1, L: 4, M: 20, S: 100 };

export function isAccountSizeName(value: string): value is AccountSizeName {
  return (ACCOUNT_SIZE_NAMES as readonly string[]).includes(value);
}

/** accountCounts: the object counts of a size (XL / divisor, rounded). */
export function accountCounts(size: AccountSize): AccountCounts {
  if (typeof size === 'number' && !(Number.isInteger(size) && size > 0)) throw new RangeError(`an account size in peers must be a whole number above 0, got ${size}`);
  const d = typeof size === 'number' ? XL.peers / size : DIVISORS[size];
  const scale = (n: number) => Math.round(n / d);
  return {
    peers: scale(XL.peers),
    groups: scale(XL.groups),
    networks: scale(XL.networks),
    resources: scale(XL.resources),
    routers: scale(XL.routers),
    policies: scale(XL.policies),
    routes: scale(XL.routes),
    nameservers: scale(XL.nameservers),
  };
}

/** totalObjects: the sum of every count, the denominator of the growth budgets. */
export const totalObjects = (c: AccountCounts): number =>
  c.peers + c.groups + c.networks + c.resources + c.routers + c.policies + c.routes + c.nameservers;
