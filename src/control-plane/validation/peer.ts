import { peerRequestSchema, type PeerRequest } from '@/api/schemas';
import { validatePeer } from '@/domain/rules/validate/peer';
import { invalid } from '../http-error';
import { parseRequest } from './parse-request';

/** validatePeerRequest: PUT /api/peers/{peerId}; the rules are validatePeer's (a name is required). */
export function validatePeerRequest(body: unknown): PeerRequest {
  const request = parseRequest(peerRequestSchema, body);
  const first = validatePeer(request)[0];
  if (first) throw invalid(first.message);
  return { ...request, name: request.name.trim() };
}
