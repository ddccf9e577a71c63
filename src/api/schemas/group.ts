import { groupMinimumSchema, nullableArray, peerMinimumSchema, resourceRefSchema } from './common';
import * as z from './zod';

/** Group: GET /api/groups. Membership is listed both ways: peers and network resources. */
export const groupSchema = z.extend(groupMinimumSchema, {
  peers: nullableArray(peerMinimumSchema),
  resources: nullableArray(resourceRefSchema),
});
export type Group = z.infer<typeof groupSchema>;

/** GroupRequest: POST/PUT /api/groups. `peers` are peer ids. */
export const groupRequestSchema = z.object({
  name: z.string(),
  peers: z.optional(z.array(z.string())),
  resources: z.optional(z.array(resourceRefSchema)),
});
export type GroupRequest = z.infer<typeof groupRequestSchema>;
