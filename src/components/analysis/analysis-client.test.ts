import { describe, expect, it } from 'vitest';
import { accessMatrix } from '@/domain/access/access-matrix';
import { matrixAccount } from '@/domain/access/testing/matrix-account';
import { applyPolicyDraft, policyRequestFromStored } from '@/domain/draft/policy';
import { previewChange } from '@/domain/reachability/change-preview';
import { reviewAccount } from '@/domain/review/review-report';
import { findingsDiff } from '@/domain/rules/editor/group-membership-impact';
import { lintAccount } from '@/domain/rules/lint';
import type { Snapshot } from '@/domain/snapshot';
import { officeAccount } from '@/domain/testing/office-account';
import { AnalysisError, createAnalysisClient } from './analysis-client';
import { inProcessTransport, type TransportFactory, type TransportListener } from './analysis-transport';
import type { AnalysisRequest } from './protocol';

/** recording: the in-process engine, with every request the client sends written down. */
function recording() {
  const sent: AnalysisRequest[] = [];
  const connect: TransportFactory = (listener) => {
    const inner = inProcessTransport(listener);
    return {
      post: (request, transfer) => {
        sent.push(request);
        inner.post(request, transfer);
      },
      terminate: () => inner.terminate(),
    };
  };
  return { sent, client: createAnalysisClient(connect), types: () => sent.map((r) => r.type) };
}

/** A worker that never answers and can be made to die. */
function silentWorker() {
  const listeners: TransportListener[] = [];
  const sent: AnalysisRequest[] = [];
  const connect: TransportFactory = (listener) => {
    listeners.push(listener);
    return { post: (request) => void sent.push(request), terminate: () => undefined };
  };
  return { sent, listeners, client: createAnalysisClient(connect) };
}

const office = officeAccount();
const draftOf = (s: Snapshot): Snapshot => {
  const policy = s.policies[0];
  if (policy === undefined) throw new Error('fixture');
  const request = policyRequestFromStored(policy);
  return applyPolicyDraft(s, policy.id, { ...request, rules: request.rules.map((r) => ({ ...r, ports: ['22'] })) });
};

describe('analysis client (in-process where there is no Worker)', () => {
  it('answers with the domain’s results, posting each account once however often it is asked about', async () => {
    const { client, sent, types } = recording();
    const m = matrixAccount();
    expect(await client.review(m)).toEqual(reviewAccount(m));
    expect(await client.matrix(m, ['alice'])).toEqual(accessMatrix(m, { peerSources: ['alice'] }));
    const after = draftOf(m);
    expect(await client.changePreview(m, after, [])).toEqual(previewChange(m, after, []));
    expect(types()).toEqual(['load-snapshot', 'review', 'matrix', 'change-preview']);
    // the draft went as its change only: the one edited policy
    const preview = sent[3];
    expect(preview?.type === 'change-preview' && JSON.stringify(preview.draft).length).toBeLessThan(JSON.stringify(m.policies[0]).length * 3);
  });

  it('asks for a draft’s findings impact with the draft as a delta on the account already posted', async () => {
    const { client, sent, types } = recording();
    const after = draftOf(office);
    await client.review(office);
    expect(await client.findingsImpact(office, after)).toEqual(findingsDiff(lintAccount(office), lintAccount(after)));
    expect(types()).toEqual(['load-snapshot', 'review', 'findings-impact']);
    const query = sent[2];
    expect(query?.type === 'findings-impact' && JSON.stringify(query.draft).length).toBeLessThan(JSON.stringify(office.policies[0]).length * 3);
  });

  it('keeps two accounts in the worker: a third drops the oldest, which is posted again when asked about', async () => {
    const { client, types } = recording();
    const [a, b, c] = [officeAccount(), officeAccount(), officeAccount()];
    await client.review(a);
    await client.review(b);
    await client.review(c);
    await client.review(a);
    expect(types()).toEqual(['load-snapshot', 'review', 'load-snapshot', 'review', 'load-snapshot', 'drop-snapshot', 'review', 'load-snapshot', 'drop-snapshot', 'review']);
  });

  it('an aborted call rejects with the abort reason and tells the worker to skip it', async () => {
    const { client, sent } = recording();
    const controller = new AbortController();
    const asked = client.matrix(office, [], controller.signal);
    controller.abort(new Error('superseded'));
    await expect(asked).rejects.toThrow('superseded');
    const matrix = sent.find((r) => r.type === 'matrix');
    expect(sent.at(-1)).toEqual({ type: 'cancel', id: matrix?.type === 'matrix' ? matrix.id : -1 });
    // already aborted: nothing is sent at all
    const before = sent.length;
    await expect(client.review(office, controller.signal)).rejects.toThrow('superseded');
    expect(sent).toHaveLength(before);
    // and the client still works
    expect(await client.review(office)).toEqual(reviewAccount(office));
  });

  it('an exception in the analysis rejects the call with the worker’s message', async () => {
    const { client } = recording();
    const broken = { ...office, peers: null } as unknown as Snapshot;
    const asked = client.review(broken);
    await expect(asked).rejects.toBeInstanceOf(AnalysisError);
    await expect(asked).rejects.toThrow(/iterable/);
  });

  it('a worker that dies rejects every waiting call; the next call starts a new worker and posts the account again', async () => {
    const { client, sent, listeners } = silentWorker();
    const review = client.review(office);
    const matrix = client.matrix(office, []);
    expect(sent.map((r) => r.type)).toEqual(['load-snapshot', 'review', 'matrix']);
    listeners[0]?.failure(new Error('The analysis worker stopped: out of memory.'));
    await expect(review).rejects.toThrow('out of memory');
    await expect(matrix).rejects.toThrow('out of memory');

    void client.review(office).catch(() => undefined);
    expect(listeners).toHaveLength(2);
    expect(sent.map((r) => r.type)).toEqual(['load-snapshot', 'review', 'matrix', 'load-snapshot', 'review']);
    client.close();
  });

  it('answers are matched by id: a late answer to a call no one waits for is ignored', async () => {
    const { client, sent, listeners } = silentWorker();
    const controller = new AbortController();
    const first = client.review(office, controller.signal);
    controller.abort();
    await expect(first).rejects.toThrow();
    const second = client.review(office);
    const ids = sent.filter((r) => r.type === 'review').map((r) => (r.type === 'review' ? r.id : -1));
    const report = reviewAccount(office);
    listeners[0]?.response({ type: 'review', id: ids[0] ?? -1, report: { ...report, findings: [] } });
    listeners[0]?.response({ type: 'review', id: ids[1] ?? -1, report });
    expect(await second).toBe(report);
  });
});
