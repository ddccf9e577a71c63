import { z } from 'zod';

export const routeNetworkTypeSchema = z.enum(['IPv4', 'IPv6', 'Domain']);
export type RouteNetworkType = z.infer<typeof routeNetworkTypeSchema>;

const routeFields = {
  description: z.string(),
  network_id: z.string(),
  enabled: z.boolean(),
  peer: z.string().optional(),
  peer_groups: z.array(z.string()).nullish(),
  network: z.string().optional(),
  domains: z.array(z.string()).nullish(),
  metric: z.number().int(),
  masquerade: z.boolean(),
  groups: z.array(z.string()),
  keep_route: z.boolean(),
  access_control_groups: z.array(z.string()).nullish(),
  skip_auto_apply: z.boolean().optional(),
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
