import { z } from 'zod';
import type { CreateSetupKeyRequest } from '@/api';
import { addIssues } from '@/components/form';
import type { RefLookup } from '@/domain/rules/validate/field-issue';
import { SETUP_KEY_NEVER_EXPIRES, validateSetupKeyCreate } from '@/domain/rules/validate/setup-key';

/**
 * setup-key-form-schema: a new setup key as the admin describes it (expiry in days, or never) and
 * the request NetBird takes (`expires_in` in seconds, 0 = never). The rules are the control
 * plane's (validateSetupKeyCreate), run in `superRefine` on the request the form would send.
 */

const DAY_SECONDS = 86_400;

export const setupKeyFormSchema = z.object({
  name: z.string(),
  type: z.enum(['reusable', 'one-off']),
  neverExpires: z.boolean(),
  /** Whole days; only read when the key expires. Text, so a half-typed number stays as typed. */
  expiresInDays: z.string(),
  usageLimit: z.string(),
  ephemeral: z.boolean(),
  autoGroups: z.array(z.string()),
});
export type SetupKeyFormValues = z.infer<typeof setupKeyFormSchema>;

export const emptySetupKeyValues = (): SetupKeyFormValues => ({
  name: '',
  type: 'one-off',
  neverExpires: false,
  expiresInDays: '30',
  usageLimit: '0',
  ephemeral: false,
  autoGroups: [],
});

/**
 * routingPeerKeyValues: the "routing peer key" preset: routing peers are headless servers added
 * over time, so the key is reusable, never expires, has no usage limit, is not ephemeral (a routing
 * peer must not vanish after a reboot), and puts each new peer into the routing peer group (null:
 * keep the auto groups already chosen, e.g. a group just created inline).
 */
export function routingPeerKeyValues(current: SetupKeyFormValues, groupId: string | null): SetupKeyFormValues {
  return {
    ...current,
    name: current.name.trim() === '' ? 'Routing peers' : current.name,
    type: 'reusable',
    neverExpires: true,
    usageLimit: '0',
    ephemeral: false,
    autoGroups: groupId === null || current.autoGroups.includes(groupId) ? current.autoGroups : [...current.autoGroups, groupId],
  };
}

/** wholeNumber: the typed text as an integer, NaN when it is not one (the validator then names the field). */
const wholeNumber = (text: string): number => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** toCreateRequest: the POST /api/setup-keys body for the form. */
export function toCreateRequest(v: SetupKeyFormValues): CreateSetupKeyRequest {
  return {
    name: v.name.trim(),
    type: v.type,
    expires_in: v.neverExpires ? SETUP_KEY_NEVER_EXPIRES : wholeNumber(v.expiresInDays) * DAY_SECONDS,
    usage_limit: wholeNumber(v.usageLimit),
    ephemeral: v.ephemeral,
    auto_groups: v.autoGroups,
  };
}

const FORM_FIELD: Record<string, string> = { expires_in: 'expiresInDays', usage_limit: 'usageLimit', auto_groups: 'autoGroups' };

/** setupKeyFormSchemaFor: the schema with the control plane's rules; numbers must be whole first. */
export function setupKeyFormSchemaFor(refs: RefLookup) {
  return setupKeyFormSchema.superRefine((v, ctx) => {
    const request = toCreateRequest(v);
    if (!v.neverExpires && (Number.isNaN(request.expires_in) || request.expires_in <= 0)) {
      ctx.addIssue({ code: 'custom', path: ['expiresInDays'], message: 'expiry must be a whole number of days (1 or more), or choose "never expires"' });
    }
    if (Number.isNaN(request.usage_limit)) ctx.addIssue({ code: 'custom', path: ['usageLimit'], message: 'usage limit must be a whole number (0 = unlimited)' });
    const issues = validateSetupKeyCreate({ ...request, expires_in: Number.isNaN(request.expires_in) ? 0 : request.expires_in, usage_limit: Number.isNaN(request.usage_limit) ? 0 : request.usage_limit }, refs);
    addIssues(ctx, issues, (f) => FORM_FIELD[f.split('.')[0] ?? f] ?? f);
  });
}
