import { accountRequestSchema, type AccountRequest } from '@/api/schemas';
import { validateAccountSettings } from '@/domain/rules/validate/account-settings';
import { invalid } from '../http-error';
import { parseRequest } from './parse-request';

/** validateAccountRequest: 400 for an undecodable body, 422 for the first broken settings rule. */
export function validateAccountRequest(body: unknown): AccountRequest {
  const request = parseRequest(accountRequestSchema, body);
  const first = validateAccountSettings(request.settings)[0];
  if (first) throw invalid(first.message);
  return request;
}
