import type { AccountIndex } from '@/domain/account';
import { finding, inScope, ref, type Finding, type LintScope } from './finding';
import { joinList } from './names';
import { servingUnitsOf, unitLabel, unitRefs } from './serving-units';

/**
 * login-expiration: routing peers are headless servers; the docs say to register them with setup
 * keys. A peer registered interactively keeps login expiration on, and when its login expires it
 * drops off the network and stops routing until someone logs in on it again.
 */
export function lintLoginExpiration(index: AccountIndex, scope?: LintScope): Finding[] {
  const accountExpires = index.snapshot.account.settings.peer_login_expiration_enabled;
  const out: Finding[] = [];
  for (const [peerId, units] of servingUnitsOf(index).unitsOfPeer) {
    const peer = index.peers.get(peerId);
    if (peer === undefined || !peer.login_expiration_enabled) continue;
    const note = accountExpires ? '' : ' (login expiration is off for the account today, so this takes effect when it is turned on)';
    out.push(
      finding(
        'routing-peer-login-expiration',
        `Routing peer ${peer.name} has login expiration enabled${note}: it was registered interactively, not with a setup key, and when its login expires it drops off and stops routing for ${joinList(
          units.map((u) => unitLabel(index, u)),
          'and',
          3,
        )}. Disable login expiration for this peer, or re-register it with a setup key.`,
        [ref('peer', peerId), ...units.flatMap(unitRefs)],
        { kind: 'disable-login-expiration', peerId },
      ),
    );
  }
  return inScope(out, scope);
}
