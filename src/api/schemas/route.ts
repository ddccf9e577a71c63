import * as z from './zod';

export const routeNetworkTypeSchema = z.enum(['IPv4', 'IPv6', 'Domain']);
export type RouteNetworkType = z.infer<typeof routeNetworkTypeSchema>;

const routeFields = {
  description: z.string(),
  network_id: z.string(),
  enabled: z.boolean(),
  peer: z.optional(z.string()),
  peer_groups: z.nullish(z.array(z.string())),
  network: z.optional(z.string()),
  domains: z.nullish(z.array(z.string())),
  metric: z.int(),
  masquerade: z.boolean(),
  groups: z.array(z.string()),
  keep_route: z.boolean(),
  access_control_groups: z.nullish(z.array(z.string())),
  skip_auto_apply: z.optional(z.boolean()),
};

/** Route: a legacy network route (GET /api/routes). `network` is stored masked. */
export const routeSchema = z.looseObject({
  id: z.string(),
  network_type: routeNetworkTypeSchema,
  ...routeFields,
});
export type Route = z.infer<typeof routeSchema>;

/** RouteRequest: POST/PUT /api/routes. */
export const routeRequestSchema = z.object(routeFields);
export type RouteRequest = z.infer<typeof routeRequestSchema>;
