import { ZERO_TIME, type SetupKeyRecord } from '../../store/state';

/**
 * Demo setup keys: a reusable key that enrolls routing peers into office-routers (how routing peers
 * should be registered), a one-off key for a contractor laptop, and a revoked key.
 */
export function demoSetupKeys(): SetupKeyRecord[] {
  const key = (fields: Pick<SetupKeyRecord, 'id' | 'name' | 'masked_key' | 'type' | 'expires' | 'revoked' | 'used_times' | 'last_used' | 'auto_groups' | 'usage_limit'>): SetupKeyRecord => ({
    updated_at: '2025-12-01T12:00:00Z',
    ephemeral: false,
    allow_extra_dns_labels: false,
    ...fields,
  });
  return [
    key({
      id: 'key-routing-peers',
      name: 'Routing peers',
      masked_key: '7C1F2****',
      type: 'reusable',
      expires: ZERO_TIME,
      revoked: false,
      used_times: 3,
      last_used: '2025-12-01T11:58:40Z',
      auto_groups: ['grp-office-routers'],
      usage_limit: 0,
    }),
    key({
      id: 'key-contractor-laptop',
      name: 'Contractor laptop',
      masked_key: 'B93D0****',
      type: 'one-off',
      // NetBird caps expiry at 365 days from creation; a one-off key that does not expire keeps the demo stable over time.
      expires: ZERO_TIME,
      revoked: false,
      used_times: 0,
      last_used: ZERO_TIME,
      auto_groups: ['grp-contractors'],
      usage_limit: 1,
    }),
    key({
      id: 'key-old-office',
      name: 'Old office key',
      masked_key: '4E8A7****',
      type: 'reusable',
      expires: ZERO_TIME,
      revoked: true,
      used_times: 2,
      last_used: '2025-10-02T10:14:00Z',
      auto_groups: ['grp-office-routers'],
      usage_limit: 0,
    }),
  ];
}
