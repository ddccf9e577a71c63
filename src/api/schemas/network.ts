import { groupMinimumSchema } from './common';
import * as z from './zod';

/** Network: GET /api/networks, with the ids of its routers, resources and the policies that reach it. */
export const networkSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.optional(z.string()),
  routers: z.array(z.string()),
  resources: z.array(z.string()),
  policies: z.array(z.string()),
  routing_peers_count: z.int(),
});
export type Network = z.infer<typeof networkSchema>;

export const networkRequestSchema = z.object({
  name: z.string(),
  description: z.optional(z.string()),
});
export type NetworkRequest = z.infer<typeof networkRequestSchema>;

export const networkResourceTypeSchema = z.enum(['host', 'subnet', 'domain']);
export type NetworkResourceType = z.infer<typeof networkResourceTypeSchema>;

/** NetworkResource: its `type` is derived by the server from `address`. */
export const networkResourceSchema = z.looseObject({
  id: z.string(),
  type: networkResourceTypeSchema,
  groups: z.array(groupMinimumSchema),
  name: z.string(),
  description: z.optional(z.string()),
  address: z.string(),
  enabled: z.boolean(),
});
export type NetworkResource = z.infer<typeof networkResourceSchema>;

export const networkResourceRequestSchema = z.object({
  name: z.string(),
  description: z.optional(z.string()),
  address: z.string(),
  enabled: z.boolean(),
  groups: z.array(z.string()),
});
export type NetworkResourceRequest = z.infer<typeof networkResourceRequestSchema>;

const routerFields = {
  peer: z.optional(z.string()),
  peer_groups: z.nullish(z.array(z.string())),
  metric: z.int(),
  masquerade: z.boolean(),
  enabled: z.boolean(),
};

/** NetworkRouter: a routing peer (or peer group) of a network. */
export const networkRouterSchema = z.looseObject({ id: z.string(), ...routerFields });
export type NetworkRouter = z.infer<typeof networkRouterSchema>;

export const networkRouterRequestSchema = z.object(routerFields);
export type NetworkRouterRequest = z.infer<typeof networkRouterRequestSchema>;
