/**
 * assertNever: ends every `switch` over a closed set (a discriminated union), so a new member
 * breaks the build where it is not handled yet, and a value that slipped past the types at run time
 * fails loudly instead of falling through.
 */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
