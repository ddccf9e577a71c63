import { networkRequestSchema, type NetworkRequest } from '@/api/schemas';
import { invalid } from '../http-error';
import { parseRequest } from './parse-request';

export function validateNetworkRequest(body: unknown): NetworkRequest {
  const req = parseRequest(networkRequestSchema, body);
  if (req.name.trim() === '') throw invalid('network name should not be empty');
  return req;
}
