import { z } from 'zod';
import { groupMinimumSchema, nullableArray, resourceRefSchema } from './common';

export const policyProtocolSchema = z.enum(['all', 'tcp', 'udp', 'icmp', 'netbird-ssh']);
export type PolicyProtocol = z.infer<typeof policyProtocolSchema>;

export const policyActionSchema = z.enum(['accept', 'drop']);
export type PolicyAction = z.infer<typeof policyActionSchema>;

export const rulePortRangeSchema = z.object({ start: z.number().int(), end: z.number().int() });
export type RulePortRange = z.infer<typeof rulePortRangeSchema>;

const ruleBase = {
  name: z.string(),
  description: z.string().optional(),
  enabled: z.boolean(),
  action: policyActionSchema,
  bidirectional: z.boolean(),
  protocol: policyProtocolSchema,
  ports: z.array(z.string()).nullish(),
  port_ranges: z.array(rulePortRangeSchema).nullish(),
  authorized_groups: z.record(z.string(), z.array(z.string())).nullish(),
};

/** PolicyRule as the server returns it: sources/destinations expanded to GroupMinimum. */
export const policyRuleSchema = z.looseObject({
  id: z.string().optional(),
  ...ruleBase,
  sources: nullableArray(groupMinimumSchema),
  destinations: nullableArray(groupMinimumSchema),
  sourceResource: resourceRefSchema.nullish(),
  destinationResource: resourceRefSchema.nullish(),
});
export type PolicyRule = z.infer<typeof policyRuleSchema>;

export const policySchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  enabled: z.boolean(),
  source_posture_checks: nullableArray(z.string()),
  rules: z.array(policyRuleSchema),
});
export type Policy = z.infer<typeof policySchema>;

/** PolicyRuleUpdate: rules as sent in POST/PUT /api/policies; sources/destinations are group ids. */
export const policyRuleRequestSchema = z.object({
  id: z.string().optional(),
  ...ruleBase,
  sources: z.array(z.string()).nullish(),
  destinations: z.array(z.string()).nullish(),
  sourceResource: resourceRefSchema.nullish(),
  destinationResource: resourceRefSchema.nullish(),
});
export type PolicyRuleRequest = z.infer<typeof policyRuleRequestSchema>;

export const policyRequestSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  enabled: z.boolean(),
  source_posture_checks: z.array(z.string()).optional(),
  rules: z.array(policyRuleRequestSchema),
});
export type PolicyRequest = z.infer<typeof policyRequestSchema>;
