import * as z from '@/api/schemas/zod';
import {
  dnsSettingsSchema,
  nameserverGroupRequestSchema,
  nameserverSchema,
  type DnsSettings,
  type NameserverGroupRequest,
} from '@/api/schemas';
import { validateDnsSettings, validateNameserverGroup } from '@/domain/rules/validate/nameserver-group';
import { invalid } from '../http-error';
import type { StoreState } from '../store/state';
import { parseRequest } from './parse-request';
import { storeRefLookup } from './route';

/** The request decoded with `ns_type` as a string, so "tcp" is a 422 naming the server, not a 400. */
const lenientSchema = z.extend(nameserverGroupRequestSchema, {
  nameservers: z.array(z.extend(nameserverSchema, { ns_type: z.string() })),
});

/** validateNameserverGroupRequest: 400 undecodable, 422 first broken rule; `selfId` is the group being updated. */
export function validateNameserverGroupRequest(body: unknown, state: StoreState, selfId?: string): NameserverGroupRequest {
  const draft = parseRequest(lenientSchema, body);
  const first = validateNameserverGroup(draft, storeRefLookup(state), state.nameservers.values(), selfId)[0];
  if (first) throw invalid(first.message);
  const request = parseRequest(nameserverGroupRequestSchema, body);
  return { ...request, name: request.name.trim() };
}

/** validateDnsSettingsRequest: the disabled management groups must exist (422). */
export function validateDnsSettingsRequest(body: unknown, state: StoreState): DnsSettings {
  const request = parseRequest(dnsSettingsSchema, body);
  const first = validateDnsSettings(request, storeRefLookup(state))[0];
  if (first) throw invalid(first.message);
  return { disabled_management_groups: [...new Set(request.disabled_management_groups)] };
}
