/** trace: one packet's path through the account, as a NetBird data plane would take it. */
export { findPeer, peerLabel } from './find-peer';
export { labDnsAnswers } from './lab-dns';
export { prepareTrace } from './prepare-trace';
export { parseDestination, resourceTarget, type ParsedDestination, type TraceTarget } from './parse-destination';
export { suggestFix } from './suggest-fix';
export { tracePacket, type TraceQuery } from './trace-packet';
export type * from './trace-result';
