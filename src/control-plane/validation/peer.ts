import { peerRequestSchema, type PeerRequest } from '@/api/schemas';
import { invalid } from '../http-error';
import { parseRequest } from './parse-request';

/**
 * validatePeerRequest: PUT /api/peers/{peerId}. A peer's name is how every list shows it, so an
 * empty one is refused (422); the booleans need no rule beyond their type.
 */
export function validatePeerRequest(body: unknown): PeerRequest {
  const request = parseRequest(peerRequestSchema, body);
  if (request.name.trim() === '') throw invalid('peer name must not be empty');
  return { ...request, name: request.name.trim() };
}
