import { issue, type FieldIssue, type RefLookup } from './field-issue';
import { GROUP_ALL_NAME, isGroupNameAll } from './group';

/**
 * Setup key rules (POST/PUT /api/setup-keys). Routing peers are headless servers that register
 * with setup keys; the key's auto groups are what makes a new peer a routing peer (a router's
 * peer group) right away. "All" is refused as an auto group because every peer joins it anyway.
 * Only `revoked` and `auto_groups` change after creation, and revocation is final.
 */

export const SETUP_KEY_TYPES = ['reusable', 'one-off'] as const;
export type SetupKeyTypeName = (typeof SETUP_KEY_TYPES)[number];

export const isSetupKeyType = (v: string): v is SetupKeyTypeName => (SETUP_KEY_TYPES as readonly string[]).includes(v);

/** The bounds of `expires_in` in NetBird's API (seconds). */
export const MIN_EXPIRES_IN = 86_400;
export const MAX_EXPIRES_IN = 31_536_000;

/** SETUP_KEY_NEVER_EXPIRES: `expires_in` 0 makes a key that never expires. */
export const SETUP_KEY_NEVER_EXPIRES = 0;

/** SetupKeyCreateDraft: NetBird's CreateSetupKeyRequest fits it. */
export interface SetupKeyCreateDraft {
  name: string;
  type: string;
  expires_in: number;
  usage_limit: number;
  auto_groups: readonly string[];
}

/** SetupKeyUpdateDraft: NetBird's SetupKeyRequest fits it. */
export interface SetupKeyUpdateDraft {
  revoked: boolean;
  auto_groups: readonly string[];
}

/** autoGroupIssues: each auto group exists and is not "All". */
export function autoGroupIssues(autoGroups: readonly string[], refs: RefLookup): FieldIssue[] {
  const issues: FieldIssue[] = [];
  autoGroups.forEach((id, i) => {
    if (!refs.hasGroup(id)) {
      issues.push(issue(`auto_groups.${i}`, `auto_groups: group "${id}" does not exist`));
    } else if (isGroupNameAll(refs.groupName?.(id) ?? '')) {
      issues.push(issue(`auto_groups.${i}`, `auto_groups: the "${GROUP_ALL_NAME}" group cannot be an auto group (every peer joins it anyway)`));
    }
  });
  return issues;
}

/**
 * validateSetupKeyCreate: every broken rule of a new key. A negative `usage_limit` is refused
 * too (stricter than NetBird, which stores it and treats it as unlimited).
 */
export function validateSetupKeyCreate(d: SetupKeyCreateDraft, refs: RefLookup): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (d.name.trim() === '') issues.push(issue('name', 'setup key name must not be empty'));
  if (!isSetupKeyType(d.type)) {
    issues.push(issue('type', `setup key type "${d.type}" is not valid; use ${SETUP_KEY_TYPES.join(' or ')}`));
  } else if (d.type === 'one-off' && d.usage_limit > 1) {
    issues.push(issue('usage_limit', `a one-off key can be used once: usage_limit must be 0 or 1, got ${d.usage_limit}`));
  }
  if (d.usage_limit < 0) issues.push(issue('usage_limit', `usage_limit must be 0 (unlimited) or more, got ${d.usage_limit}`));
  // NetBird's API takes 1 to 365 days (86400..31536000 s), or 0 for a key that never expires.
  if (d.expires_in !== SETUP_KEY_NEVER_EXPIRES && (!Number.isInteger(d.expires_in) || d.expires_in < MIN_EXPIRES_IN || d.expires_in > MAX_EXPIRES_IN)) {
    issues.push(issue('expires_in', `expires_in must be 0 (never expires) or between ${MIN_EXPIRES_IN} (1 day) and ${MAX_EXPIRES_IN} (365 days) seconds, got ${d.expires_in}`));
  }
  issues.push(...autoGroupIssues(d.auto_groups, refs));
  return issues;
}

/** validateSetupKeyUpdate: a revoked key stays revoked; auto groups follow the create rules. */
export function validateSetupKeyUpdate(d: SetupKeyUpdateDraft, current: { revoked: boolean }, refs: RefLookup): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (current.revoked && !d.revoked) issues.push(issue('revoked', 'a revoked setup key cannot be un-revoked; create a new key instead'));
  issues.push(...autoGroupIssues(d.auto_groups, refs));
  return issues;
}
