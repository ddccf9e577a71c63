import * as z from '@/api/schemas/zod';
import { policyRequestSchema, policyRuleRequestSchema, type PolicyRequest } from '@/api/schemas';
import { validatePolicy } from '@/domain/rules/validate/policy';
import { invalid } from '../http-error';
import type { StoreState } from '../store/state';
import { storeResourceLookup } from './group';
import { parseRequest } from './parse-request';

/**
 * The policy request decoded with `action` and `protocol` as plain strings, so a value outside
 * the enums reaches the domain rules and is answered 422 naming the rule (as NetBird does),
 * rather than 400 from the decoder.
 */
const lenientRuleSchema = z.extend(policyRuleRequestSchema, { action: z.string(), protocol: z.string() });
const lenientPolicySchema = z.extend(policyRequestSchema, { rules: z.array(lenientRuleSchema) });

/** validatePolicyRequest: 400 for an undecodable body, 422 for the first broken rule of any rule. */
export function validatePolicyRequest(body: unknown, state: StoreState): PolicyRequest {
  const draft = parseRequest(lenientPolicySchema, body);
  const first = validatePolicy(draft, storeResourceLookup(state))[0];
  if (first) throw invalid(first.message);
  return parseRequest(policyRequestSchema, body);
}
