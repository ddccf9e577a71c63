/** URLs the Peers area links to, built in one place so links and routes agree. */
const enc = encodeURIComponent;

export const peerPath = (peerId: string) => `/peers/${enc(peerId)}`;
export const networkPath = (networkId: string) => `/networks/${enc(networkId)}`;
export const routerPath = (networkId: string, routerId: string) => `${networkPath(networkId)}/routers/${enc(routerId)}`;
export const routePath = (routeId: string) => `/routes/${enc(routeId)}`;
