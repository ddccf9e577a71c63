import { issue, type FieldIssue } from './field-issue';

/**
 * Peer rules (PUT /api/peers/{peerId}): a peer's name is how every list, policy review and trace
 * names it, and NetBird derives its DNS label from it, so an empty (or blank) name is refused.
 */
export interface PeerDraft {
  name: string;
}

export function validatePeer(d: PeerDraft): FieldIssue[] {
  return d.name.trim() === '' ? [issue('name', 'peer name must not be empty')] : [];
}
