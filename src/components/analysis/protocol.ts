import type { ExplainPair } from '@/domain/access/access-explain';
import type { AccessMatrixRow } from '@/domain/access/access-matrix';
import type { Result } from '@/domain/net';
import type { ChangePreview } from '@/domain/reachability/change-preview';
import type { ReachabilityTest } from '@/domain/reachability/reachability-test';
import type { ReviewReport } from '@/domain/review/review-report';
import type { MembershipImpact } from '@/domain/rules/editor/group-membership-impact';
import type { Snapshot } from '@/domain/snapshot';
import type { EncodedMatrix } from './matrix-transfer';
import type { SnapshotDelta } from './snapshot-delta';

/**
 * protocol: what the page and the analysis worker say to each other. The worker holds accounts
 * loaded once each (load-snapshot, by a number the page gives it) and answers queries about them;
 * every query carries an id, and its one answer (a result or an error) carries the same id. A
 * cancelled query gets no answer: the page has stopped waiting for it.
 */
export type RequestId = number;
export type SnapshotId = number;

/** ExplainQuery: what explainPair reads of a matrix row (a row's key and chain stay on the page). */
export type ExplainQuery = Pick<AccessMatrixRow, 'source' | 'destination' | 'protocol' | 'ports'>;

export type AnalysisQuery =
  | { type: 'review'; id: RequestId; snapshotId: SnapshotId }
  | { type: 'matrix'; id: RequestId; snapshotId: SnapshotId; peerSources: readonly string[] }
  | { type: 'explain'; id: RequestId; snapshotId: SnapshotId; rows: readonly ExplainQuery[] }
  /** The draft travels as a delta on the loaded account it was made from (see snapshot-delta). */
  | { type: 'change-preview'; id: RequestId; snapshotId: SnapshotId; draft: SnapshotDelta; tests: readonly ReachabilityTest[] }
  /** The linter's findings the draft (a delta, as for change-preview) would add and resolve. */
  | { type: 'findings-impact'; id: RequestId; snapshotId: SnapshotId; draft: SnapshotDelta };

export type AnalysisRequest =
  | { type: 'load-snapshot'; snapshotId: SnapshotId; snapshot: Snapshot }
  | { type: 'drop-snapshot'; snapshotId: SnapshotId }
  /** A newer question superseded this one: skip it if it has not started. */
  | { type: 'cancel'; id: RequestId }
  | AnalysisQuery;

export type AnalysisResponse =
  | { type: 'review'; id: RequestId; report: ReviewReport }
  | { type: 'matrix'; id: RequestId; matrix: EncodedMatrix }
  | { type: 'explain'; id: RequestId; pairs: Result<ExplainPair>[] }
  | { type: 'change-preview'; id: RequestId; preview: ChangePreview }
  | { type: 'findings-impact'; id: RequestId; impact: MembershipImpact }
  /** The query failed in the worker (an exception in the analysis); the message says how. */
  | { type: 'error'; id: RequestId; message: string };

/** ResponseTo: the answer a query gets when it succeeds. */
export type ResponseTo<Q extends AnalysisQuery> = Extract<AnalysisResponse, { type: Q['type'] }>;
