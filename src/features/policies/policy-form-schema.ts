import { z } from 'zod';
import type { Policy, PolicyRequest } from '@/api';
import { addIssues } from '@/components/form';
import { clonePolicyDraft, policyRequestFromStored, type PolicyRequestDraft } from '@/domain/draft/policy';
import type { FieldIssue, RefLookup } from '@/domain/rules/validate/field-issue';
import type { ResourceLookup } from '@/domain/rules/validate/group';
import { ruleLabel, validatePolicy } from '@/domain/rules/validate/policy';
import { parsePortsText, portsToText } from './ports-text';

/**
 * policy-form-schema: the policy editor's values, and the bridge to NetBird's request. Every rule
 * of the policy is a row of the form (NetBird's dashboard edits only the first). No product rule
 * is written here: `superRefine` converts the values to the request the server would get and runs
 * the server's own validator (validatePolicy) on it, mapping each issue to the field it concerns.
 */

const endpointKindSchema = z.enum(['groups', 'resource']);
export type EndpointKind = z.infer<typeof endpointKindSchema>;

const resourceRefSchema = z.object({ id: z.string(), type: z.enum(['host', 'subnet', 'domain', 'peer']) });
export type RuleResourceRef = z.infer<typeof resourceRefSchema>;

export const ruleFormSchema = z.object({
  id: z.string().optional(),
  name: z.string(),
  description: z.string(),
  enabled: z.boolean(),
  action: z.enum(['accept', 'drop']),
  protocol: z.enum(['all', 'tcp', 'udp', 'icmp', 'netbird-ssh']),
  bidirectional: z.boolean(),
  portsText: z.string(),
  sourceKind: endpointKindSchema,
  sources: z.array(z.string()),
  sourceResource: resourceRefSchema.nullable(),
  destinationKind: endpointKindSchema,
  destinations: z.array(z.string()),
  destinationResource: resourceRefSchema.nullable(),
  authorized_groups: z.record(z.string(), z.array(z.string())).optional(),
});
export type RuleFormValues = z.infer<typeof ruleFormSchema>;

export const policyFormSchema = z.object({
  name: z.string(),
  description: z.string(),
  enabled: z.boolean(),
  source_posture_checks: z.array(z.string()),
  rules: z.array(ruleFormSchema),
});
export type PolicyFormValues = z.infer<typeof policyFormSchema>;

/** newRule: what "Add rule" starts from: accept all traffic, one-way, groups on both sides. */
export function newRule(name = ''): RuleFormValues {
  return {
    name,
    description: '',
    enabled: true,
    action: 'accept',
    protocol: 'all',
    bidirectional: false,
    portsText: '',
    sourceKind: 'groups',
    sources: [],
    sourceResource: null,
    destinationKind: 'groups',
    destinations: [],
    destinationResource: null,
  };
}

export const emptyPolicyValues = (): PolicyFormValues => ({ name: '', description: '', enabled: true, source_posture_checks: [], rules: [newRule()] });

/** valuesFromRequest: a request body (stored policy, clone, reverse) as form values. */
export function valuesFromRequest(request: PolicyRequestDraft): PolicyFormValues {
  return {
    name: request.name,
    description: request.description,
    enabled: request.enabled,
    source_posture_checks: request.source_posture_checks,
    rules: request.rules.map((r) => ({
      ...(r.id !== undefined ? { id: r.id } : {}),
      name: r.name,
      description: r.description,
      enabled: r.enabled,
      action: r.action,
      protocol: r.protocol,
      bidirectional: r.bidirectional,
      portsText: portsToText(r.ports, r.port_ranges),
      sourceKind: r.sourceResource ? 'resource' : 'groups',
      sources: r.sources,
      sourceResource: r.sourceResource,
      destinationKind: r.destinationResource ? 'resource' : 'groups',
      destinations: r.destinations,
      destinationResource: r.destinationResource,
      ...(r.authorized_groups !== undefined ? { authorized_groups: r.authorized_groups } : {}),
    })),
  };
}

export const valuesFromPolicy = (policy: Policy): PolicyFormValues => valuesFromRequest(policyRequestFromStored(policy));
export const cloneValues = (policy: Policy): PolicyFormValues => valuesFromRequest(clonePolicyDraft(policy));

/** toPolicyRequest: the form as POST/PUT /api/policies takes it, plus ports the box could not turn into ranges. */
export function toPolicyRequest(values: PolicyFormValues): { request: PolicyRequest & PolicyRequestDraft; portIssues: FieldIssue[] } {
  const portIssues: FieldIssue[] = [];
  const rules = values.rules.map((r, i) => {
    const parsed = parsePortsText(r.portsText);
    for (const message of parsed.unreadable) portIssues.push({ field: `rules.${i}.portsText`, message: `${ruleLabel(r, i)}: ${message}` });
    const bySource = r.sourceKind === 'resource';
    const byDestination = r.destinationKind === 'resource';
    return {
      ...(r.id !== undefined ? { id: r.id } : {}),
      name: r.name.trim(),
      description: r.description,
      enabled: r.enabled,
      action: r.action,
      bidirectional: r.bidirectional,
      protocol: r.protocol,
      ports: parsed.ports.length > 0 ? parsed.ports : null,
      port_ranges: parsed.port_ranges.length > 0 ? parsed.port_ranges : null,
      sources: bySource ? [] : r.sources,
      destinations: byDestination ? [] : r.destinations,
      sourceResource: bySource ? r.sourceResource : null,
      destinationResource: byDestination ? r.destinationResource : null,
      ...(r.authorized_groups !== undefined ? { authorized_groups: r.authorized_groups } : {}),
    };
  });
  return {
    request: { name: values.name.trim(), description: values.description, enabled: values.enabled, source_posture_checks: values.source_posture_checks, rules },
    portIssues,
  };
}

const RULE_FIELD = /^rules\.(\d+)\.([A-Za-z_]+)/;

/** formField: where a validator issue is shown: request fields renamed to the form's (ports → the Ports box). */
export function formField(field: string): string {
  const m = RULE_FIELD.exec(field);
  if (!m) return field;
  const [, index, name] = m;
  switch (name) {
    case 'ports':
    case 'port_ranges':
      return `rules.${index}.portsText`;
    default:
      return `rules.${index}.${name}`;
  }
}

/** policyFormSchemaFor: the schema with the server's validator wired in, answering references from the query cache. */
export function policyFormSchemaFor(refs: RefLookup & ResourceLookup) {
  return policyFormSchema.superRefine((values, ctx) => {
    const { request, portIssues } = toPolicyRequest(values);
    addIssues(ctx, [...portIssues, ...validatePolicy(request, refs)], formField);
  });
}
