/** URLs of the Networks area, built in one place so links and routes agree. */
const enc = encodeURIComponent;

export const networkPath = (networkId: string) => `/networks/${enc(networkId)}`;
export const resourcePath = (networkId: string, resourceId: string) => `${networkPath(networkId)}/resources/${enc(resourceId)}`;
export const routerPath = (networkId: string, routerId: string) => `${networkPath(networkId)}/routers/${enc(routerId)}`;
export const peerPath = (peerId: string) => `/peers/${enc(peerId)}`;
export const policyPath = (policyId: string) => `/policies/${enc(policyId)}`;
