import * as z from './zod';
import { groupMinimumSchema, nullableArray, resourceRefSchema } from './common';

export const policyProtocolSchema = z.enum(['all', 'tcp', 'udp', 'icmp', 'netbird-ssh']);
export type PolicyProtocol = z.infer<typeof policyProtocolSchema>;

export const policyActionSchema = z.enum(['accept', 'drop']);
export type PolicyAction = z.infer<typeof policyActionSchema>;

export const rulePortRangeSchema = z.object({ start: z.int(), end: z.int() });
export type RulePortRange = z.infer<typeof rulePortRangeSchema>;

const ruleBase = {
  name: z.string(),
  description: z.optional(z.string()),
  enabled: z.boolean(),
  action: policyActionSchema,
  bidirectional: z.boolean(),
  protocol: policyProtocolSchema,
  ports: z.nullish(z.array(z.string())),
  port_ranges: z.nullish(z.array(rulePortRangeSchema)),
  authorized_groups: z.nullish(z.record(z.string(), z.array(z.string()))),
};

/** PolicyRule as the server returns it: sources/destinations expanded to GroupMinimum. */
export const policyRuleSchema = z.looseObject({
  id: z.optional(z.string()),
  ...ruleBase,
  sources: nullableArray(groupMinimumSchema),
  destinations: nullableArray(groupMinimumSchema),
  sourceResource: z.nullish(resourceRefSchema),
  destinationResource: z.nullish(resourceRefSchema),
});
export type PolicyRule = z.infer<typeof policyRuleSchema>;

export const policySchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.optional(z.string()),
  enabled: z.boolean(),
  source_posture_checks: nullableArray(z.string()),
  rules: z.array(policyRuleSchema),
});
export type Policy = z.infer<typeof policySchema>;

/** PolicyRuleUpdate: rules as sent in POST/PUT /api/policies; sources/destinations are group ids. */
export const policyRuleRequestSchema = z.object({
  id: z.optional(z.string()),
  ...ruleBase,
  sources: z.nullish(z.array(z.string())),
  destinations: z.nullish(z.array(z.string())),
  sourceResource: z.nullish(resourceRefSchema),
  destinationResource: z.nullish(resourceRefSchema),
});
export type PolicyRuleRequest = z.infer<typeof policyRuleRequestSchema>;

export const policyRequestSchema = z.object({
  name: z.string(),
  description: z.optional(z.string()),
  enabled: z.boolean(),
  source_posture_checks: z.optional(z.array(z.string())),
  rules: z.array(policyRuleRequestSchema),
});
export type PolicyRequest = z.infer<typeof policyRequestSchema>;
