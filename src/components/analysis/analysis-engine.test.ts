import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { explainPair } from '@/domain/access/access-explain';
import { accessMatrix } from '@/domain/access/access-matrix';
import { matrixAccount } from '@/domain/access/testing/matrix-account';
import { applyGroupDraft } from '@/domain/draft/group';
import { applyPolicyDraft, policyRequestFromStored } from '@/domain/draft/policy';
import { previewChange } from '@/domain/reachability/change-preview';
import type { ReachabilityTest } from '@/domain/reachability/reachability-test';
import { reviewAccount } from '@/domain/review/review-report';
import { groupMembershipImpact } from '@/domain/rules/editor/group-membership-impact';
import { policyDraftImpact } from '@/domain/rules/editor/policy-draft-impact';
import { build, cleanAccount } from '@/domain/rules/lint/testing/lint-fixtures';
import type { Snapshot } from '@/domain/snapshot';
import { officeAccount } from '@/domain/testing/office-account';
import { createAnalysisEngine } from './analysis-engine';
import { decodeMatrix } from './matrix-transfer';
import type { AnalysisRequest, AnalysisResponse } from './protocol';
import { encodeSnapshotDelta } from './snapshot-delta';

/**
 * The worker's message handler, driven as the worker drives it but step by step: requests are
 * cloned on the way in and answers on the way out (as postMessage does), and `step` runs what the
 * worker's zero timeout would run.
 */
function worker() {
  const answers: AnalysisResponse[] = [];
  const steps: (() => void)[] = [];
  const engine = createAnalysisEngine({
    post: (response, transfer) => answers.push(structuredClone(response, { transfer })),
    schedule: (step) => steps.push(step),
  });
  return {
    answers,
    send: (...requests: AnalysisRequest[]) => requests.forEach((r) => engine.receive(structuredClone(r))),
    /** One scheduled step (at most one query). */
    step: () => steps.shift()?.(),
    /** Every step until the queue is empty. */
    settle: () => {
      for (let s = steps.shift(); s !== undefined; s = steps.shift()) s();
    },
  };
}

const answerTo = (answers: readonly AnalysisResponse[], id: number): AnalysisResponse => {
  const a = answers.find((x) => x.id === id);
  if (a === undefined) throw new Error(`no answer to ${id}`);
  return a;
};

const thrownBy = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error('expected an exception');
};

const tests: ReachabilityTest[] = [
  { name: 'lan ssh', from: 'alice', to: '10.10.0.5:22', expect: 'allow' },
  { name: 'lan web', from: 'alice', to: '10.10.0.5:443', expect: 'allow' },
];

describe('analysis engine (the worker’s side of the protocol)', () => {
  const office = officeAccount();
  const matrixSnapshot = matrixAccount();

  it('answers each query with its id and the domain’s own result', () => {
    const w = worker();
    w.send(
      { type: 'load-snapshot', snapshotId: 1, snapshot: matrixSnapshot },
      { type: 'review', id: 10, snapshotId: 1 },
      { type: 'matrix', id: 11, snapshotId: 1, peerSources: ['alice'] },
    );
    w.settle();
    expect(w.answers.map((a) => [a.type, a.id])).toEqual([
      ['review', 10],
      ['matrix', 11],
    ]);
    const review = answerTo(w.answers, 10);
    expect(review.type === 'review' && review.report).toEqual(reviewAccount(matrixSnapshot));
    const matrix = answerTo(w.answers, 11);
    if (matrix.type !== 'matrix') throw new Error(matrix.type);
    expect(decodeMatrix(matrix.matrix)).toEqual(accessMatrix(matrixSnapshot, { peerSources: ['alice'] }));
  });

  it('explains the rows it is sent, as explainPair does', () => {
    const w = worker();
    const rows = accessMatrix(matrixSnapshot).rows.slice(0, 6);
    w.send({ type: 'load-snapshot', snapshotId: 1, snapshot: matrixSnapshot }, { type: 'explain', id: 1, snapshotId: 1, rows });
    w.settle();
    const index = buildAccountIndex(matrixSnapshot);
    const answer = answerTo(w.answers, 1);
    expect(answer.type === 'explain' && answer.pairs).toEqual(rows.map((r) => explainPair(index, r)));
    expect(rows.map((r) => explainPair(index, r)).filter((p) => p.ok)).not.toHaveLength(0);
  });

  it('previews a draft sent as a delta exactly as previewChange does on the page’s objects', () => {
    const policy = office.policies.find((p) => p.id === 'pol-office');
    if (policy === undefined) throw new Error('fixture');
    const request = policyRequestFromStored(policy);
    const after = applyPolicyDraft(office, policy.id, { ...request, rules: request.rules.map((r) => ({ ...r, ports: ['22'] })) });
    const w = worker();
    w.send({ type: 'load-snapshot', snapshotId: 7, snapshot: office }, { type: 'change-preview', id: 3, snapshotId: 7, draft: encodeSnapshotDelta(office, after), tests });
    w.settle();
    const answer = answerTo(w.answers, 3);
    if (answer.type !== 'change-preview') throw new Error(answer.type);
    expect(answer.preview).toEqual(previewChange(office, after, tests));
    expect(answer.preview.tests.broken.map((o) => o.name)).toEqual(['lan web']);
    expect(answer.preview.access.changes).toHaveLength(1);
  });

  describe('findings impact of a draft', () => {
    const clean = build(cleanAccount());
    const routers = { name: 'office-routers', peers: ['gw-1', 'gw-2'], resources: [] };
    const emptied = applyGroupDraft(clean, 'office-routers', { ...routers, peers: [] });
    const ask = (base: Snapshot, after: Snapshot) => {
      const w = worker();
      w.send({ type: 'load-snapshot', snapshotId: 1, snapshot: base }, { type: 'findings-impact', id: 5, snapshotId: 1, draft: encodeSnapshotDelta(base, after) });
      w.settle();
      const answer = answerTo(w.answers, 5);
      if (answer.type !== 'findings-impact') throw new Error(answer.type);
      return answer.impact;
    };

    it('reports the findings a group draft would add, as groupMembershipImpact does on the page', () => {
      const impact = ask(clean, emptied);
      expect(impact).toEqual(groupMembershipImpact(clean, 'office-routers', { ...routers, peers: [] }));
      expect(impact.introduced.map((f) => f.code)).toContain('network-without-routing-peer');
      expect(impact.resolved).toEqual([]);
    });

    it('reports the findings a draft would resolve', () => {
      const restored = applyGroupDraft(emptied, 'office-routers', routers);
      const impact = ask(emptied, restored);
      expect(impact.introduced).toEqual([]);
      expect(impact.resolved.map((f) => f.code)).toContain('network-without-routing-peer');
    });

    it('reports a policy draft as policyDraftImpact does', () => {
      const policy = office.policies.find((p) => p.id === 'pol-office');
      if (policy === undefined) throw new Error('fixture');
      const request = policyRequestFromStored(policy);
      const draft = { ...request, rules: request.rules.map((r) => ({ ...r, sources: [], destinations: [] })) };
      const impact = ask(office, applyPolicyDraft(office, policy.id, draft));
      expect(impact).toEqual(policyDraftImpact(office, policy.id, draft));
      expect(impact.introduced.length + impact.resolved.length).toBeGreaterThan(0);
    });

    it('reports nothing for a draft that leaves the account as it is', () => {
      expect(ask(clean, applyGroupDraft(clean, 'office-routers', routers))).toEqual({ introduced: [], resolved: [] });
      expect(ask(clean, clean)).toEqual({ introduced: [], resolved: [] });
    });

    it('answers each loaded account from its own findings', () => {
      const w = worker();
      const restored = applyGroupDraft(emptied, 'office-routers', routers);
      w.send(
        { type: 'load-snapshot', snapshotId: 1, snapshot: clean },
        { type: 'load-snapshot', snapshotId: 2, snapshot: emptied },
        { type: 'findings-impact', id: 1, snapshotId: 1, draft: encodeSnapshotDelta(clean, emptied) },
        { type: 'findings-impact', id: 2, snapshotId: 2, draft: encodeSnapshotDelta(emptied, restored) },
        { type: 'findings-impact', id: 3, snapshotId: 1, draft: encodeSnapshotDelta(clean, emptied) },
      );
      w.settle();
      const counts = [1, 2, 3].map((id) => {
        const a = answerTo(w.answers, id);
        if (a.type !== 'findings-impact') throw new Error(a.type);
        return [a.impact.introduced.length > 0, a.impact.resolved.length > 0];
      });
      expect(counts).toEqual([
        [true, false],
        [false, true],
        [true, false],
      ]);
    });
  });

  it('runs one query per step, so a query cancelled while it waited is never computed or answered', () => {
    const w = worker();
    w.send(
      { type: 'load-snapshot', snapshotId: 1, snapshot: office },
      { type: 'review', id: 1, snapshotId: 1 },
      { type: 'matrix', id: 2, snapshotId: 1, peerSources: [] },
      { type: 'matrix', id: 3, snapshotId: 1, peerSources: ['alice'] },
    );
    w.step();
    expect(w.answers.map((a) => a.id)).toEqual([1]);
    // a newer question superseded query 2 while query 1 ran
    w.send({ type: 'cancel', id: 2 });
    w.settle();
    expect(w.answers.map((a) => a.id)).toEqual([1, 3]);
    // a cancel for a query already answered changes nothing
    w.send({ type: 'cancel', id: 3 });
    w.settle();
    expect(w.answers).toHaveLength(2);
  });

  it('an exception in the analysis comes back as an error answer, and the worker goes on', () => {
    const broken = { ...office, peers: null } as unknown as Snapshot;
    const w = worker();
    w.send(
      { type: 'load-snapshot', snapshotId: 1, snapshot: broken },
      { type: 'load-snapshot', snapshotId: 2, snapshot: office },
      { type: 'review', id: 1, snapshotId: 1 },
      { type: 'review', id: 2, snapshotId: 2 },
    );
    w.settle();
    const failed = answerTo(w.answers, 1);
    expect(failed.type).toBe('error');
    // the message is the exception's own, as the same call on the page would throw it
    expect(failed.type === 'error' && failed.message).toBe(thrownBy(() => reviewAccount(broken)));
    expect(answerTo(w.answers, 2).type).toBe('review');
  });

  it('loads and drops take effect in order: a query sent before a drop is answered, one sent after it fails', () => {
    const w = worker();
    w.send(
      { type: 'load-snapshot', snapshotId: 1, snapshot: office },
      { type: 'review', id: 1, snapshotId: 1 },
      { type: 'drop-snapshot', snapshotId: 1 },
      { type: 'review', id: 2, snapshotId: 1 },
      { type: 'review', id: 3, snapshotId: 99 },
    );
    w.settle();
    expect(answerTo(w.answers, 1).type).toBe('review');
    for (const id of [2, 3]) {
      const a = answerTo(w.answers, id);
      expect(a.type === 'error' && a.message).toMatch(/is not loaded in the analysis worker/);
    }
  });
});
