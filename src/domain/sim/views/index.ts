/** views: what an admin would run on a simulated host, as data and as the commands' text. */
export { indexTracks, viewContext, peerName, type TrackIndex, type ViewContext } from './view-context';
export { networkMapPeers } from './network-map';
export { peerStatus, renderStatus, type PeerStatusView, type StatusPeer, type PeerConnStatus } from './status-view';
export { networksList, renderNetworks, type NetworkEntry } from './networks-view';
export { routingTable, renderRoutingTable, NETBIRD_ROUTING_TABLE, type RoutingTable, type RouteLine } from './routing-table-view';
export { exitNodeOf, renderExitNode, type ExitNodeView } from './exit-node-view';
export { routingPeerView, forwardingNeed, forwardingText, dnsForwarderText, type RoutingPeerView, type ServedItem, type ForwardingNeed } from './routing-peer-view';
export { routeTargetsText, type RouteDestination } from './route-destinations';
