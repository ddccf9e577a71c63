import {
  createSetupKeyRequestSchema,
  setupKeyRequestSchema,
  type CreateSetupKeyRequest,
  type SetupKeyRequest,
} from '@/api/schemas';
import { isSetupKeyType, validateSetupKeyCreate, validateSetupKeyUpdate, type SetupKeyTypeName } from '@/domain/rules/validate/setup-key';
import { invalid } from '../http-error';
import type { SetupKeyRecord, StoreState } from '../store/state';
import { parseRequest } from './parse-request';
import { storeRefLookup } from './route';

/** ValidCreateSetupKey: a create request that passed every rule, with its type narrowed. */
export type ValidCreateSetupKey = CreateSetupKeyRequest & { type: SetupKeyTypeName };

/** validateCreateSetupKeyRequest: 400 for an undecodable body, 422 for the first broken rule. */
export function validateCreateSetupKeyRequest(body: unknown, state: StoreState): ValidCreateSetupKey {
  const request = parseRequest(createSetupKeyRequestSchema, body);
  const first = validateSetupKeyCreate(request, storeRefLookup(state))[0];
  if (first) throw invalid(first.message);
  const { type } = request;
  if (!isSetupKeyType(type)) throw invalid(`setup key type "${type}" is not valid`);
  return { ...request, type };
}

/** validateSetupKeyUpdateRequest: only `revoked` (false to true) and `auto_groups` may change. */
export function validateSetupKeyUpdateRequest(body: unknown, state: StoreState, current: SetupKeyRecord): SetupKeyRequest {
  const request = parseRequest(setupKeyRequestSchema, body);
  const first = validateSetupKeyUpdate(request, current, storeRefLookup(state))[0];
  if (first) throw invalid(first.message);
  return request;
}
