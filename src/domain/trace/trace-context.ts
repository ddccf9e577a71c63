import type { AccountIndex } from '@/domain/account';
import type { PacketSpec } from '@/domain/access/packet-match';
import type { ClientRoutingState } from '@/domain/routing/choose-for-client';
import type { LookupOptions } from '@/domain/routing/route-lookup';
import type { SnapPeer } from '@/domain/snapshot';

/** TraceContext: what every stage of one trace needs to know. */
export interface TraceContext {
  index: AccountIndex;
  source: SnapPeer;
  packet: PacketSpec;
  lookup: LookupOptions;
  state: ClientRoutingState;
}
