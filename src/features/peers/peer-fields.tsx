import type { Peer } from '@/api';
import { CopyButton } from '@/components/copy-button';
import type { KeyValueItem } from '@/components/key-value-list';
import { StatusDot } from '@/components/status-dot';
import { formatDateTime, formatRelative } from '@/lib/format';

const yesNo = (v: boolean | undefined) => (v === undefined ? '—' : v ? 'Yes' : 'No');

function Copyable({ value, label }: { value: string; label: string }) {
  return (
    <span className="inline-flex items-center gap-1 font-mono text-xs">
      {value}
      <CopyButton value={value} label={label} />
    </span>
  );
}

/** networkFields: how the peer is reached and named on the overlay. */
export function networkFields(p: Peer): KeyValueItem[] {
  return [
    { label: 'Status', value: <StatusDot connected={p.connected} /> },
    { label: 'NetBird IP', value: <Copyable value={p.ip} label="Copy NetBird IP" /> },
    { label: 'IPv6', value: p.ipv6 ? <Copyable value={p.ipv6} label="Copy IPv6 address" /> : '—' },
    { label: 'DNS label', value: p.dns_label ? <Copyable value={p.dns_label} label="Copy DNS label" /> : '—' },
    { label: 'Extra DNS labels', value: p.extra_dns_labels?.length ? p.extra_dns_labels.join(', ') : '—' },
    { label: 'Public IP', value: p.connection_ip || '—' },
    { label: 'Location', value: [p.city_name, p.country_code].filter(Boolean).join(', ') || '—' },
    { label: 'Last seen', value: p.last_seen ? `${formatRelative(p.last_seen)} (${formatDateTime(p.last_seen)})` : '—' },
    { label: 'Peers it can reach', value: p.accessible_peers_count ?? '—' },
  ];
}

/** systemFields: the machine and its agent. */
export function systemFields(p: Peer): KeyValueItem[] {
  return [
    { label: 'Hostname', value: p.hostname || '—' },
    { label: 'Operating system', value: p.os || '—' },
    { label: 'Kernel', value: p.kernel_version || '—' },
    { label: 'Agent version', value: <span className="font-mono text-xs">{p.version}</span> },
    { label: 'UI version', value: p.ui_version || '—' },
    { label: 'Serial number', value: p.serial_number || '—' },
    { label: 'Peer ID', value: <Copyable value={p.id} label="Copy peer ID" /> },
  ];
}

/** accessFields: login, SSH and lifecycle settings. */
export function accessFields(p: Peer): KeyValueItem[] {
  return [
    { label: 'Login expiration', value: p.login_expiration_enabled ? 'On' : 'Off' },
    { label: 'Login expired', value: yesNo(p.login_expired) },
    { label: 'Last login', value: p.last_login ? formatDateTime(p.last_login) : '—' },
    { label: 'Inactivity expiration', value: p.inactivity_expiration_enabled === undefined ? '—' : p.inactivity_expiration_enabled ? 'On' : 'Off' },
    { label: 'SSH server', value: p.ssh_enabled === undefined ? '—' : p.ssh_enabled ? 'On' : 'Off' },
    { label: 'Approval required', value: yesNo(p.approval_required) },
    { label: 'Ephemeral', value: yesNo(p.ephemeral) },
    { label: 'Registered by user', value: p.user_id || '—' },
    { label: 'Created', value: p.created_at ? formatDateTime(p.created_at) : '—' },
  ];
}
