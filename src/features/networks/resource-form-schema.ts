import { z } from 'zod';
import type { NetworkResource, NetworkResourceRequest } from '@/api';
import { addIssues } from '@/components/form';
import { classifyResourceAddress } from '@/domain/net';
import type { RefLookup } from '@/domain/rules/validate/field-issue';
import { validateNetworkResource, type ResourceNameLookup } from '@/domain/rules/validate/network-resource';
import type { Snapshot } from '@/domain/snapshot';

/** The resource form: NetBird's request fields; the rules are the control plane's (validateNetworkResource). */
export const resourceFormSchema = z.object({
  name: z.string(),
  description: z.string(),
  address: z.string(),
  enabled: z.boolean(),
  groups: z.array(z.string()),
});
export type ResourceFormValues = z.infer<typeof resourceFormSchema>;

export interface ResourceRuleContext {
  refs: RefLookup;
  names: ResourceNameLookup;
  /** The resource being edited (it may keep its own name). */
  selfId: string | undefined;
}

/** resourceSchemaWith: the form schema plus the domain validator, reporting under each field. */
export const resourceSchemaWith = (ctx: ResourceRuleContext) =>
  resourceFormSchema.superRefine((v, c) => addIssues(c, validateNetworkResource(v, ctx.refs, ctx.names, ctx.selfId)));

/** resourceNamesFrom: resource names across the whole account (they are unique account-wide, as in NetBird). */
export function resourceNamesFrom(s: Snapshot): ResourceNameLookup {
  return {
    resourceNamed(name) {
      for (const n of s.networks) {
        const hit = (s.network_resources[n.id] ?? []).find((r) => r.name.trim() === name);
        if (hit) return { id: hit.id, networkName: n.name };
      }
      return undefined;
    },
  };
}

export const emptyResourceValues: ResourceFormValues = { name: '', description: '', address: '', enabled: true, groups: [] };

export function resourceValuesOf(r: NetworkResource): ResourceFormValues {
  return { name: r.name, description: r.description ?? '', address: r.address, enabled: r.enabled, groups: r.groups.map((g) => g.id) };
}

/** toResourceRequest: the request, with the address as NetBird stores it (a bare IP as /32 or /128). */
export function toResourceRequest(v: ResourceFormValues): NetworkResourceRequest {
  const address = classifyResourceAddress(v.address);
  return {
    name: v.name.trim(),
    description: v.description,
    address: address.ok ? address.value.address : v.address.trim(),
    enabled: v.enabled,
    groups: v.groups,
  };
}
