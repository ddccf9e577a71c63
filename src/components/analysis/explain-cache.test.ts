import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { explainPair } from '@/domain/access/access-explain';
import { accessMatrix } from '@/domain/access/access-matrix';
import { matrixAccount } from '@/domain/access/testing/matrix-account';
import type { AnalysisClient } from './analysis-client';
import { createExplainCache } from './explain-cache';
import type { ExplainQuery } from './protocol';

const snapshot = matrixAccount();
const rows = accessMatrix(snapshot).rows;
const index = buildAccountIndex(snapshot);

/** A client whose explain answers as the domain does, or fails; every request written down. */
function client(fail = false) {
  const asked: (readonly ExplainQuery[])[] = [];
  const c = {
    explain: (_s, queries) => {
      asked.push(queries);
      return fail ? Promise.reject(new Error('worker gone')) : Promise.resolve(queries.map((q) => explainPair(index, q)));
    },
  } as Pick<AnalysisClient, 'explain'> as AnalysisClient;
  return { c, asked };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('explain cache', () => {
  it('rows asked for in one tick go as one request; answers are kept per row and announced', async () => {
    const { c, asked } = client();
    const cache = createExplainCache(c, snapshot);
    let heard = 0;
    cache.subscribe(() => heard++);
    const shown = rows.slice(0, 4);
    for (const r of shown) cache.request(r);
    cache.request(shown[0] ?? rows[0]!);
    expect(cache.peek(shown[0]?.key ?? '')).toBeUndefined();
    await tick();
    expect(asked).toHaveLength(1);
    expect(asked[0]).toHaveLength(4);
    expect(heard).toBe(1);
    for (const r of shown) expect(cache.peek(r.key)).toEqual(explainPair(index, r));
    // known rows are not asked again
    for (const r of shown) cache.request(r);
    await tick();
    expect(asked).toHaveLength(1);
  });

  it('a failed request shows on its rows as an error, and is not retried in a loop', async () => {
    const { c, asked } = client(true);
    const cache = createExplainCache(c, snapshot);
    const row = rows[0]!;
    cache.request(row);
    await tick();
    expect(cache.peek(row.key)).toEqual({ ok: false, error: 'worker gone' });
    cache.request(row);
    await tick();
    expect(asked).toHaveLength(1);
  });
});
