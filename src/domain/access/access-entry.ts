import type { SnapProtocol } from '@/domain/snapshot';
import type { IndexedRule } from './rule-index';

/**
 * access-entry: one cell of the `nbrc access` matrix. Entries of one computation share their
 * source, destination and ports objects (a matrix of an XL account has hundreds of thousands of
 * cells), so they are read-only.
 */

export type AccessSourceType = 'group' | 'peer';
export type AccessDestinationType = 'resource' | 'peer' | 'route';
export type AccessChain = 'forward' | 'input';

export interface AccessSourceRef {
  readonly type: AccessSourceType;
  readonly id: string;
}

export interface AccessDestinationRef {
  readonly type: AccessDestinationType;
  readonly id: string;
}

export interface AccessEntry {
  readonly source: AccessSourceRef;
  readonly destination: AccessDestinationRef;
  readonly protocol: SnapProtocol;
  /** Ports and ranges ("443", "8000-8100"); empty means every port. */
  readonly ports: readonly string[];
  readonly chain: AccessChain;
  /** The policy that grants it; null for a legacy route without ACL groups (default allow). */
  readonly policy: string | null;
}

/** rulePortTexts: the rule's ports and port ranges as text, as the policy editor shows them. */
export function rulePortTexts(r: IndexedRule): string[] {
  if (r.ports === null) return [];
  return r.ports.map((p) => (p.start === p.end ? String(p.start) : `${p.start}-${p.end}`));
}

/** chainOf: resources and routes are reached through the forward chain, peers through their input chain. */
export const chainOf = (type: AccessDestinationType): AccessChain => (type === 'peer' ? 'input' : 'forward');
