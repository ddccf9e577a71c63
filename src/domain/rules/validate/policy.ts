import { parsePort, parsePortRange } from '@/domain/net';
import { issue, type FieldIssue, type RefLookup } from './field-issue';
import type { ResourceLookup, ResourceRefDraft } from './group';

/**
 * Policy rules (POST/PUT /api/policies). Every rule of a policy is checked, not only the first
 * (NetBird's dashboard edits only rules[0]; the API keeps them all). Where NetBird is lenient we
 * are stricter and say so: it silently drops unknown group ids from sources and destinations, we
 * refuse them, because a rule that loses its sources without a word grants nothing (or, with
 * destinations gone, something else than the author meant).
 */

export const POLICY_ACTIONS = ['accept', 'drop'] as const;
export type PolicyActionName = (typeof POLICY_ACTIONS)[number];

export const POLICY_PROTOCOLS = ['all', 'tcp', 'udp', 'icmp', 'netbird-ssh'] as const;
export type PolicyProtocolName = (typeof POLICY_PROTOCOLS)[number];

/** PORTLESS_PROTOCOLS: protocols that match every port (all) or have none (icmp), so ports make no sense. */
export const PORTLESS_PROTOCOLS: readonly PolicyProtocolName[] = ['all', 'icmp'];

export const isPolicyAction = (v: string): v is PolicyActionName => (POLICY_ACTIONS as readonly string[]).includes(v);
export const isPolicyProtocol = (v: string): v is PolicyProtocolName => (POLICY_PROTOCOLS as readonly string[]).includes(v);
export const protocolTakesPorts = (p: PolicyProtocolName): boolean => !PORTLESS_PROTOCOLS.includes(p);

/** PolicyRuleDraft: a rule as sent (group ids); `action`/`protocol` are plain strings so bad values reach the rules. */
export interface PolicyRuleDraft {
  name: string;
  action: string;
  protocol: string;
  ports?: readonly string[] | null | undefined;
  port_ranges?: readonly { start: number; end: number }[] | null | undefined;
  sources?: readonly string[] | null | undefined;
  destinations?: readonly string[] | null | undefined;
  sourceResource?: ResourceRefDraft | null | undefined;
  destinationResource?: ResourceRefDraft | null | undefined;
  authorized_groups?: Readonly<Record<string, readonly string[]>> | null | undefined;
}

export interface PolicyDraft {
  name: string;
  rules: readonly PolicyRuleDraft[];
}

/** ruleLabel: how messages name a rule, e.g. `rule "web" (rules.0)` or `rule 2 (rules.1)` when unnamed. */
export function ruleLabel(rule: Pick<PolicyRuleDraft, 'name'>, index: number): string {
  const name = rule.name.trim();
  return name !== '' ? `rule "${name}" (rules.${index})` : `rule ${index + 1} (rules.${index})`;
}

/** Empty lists count as absent: NetBird's dashboard sends `ports: []` and `sources: []` for "not set". */
const present = <T>(list: readonly T[] | null | undefined): list is readonly T[] => (list ?? []).length > 0;

function endIssues(
  rule: PolicyRuleDraft,
  label: string,
  at: string,
  end: 'source' | 'destination',
  refs: RefLookup & ResourceLookup,
): FieldIssue[] {
  const groupsField = end === 'source' ? 'sources' : 'destinations';
  const resourceField = end === 'source' ? 'sourceResource' : 'destinationResource';
  const groups = rule[groupsField];
  const resource = rule[resourceField];
  if (present(groups) && resource) {
    return [issue(`${at}.${groupsField}`, `${label}: ${groupsField} and ${resourceField} cannot both be set; choose groups or one resource`)];
  }
  if (!present(groups) && !resource) {
    return [issue(`${at}.${groupsField}`, `${label}: ${groupsField} are missing: set ${groupsField} (group ids) or ${resourceField}`)];
  }
  if (resource) {
    if (resource.type === 'peer') {
      return refs.hasPeer(resource.id) ? [] : [issue(`${at}.${resourceField}`, `${label}: ${resourceField}: peer "${resource.id}" does not exist`)];
    }
    return refs.hasResource(resource.id)
      ? []
      : [issue(`${at}.${resourceField}`, `${label}: ${resourceField}: network resource "${resource.id}" does not exist`)];
  }
  const issues: FieldIssue[] = [];
  (groups ?? []).forEach((id, i) => {
    if (!refs.hasGroup(id)) issues.push(issue(`${at}.${groupsField}.${i}`, `${label}: ${groupsField}: group "${id}" does not exist`));
  });
  return issues;
}

function portIssues(rule: PolicyRuleDraft, label: string, at: string): FieldIssue[] {
  const ports = present(rule.ports) ? rule.ports : [];
  const ranges = present(rule.port_ranges) ? rule.port_ranges : [];
  if (ports.length > 0 && ranges.length > 0) {
    return [issue(`${at}.ports`, `${label}: ports and port_ranges cannot both be set; use one of them`)];
  }
  if (ports.length + ranges.length === 0) return [];
  if (isPolicyProtocol(rule.protocol) && !protocolTakesPorts(rule.protocol)) {
    const field = ports.length > 0 ? 'ports' : 'port_ranges';
    return [issue(`${at}.${field}`, `${label}: protocol ${rule.protocol} does not take ${field}; remove them or use tcp or udp`)];
  }
  const issues: FieldIssue[] = [];
  ports.forEach((p, i) => {
    const parsed = parsePort(p);
    if (!parsed.ok) issues.push(issue(`${at}.ports.${i}`, `${label}: ${parsed.error}`));
  });
  ranges.forEach((r, i) => {
    const parsed = parsePortRange(r);
    if (!parsed.ok) issues.push(issue(`${at}.port_ranges.${i}`, `${label}: ${parsed.error}`));
  });
  return issues;
}

/** validatePolicyRule: every broken rule of one policy rule at `rules.<index>`. */
export function validatePolicyRule(rule: PolicyRuleDraft, index: number, refs: RefLookup & ResourceLookup): FieldIssue[] {
  const label = ruleLabel(rule, index);
  const at = `rules.${index}`;
  const issues: FieldIssue[] = [];
  if (!isPolicyAction(rule.action)) {
    issues.push(issue(`${at}.action`, `${label}: action "${rule.action}" is not valid; use ${POLICY_ACTIONS.join(' or ')}`));
  }
  if (!isPolicyProtocol(rule.protocol)) {
    issues.push(issue(`${at}.protocol`, `${label}: protocol "${rule.protocol}" is not valid; use one of ${POLICY_PROTOCOLS.join(', ')}`));
  }
  issues.push(...endIssues(rule, label, at, 'source', refs), ...endIssues(rule, label, at, 'destination', refs), ...portIssues(rule, label, at));
  for (const id of Object.keys(rule.authorized_groups ?? {})) {
    if (!refs.hasGroup(id)) issues.push(issue(`${at}.authorized_groups`, `${label}: authorized_groups: group "${id}" does not exist`));
  }
  return issues;
}

/** validatePolicy: every broken rule of a policy draft: its name, then each rule in order. */
export function validatePolicy(d: PolicyDraft, refs: RefLookup & ResourceLookup): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (d.name.trim() === '') issues.push(issue('name', 'policy name must not be empty'));
  if (d.rules.length === 0) issues.push(issue('rules', 'a policy needs at least one rule'));
  d.rules.forEach((rule, i) => issues.push(...validatePolicyRule(rule, i, refs)));
  return issues;
}
