import type { Snapshot } from '@/domain/snapshot';
import type { AccountSnapshot } from './snapshot';

/**
 * Compile-time proof that what the API layer parses can be handed to the domain as is: if a wire
 * schema changes in a way the domain's Snapshot cannot accept, this line stops the build.
 */
export type WireSnapshotFitsDomain = AccountSnapshot extends Snapshot ? true : never;
export const wireSnapshotFitsDomain: WireSnapshotFitsDomain = true;
