/**
 * routing: which route a client uses for a destination and which routing peer carries it, the
 * way a NetBird agent decides.
 */
export * from './choose-routing-peer';
export * from './choose-for-client';
export * from './dns-forwarder-port';
export * from './relayed-switch-delay';
export * from './route-candidates';
export * from './route-index';
export * from './route-lookup';
export * from './routing-ranking';
export * from './ha-status';
export * from './ha-view';
export * from './ha-drain';
