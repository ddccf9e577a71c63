import * as z from './zod';

/**
 * Wire schemas of NetBird's management API objects, written by us and checked against
 * ../shared/reference/netbird-openapi.yml. Response schemas are loose objects: a real server may
 * send fields we do not model yet, and an export must keep them.
 */

/** GroupMinimum: how the API names a group inside other objects (peer.groups, rule.sources, ...). */
export const groupMinimumSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  peers_count: z.int(),
  resources_count: z.int(),
  issued: z.optional(z.enum(['api', 'integration', 'jwt'])),
});
export type GroupMinimum = z.infer<typeof groupMinimumSchema>;

export const peerMinimumSchema = z.looseObject({ id: z.string(), name: z.string() });
export type PeerMinimum = z.infer<typeof peerMinimumSchema>;

/** ResourceType: a network resource's type, or `peer` when a policy rule targets a single peer. */
export const resourceTypeSchema = z.enum(['host', 'subnet', 'domain', 'peer']);
export type ResourceType = z.infer<typeof resourceTypeSchema>;

/** Resource: a reference to a network resource (or a peer) in groups and policy rules. */
export const resourceRefSchema = z.looseObject({ id: z.string(), type: resourceTypeSchema });
export type ResourceRef = z.infer<typeof resourceRefSchema>;

/** ErrorResponse: NetBird answers every error as `{"message": ..., "code": <http status>}`. */
export const errorResponseSchema = z.looseObject({
  message: z.string(),
  code: z.optional(z.int()),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** Arrays that older servers send as `null` when empty. */
export const nullableArray = <T extends z.ZodMiniType>(item: T) =>
  z.pipe(
    z.nullish(z.array(item)),
    z.transform((v) => v ?? []),
  );
