import * as z from '@/api/schemas/zod';
import { HttpError } from '../http-error';

/**
 * parseRequest: decode a request body with its wire schema. Like NetBird, a body of the wrong JSON
 * types is a 400 (it cannot be decoded); a missing required field is a 422 naming the field. Rule
 * checks (domain/rules) run after this, on typed data.
 */
export function parseRequest<S extends z.core.$ZodType>(schema: S, body: unknown): z.infer<S> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, "couldn't parse JSON request: expected a JSON object");
  }
  const parsed = z.safeParse(schema, body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
  if (issue && issue.code === 'invalid_type' && readPath(body, issue.path) === undefined) {
    throw new HttpError(422, `${field} is required`);
  }
  throw new HttpError(400, `couldn't parse JSON request: ${field}: ${issue?.message ?? 'invalid value'}`);
}

function readPath(value: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = value;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}
