import { useState } from 'react';

/** BulkFailure: one item a bulk action could not change, with the reason. */
export interface BulkFailure {
  label: string;
  error: unknown;
}

/** BulkOutcome: what the last bulk action did, for the line under the bulk bar. */
export interface BulkOutcome {
  /** The verb, e.g. "Disabled". */
  action: string;
  done: number;
  /** Said after the count, e.g. " to Engineers". */
  detail: string;
  /** Names what was counted when it is not what the table lists (e.g. groups changed for routers). */
  noun?: ((n: number) => string) | undefined;
  failures: BulkFailure[];
}

/**
 * useBulkRun: runs one change per selected item, one after the other (NetBird has no bulk
 * endpoints, and a sequence keeps the server's error attached to the item that caused it), and
 * keeps going past failures so one refused item does not leave the rest half-done.
 */
export function useBulkRun() {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);

  async function run<T>(
    action: string,
    items: readonly T[],
    label: (item: T) => string,
    change: (item: T) => Promise<unknown>,
    detail = '',
    noun?: (n: number) => string,
  ): Promise<BulkOutcome> {
    setPending(true);
    setOutcome(null);
    const failures: BulkFailure[] = [];
    let done = 0;
    for (const item of items) {
      try {
        await change(item);
        done += 1;
      } catch (error) {
        failures.push({ label: label(item), error });
      }
    }
    const result = { action, done, detail, noun, failures };
    setOutcome(result);
    setPending(false);
    return result;
  }

  return { run, pending, outcome, reset: () => setOutcome(null) };
}
