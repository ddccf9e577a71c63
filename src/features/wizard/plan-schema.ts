import { z } from 'zod';
import { DEFAULT_METRIC, type WizardPlan } from '@/domain/wizard';

/**
 * plan-schema: the wizard's plan as zod schemas: each step's form validates its part with them,
 * and the saved draft is parsed on load by shape (planSchema; a draft from an older version or
 * edited by hand is dropped, not trusted). Rules about the account (names taken, masquerade, HA) are the
 * domain's checkPlan; these only say what shape each field has.
 */
const required = (what: string) => z.string().trim().min(1, `${what} is required`);
const metric = z.number({ error: 'Metric is a number' }).int('Metric is a whole number').min(1, 'Metric is 1 to 9999').max(9999, 'Metric is 1 to 9999');
const platform = z.enum(['linux', 'docker', 'kubernetes', 'windows']);

export const groupChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('new'), name: z.string() }),
  z.object({ kind: z.literal('existing'), id: z.string() }),
]);

export const networkStepSchema = z.object({
  network: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('new'), name: z.string(), description: z.string() }),
    z.object({ kind: z.literal('existing'), id: z.string() }),
  ]),
  resourceGroup: groupChoiceSchema,
  resources: z.array(z.object({ name: required('Name'), address: required('Address') })),
  exitNode: z.object({ name: z.string(), autoApply: z.boolean(), nameservers: z.array(z.string()) }),
});

export const peerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('existing'), peerId: required('Peer'), metric, failureDomain: z.string() }),
  z.object({ kind: z.literal('new'), name: required('Name'), platform, metric, failureDomain: z.string() }),
]);

export const peersStepSchema = z.object({ peers: z.array(peerSchema).min(1, 'Add at least one routing peer'), masquerade: z.boolean() });

export const installStepSchema = z.object({
  routerGroupName: z.string(),
  setupKey: z.object({ name: z.string(), type: z.enum(['one-off', 'reusable']), expiresInDays: z.number({ error: 'Days is a number' }).int().min(1, 'At least 1 day').max(365, 'At most 365 days') }),
});

export const accessStepSchema = z.object({
  access: z.object({
    policyName: z.string(),
    sourceGroups: z.array(z.string()).min(1, 'Choose at least one source group'),
    protocol: z.enum(['all', 'tcp', 'udp']),
    ports: z.array(z.string()),
    inputPorts: z.array(z.string()),
  }),
});

/**
 * planSchema: the saved draft's plan, by shape only. A draft is saved while the admin is mid-way
 * (no source group chosen yet, a name just cleared, a number field emptied), so the step rules
 * above must not apply here: they would drop a half-filled draft on reload or on coming back.
 * A number that did not survive JSON (an emptied field is NaN, saved as null) falls back to the default.
 */
export const planSchema = z.object({
  scenario: z.enum(['site', 'domain', 'exit-node', 'kubernetes']),
  network: networkStepSchema.shape.network,
  resourceGroup: groupChoiceSchema,
  resources: z.array(z.object({ name: z.string(), address: z.string() })),
  exitNode: networkStepSchema.shape.exitNode,
  peers: z.array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('existing'), peerId: z.string(), metric: z.number().catch(DEFAULT_METRIC), failureDomain: z.string() }),
      z.object({ kind: z.literal('new'), name: z.string(), platform, metric: z.number().catch(DEFAULT_METRIC), failureDomain: z.string() }),
    ]),
  ),
  masquerade: z.boolean(),
  routerGroupName: z.string(),
  setupKey: z.object({ name: z.string(), type: z.enum(['one-off', 'reusable']), expiresInDays: z.number().catch(7) }),
  access: accessStepSchema.shape.access.extend({ sourceGroups: z.array(z.string()) }),
  acceptedFindings: z.array(z.string()),
}) satisfies z.ZodType<WizardPlan>;

export type NetworkStepValues = z.infer<typeof networkStepSchema>;
export type PeersStepValues = z.infer<typeof peersStepSchema>;
export type InstallStepValues = z.infer<typeof installStepSchema>;
export type AccessStepValues = z.infer<typeof accessStepSchema>;

/** portsText / parsePortsText: ports as the admin types them ("22, 443"). */
export const portsText = (ports: readonly string[]): string => ports.join(', ');
export const parsePortsText = (text: string): string[] =>
  text
    .split(/[\s,]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
