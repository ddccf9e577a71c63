/** trace: one packet's path through the account, as a NetBird data plane would take it. */
export { findPeer, peerLabel } from './find-peer';
export { labDnsAnswers } from './lab-dns';
export { prepareTrace } from './prepare-trace';
export { parseDestination, resourceTarget, type ParsedDestination, type TraceTarget } from './parse-destination';
export { suggestFix } from './suggest-fix';
export { tracePacket, type TraceQuery } from './trace-packet';
export type * from './trace-result';
export { debugTraceCommand, type DebugTraceCommand, type DebugTraceHost } from './debug-trace-command';
export { readDestination, type DestinationInput, type DestinationKind } from './destination-input';
export { domainLeak, type DomainLeak } from './domain-leak';
export { fixTargets, type FixTarget } from './fix-targets';
export { messageRefs, type MessagePart } from './message-refs';
export { traceRoutingChoice, type RoutingChoiceLabel, type RoutingChoiceRow, type TraceRoutingChoice } from './routing-choice';
export { isExitRoute, pathRef, routeRef, type TraceRef } from './trace-ref';
