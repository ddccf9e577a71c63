/** URLs of the Networks area, built in one place so links and routes agree. */
const enc = encodeURIComponent;

export const networkPath = (networkId: string) => `/networks/${enc(networkId)}`;
export const networkTabPath = (networkId: string, tab: 'resources' | 'routing-peers' | 'policies') =>
  tab === 'resources' ? networkPath(networkId) : `${networkPath(networkId)}?tab=${tab}`;
export const resourcePath = (networkId: string, resourceId: string) => `${networkPath(networkId)}/resources/${enc(resourceId)}`;
export const newResourcePath = (networkId: string) => `${networkPath(networkId)}/resources/new`;
export const routerPath = (networkId: string, routerId: string) => `${networkPath(networkId)}/routers/${enc(routerId)}`;
export const newRouterPath = (networkId: string) => `${networkPath(networkId)}/routers/new`;
export const peerPath = (peerId: string) => `/peers/${enc(peerId)}`;
export const policyPath = (policyId: string) => `/policies/${enc(policyId)}`;
export const dnsSettingsPath = () => '/dns';
