import type { SnapAction, SnapGroupRef, SnapPolicy, SnapPolicyRule, SnapProtocol, SnapResourceType, Snapshot } from '@/domain/snapshot';

/**
 * draft/policy: a policy as the editor holds it (a POST/PUT /api/policies body: group ids, every
 * rule) and how it relates to the account snapshot. Applying a draft to the snapshot lets the
 * editor run the same analysis (linter, chains, reachability) on the policy "as if saved", before
 * anything is sent. Cloning and bulk enable/disable start from the stored policy, so the
 * conversion back to a request body lives here too, written once.
 */

/**
 * DraftResourceRef: a rule's `{id, type}` reference. A type alias, not an interface, so it fits the
 * API's open (loose) ResourceRef object type.
 */
export type DraftResourceRef = { id: string; type: SnapResourceType };

/** PolicyRuleRequestDraft: one rule as POST/PUT /api/policies takes it; NetBird's PolicyRuleUpdate accepts it. */
export interface PolicyRuleRequestDraft {
  id?: string | undefined;
  name: string;
  description: string;
  enabled: boolean;
  action: SnapAction;
  bidirectional: boolean;
  protocol: SnapProtocol;
  ports: string[] | null;
  port_ranges: { start: number; end: number }[] | null;
  sources: string[];
  destinations: string[];
  sourceResource: DraftResourceRef | null;
  destinationResource: DraftResourceRef | null;
  authorized_groups?: Record<string, string[]> | undefined;
}

/** PolicyRequestDraft: the body of POST/PUT /api/policies. */
export interface PolicyRequestDraft {
  name: string;
  description: string;
  enabled: boolean;
  source_posture_checks: string[];
  rules: PolicyRuleRequestDraft[];
}

/** StoredPolicyRule: a rule as the API returns it (groups expanded); NetBird's PolicyRule fits. */
export type StoredPolicyRule = SnapPolicyRule & {
  description?: string | undefined;
  authorized_groups?: Readonly<Record<string, readonly string[]>> | null | undefined;
};

/** StoredPolicy: a policy as the API returns it; NetBird's Policy fits. */
export type StoredPolicy = Omit<SnapPolicy, 'rules'> & { description?: string | undefined; rules: readonly StoredPolicyRule[] };

/** DRAFT_POLICY_ID: the id a policy that does not exist yet carries inside a draft snapshot. */
export const DRAFT_POLICY_ID = 'nbrc-draft-policy';

const listOrNull = <T>(list: readonly T[] | null | undefined): T[] | null => (list && list.length > 0 ? [...list] : null);

/** ruleRequestFromStored: the request form of a stored rule; the id is kept so the server keeps the rule's identity. */
export function ruleRequestFromStored(rule: StoredPolicyRule): PolicyRuleRequestDraft {
  const out: PolicyRuleRequestDraft = {
    id: rule.id,
    name: rule.name,
    description: rule.description ?? '',
    enabled: rule.enabled,
    action: rule.action,
    bidirectional: rule.bidirectional,
    protocol: rule.protocol,
    ports: listOrNull(rule.ports),
    port_ranges: listOrNull(rule.port_ranges)?.map((r) => ({ start: r.start, end: r.end })) ?? null,
    sources: rule.sourceResource ? [] : rule.sources.map((g) => g.id),
    destinations: rule.destinationResource ? [] : rule.destinations.map((g) => g.id),
    sourceResource: rule.sourceResource ? { id: rule.sourceResource.id, type: rule.sourceResource.type } : null,
    destinationResource: rule.destinationResource ? { id: rule.destinationResource.id, type: rule.destinationResource.type } : null,
  };
  if (rule.authorized_groups) {
    out.authorized_groups = Object.fromEntries(Object.entries(rule.authorized_groups).map(([g, users]) => [g, [...users]]));
  }
  return out;
}

/** policyRequestFromStored: the PUT body that stores the policy unchanged (bulk enable/disable change one field of it). */
export function policyRequestFromStored(policy: StoredPolicy): PolicyRequestDraft {
  return {
    name: policy.name,
    description: policy.description ?? '',
    enabled: policy.enabled,
    source_posture_checks: [...policy.source_posture_checks],
    rules: policy.rules.map(ruleRequestFromStored),
  };
}

/**
 * clonePolicyDraft: a new policy with the same rules, named "Copy of …". Rule ids are dropped: they
 * belong to the original, and the server gives the copy's rules their own.
 */
export function clonePolicyDraft(policy: StoredPolicy): PolicyRequestDraft {
  const request = policyRequestFromStored(policy);
  return {
    ...request,
    name: `Copy of ${policy.name}`,
    rules: request.rules.map(({ id: _id, ...rule }) => rule),
  };
}

/**
 * applyPolicyDraft: the snapshot as it would be with the draft saved: the policy `policyId`
 * replaced (or, with null, added under DRAFT_POLICY_ID). Group ids are expanded to `{id, name}`
 * refs the way the API answers; an unknown id stays a bare ref (the validator reports it).
 */
export function applyPolicyDraft(snapshot: Snapshot, policyId: string | null, draft: PolicyRequestDraft): Snapshot {
  const names = new Map(snapshot.groups.map((g) => [g.id, g.name]));
  const ref = (id: string): SnapGroupRef => {
    const name = names.get(id);
    return name === undefined ? { id } : { id, name };
  };
  const id = policyId ?? DRAFT_POLICY_ID;
  const policy: SnapPolicy = {
    id,
    name: draft.name,
    enabled: draft.enabled,
    source_posture_checks: [...draft.source_posture_checks],
    rules: draft.rules.map((r, i) => ({
      id: r.id ?? `${id}-rule-${i}`,
      name: r.name,
      enabled: r.enabled,
      action: r.action,
      bidirectional: r.bidirectional,
      protocol: r.protocol,
      ports: r.ports,
      port_ranges: r.port_ranges,
      sources: r.sourceResource ? [] : r.sources.map(ref),
      destinations: r.destinationResource ? [] : r.destinations.map(ref),
      sourceResource: r.sourceResource,
      destinationResource: r.destinationResource,
    })),
  };
  const exists = snapshot.policies.some((p) => p.id === id);
  const policies = exists ? snapshot.policies.map((p) => (p.id === id ? policy : p)) : [...snapshot.policies, policy];
  return { ...snapshot, policies };
}
