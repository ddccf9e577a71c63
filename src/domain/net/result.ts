/**
 * Result is what every validator in this folder returns instead of throwing: forms show every
 * problem at once, the control plane turns `error` into a 422 message, and the tracer can say
 * why a packet was dropped, all without try/catch around user input.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** ok wraps a successfully parsed value. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** err wraps a human-readable message; typed `never` so it fits any `Result<T>`. */
export const err = (error: string): Result<never> => ({ ok: false, error });
