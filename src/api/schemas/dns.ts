import * as z from './zod';

export const nameserverSchema = z.object({
  ip: z.string(),
  ns_type: z.enum(['udp']),
  port: z.int(),
});
export type Nameserver = z.infer<typeof nameserverSchema>;

const nameserverGroupFields = {
  name: z.string(),
  description: z.string(),
  nameservers: z.array(nameserverSchema),
  enabled: z.boolean(),
  groups: z.array(z.string()),
  primary: z.boolean(),
  domains: z.array(z.string()),
  search_domains_enabled: z.boolean(),
};

/** NameserverGroup: GET /api/dns/nameservers. `primary` means it answers every domain (match ALL). */
export const nameserverGroupSchema = z.looseObject({ id: z.string(), ...nameserverGroupFields });
export type NameserverGroup = z.infer<typeof nameserverGroupSchema>;

export const nameserverGroupRequestSchema = z.object(nameserverGroupFields);
export type NameserverGroupRequest = z.infer<typeof nameserverGroupRequestSchema>;

export const dnsSettingsSchema = z.looseObject({
  disabled_management_groups: z.array(z.string()),
});
export type DnsSettings = z.infer<typeof dnsSettingsSchema>;
