import type { PolicyRequestDraft, PolicyRuleRequestDraft, StoredPolicy, StoredPolicyRule } from '@/domain/draft/policy';
import { ruleRequestFromStored } from '@/domain/draft/policy';
import { RESOURCE_REASON } from '../explain/rule-direction';

/**
 * policy-reverse: "create reverse policy". A peer-to-peer rule A → B lets A open connections to B;
 * its reverse B → A lets B open connections to A (same protocol and ports). It makes sense only
 * between peers: a network resource has no agent, so it never opens connections, and replies to
 * A's connections already come back through the routing peer's stateful firewall. A rule that is
 * already bidirectional needs no reverse either.
 */

/** CountedGroup: a rule's group as the API expands it (GroupMinimum), counts included. */
interface CountedGroup {
  id: string;
  peers_count?: number | undefined;
  resources_count?: number | undefined;
}

type CountedRule = Omit<StoredPolicyRule, 'sources' | 'destinations'> & { sources: readonly CountedGroup[]; destinations: readonly CountedGroup[] };

export type CountedPolicy = Omit<StoredPolicy, 'rules'> & { rules: readonly CountedRule[] };

export type RuleReversal = { reversible: true } | { reversible: false; reason: string };

export type ReverseOffer = { offered: true; policy: PolicyRequestDraft; skipped: string[] } | { offered: false; reason: string };

const ruleName = (rule: Pick<StoredPolicyRule, 'name'>, index: number) => (rule.name.trim() !== '' ? `Rule "${rule.name}"` : `Rule ${index + 1}`);

/** ruleReversal: whether a rule has a meaningful reverse, or why not. */
export function ruleReversal(rule: CountedRule, index: number): RuleReversal {
  const name = ruleName(rule, index);
  const target = rule.destinationResource;
  if (target && target.type !== 'peer') {
    return { reversible: false, reason: `${name} goes to a network resource: ${RESOURCE_REASON}, so there is no reverse direction to allow (replies already return through the routing peer).` };
  }
  if (!target && rule.destinations.some((g) => (g.resources_count ?? 0) > 0)) {
    return { reversible: false, reason: `${name} goes to groups holding network resources: ${RESOURCE_REASON}, so a reverse rule would not apply to them.` };
  }
  if (rule.bidirectional) return { reversible: false, reason: `${name} is already bidirectional: either side may open connections.` };
  return { reversible: true };
}

function reversedRule(rule: CountedRule): PolicyRuleRequestDraft {
  const { id: _id, ...request } = ruleRequestFromStored(rule);
  return {
    ...request,
    name: rule.name.trim() !== '' ? `${rule.name} (reverse)` : 'Reverse',
    sources: request.destinations,
    destinations: request.sources,
    sourceResource: request.destinationResource,
    destinationResource: request.sourceResource,
  };
}

/**
 * reversePolicyOffer: a new policy holding the reverse of every reversible rule (the others are
 * listed in `skipped` with their reason), or why none of the rules can be reversed.
 */
export function reversePolicyOffer(policy: CountedPolicy): ReverseOffer {
  const rules: PolicyRuleRequestDraft[] = [];
  const skipped: string[] = [];
  policy.rules.forEach((rule, i) => {
    const verdict = ruleReversal(rule, i);
    if (verdict.reversible) rules.push(reversedRule(rule));
    else skipped.push(verdict.reason);
  });
  if (rules.length === 0) return { offered: false, reason: skipped.join(' ') || 'The policy has no rules.' };
  return {
    offered: true,
    skipped,
    policy: {
      name: `Reverse of ${policy.name}`,
      description: `The reverse direction of "${policy.name}": its destinations may open connections to its sources.`,
      enabled: policy.enabled,
      source_posture_checks: [...policy.source_posture_checks],
      rules,
    },
  };
}
