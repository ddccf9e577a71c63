import type { AccountIndex } from '@/domain/account';
import { assertNever } from '@/domain/assert-never';
import type { DestinationInput } from '@/domain/trace';

/** destinationText: what the field's text names, in words (the "parsed as" line under the field). */
export function destinationText(index: AccountIndex, d: DestinationInput): string {
  const port = d.port === null ? '' : ` · port ${d.port}`;
  const dest = d.destination;
  switch (dest.kind) {
    case 'peer':
      return `Peer ${dest.peer.name} (${dest.peer.ip})${port}`;
    case 'resource': {
      const network = index.networks.get(dest.resource.network_id)?.name ?? dest.resource.network_id;
      const at = dest.target.kind === 'ip' ? dest.target.ip.text : dest.target.name;
      return `Network resource ${dest.resource.name} (${dest.resource.address}) of ${network}, traced at ${at}${port}`;
    }
    case 'ip':
      return dest.peer !== null ? `IP address ${dest.ip.text}, the overlay IP of peer ${dest.peer.name}${port}` : `IP address ${dest.ip.text}${port}`;
    case 'domain':
      return `Domain name ${dest.name}${port}`;
    default:
      return assertNever(dest);
  }
}
