import { z } from 'zod';
import { groupMinimumSchema, nullableArray, peerMinimumSchema, resourceRefSchema } from './common';

/** Group: GET /api/groups. Membership is listed both ways: peers and network resources. */
export const groupSchema = groupMinimumSchema.extend({
  peers: nullableArray(peerMinimumSchema),
  resources: nullableArray(resourceRefSchema),
});
export type Group = z.infer<typeof groupSchema>;

/** GroupRequest: POST/PUT /api/groups. `peers` are peer ids. */
export const groupRequestSchema = z.object({
  name: z.string(),
  peers: z.array(z.string()).optional(),
  resources: z.array(resourceRefSchema).optional(),
});
export type GroupRequest = z.infer<typeof groupRequestSchema>;
