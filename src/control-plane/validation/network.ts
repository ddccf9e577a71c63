import { networkRequestSchema, type NetworkRequest } from '@/api/schemas';
import { validateNetwork } from '@/domain/rules/validate/network';
import { invalid } from '../http-error';
import { parseRequest } from './parse-request';

export function validateNetworkRequest(body: unknown): NetworkRequest {
  const req = parseRequest(networkRequestSchema, body);
  const first = validateNetwork(req)[0];
  if (first) throw invalid(first.message);
  return req;
}
