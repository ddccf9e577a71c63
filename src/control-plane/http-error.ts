/**
 * HttpError: thrown by handlers and validation, turned into NetBird's error body
 * `{"message": ..., "code": <status>}` by the router.
 */
export class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
  }
}

/** 422: NetBird's InvalidArgument. */
export const invalid = (message: string) => new HttpError(422, message);
export const notFound = (what: string, id: string) => new HttpError(404, `${what} ${id} not found`);
export const conflict = (message: string) => new HttpError(409, message);
export const badRequest = (message: string) => new HttpError(400, message);

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function errorResponse(status: number, message: string): Response {
  return jsonResponse(status, { message, code: status });
}
