import { SwitchField } from '@/components/form';
import type { RouteMasqueradeRule } from '@/domain/rules/editor/route-masquerade';

const DESCRIPTION = 'On: the routing peer sends forwarded traffic with its own LAN address, so the destination network needs no knowledge of NetBird.';

/**
 * RouteMasqueradeField: the masquerade switch of a route, ruled by routeMasqueradeRule. While it is
 * on and may not go off (non-Linux peer, two routing peers, exit node), the switch is disabled with
 * the reason beside it; while it is off, the LAN's return route is spelled out, or, if off is not
 * allowed (any more), the reason shows as the field's error so the admin turns it back on. A route
 * joining an HA route set whose other route has masquerade off gets that conflict as its error.
 */
export function RouteMasqueradeField({
  checked,
  onCheckedChange,
  rule,
  error,
}: {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  /** Null while the account is still loading. */
  rule: RouteMasqueradeRule | null;
  error?: string | undefined;
}) {
  const verdict = rule?.verdict ?? { kind: 'allowed' as const };
  const blocked = verdict.kind === 'allowed' ? null : verdict.reason;
  if (checked) {
    const conflict = rule?.siblingConflict ?? undefined;
    return <SwitchField label="Masquerade" checked onCheckedChange={onCheckedChange} description={DESCRIPTION} disabledReason={blocked ?? undefined} error={error ?? conflict} />;
  }
  const advice = rule && blocked === null ? `With masquerade off, NetBird peers keep their overlay addresses: ${rule.returnRoute}.` : undefined;
  return <SwitchField label="Masquerade" checked={false} onCheckedChange={onCheckedChange} description={advice ?? DESCRIPTION} error={error ?? blocked ?? undefined} />;
}
