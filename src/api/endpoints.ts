import * as z from './schemas/zod';
import { isApiError } from './api-error';
import type { ApiClient } from './client';
import {
  accountSchema,
  dnsSettingsSchema,
  labSchema,
  groupSchema,
  nameserverGroupSchema,
  networkResourceSchema,
  networkRouterSchema,
  networkSchema,
  peerSchema,
  policySchema,
  routeSchema,
  setupKeySchema,
  type AccountRequest,
  type CreateSetupKeyRequest,
  type DnsSettings,
  type GroupRequest,
  type Lab,
  type NameserverGroupRequest,
  type NetworkRequest,
  type NetworkResourceRequest,
  type NetworkRouterRequest,
  type PeerRequest,
  type PolicyRequest,
  type RouteRequest,
  type SetupKeyRequest,
} from './schemas';

/**
 * One function per management API endpoint the console uses, named after NetBird's paths.
 * Every answer is parsed with our zod schemas: the UI only ever sees checked data.
 */
const enc = encodeURIComponent;

/** A router as listed by GET /api/networks/routers (across networks): NetBird adds `network_id`. */
export const accountRouterSchema = z.extend(networkRouterSchema, { network_id: z.optional(z.string()) });

/** A resource as listed by our GET /api/nbrc/networks/resources (across networks), with its `network_id`. */
export const accountResourceSchema = z.extend(networkResourceSchema, { network_id: z.string() });

export const api = {
  accounts: {
    list: (c: ApiClient) => c.request('GET', '/api/accounts', z.array(accountSchema)),
    update: (c: ApiClient, id: string, body: AccountRequest) => c.request('PUT', `/api/accounts/${enc(id)}`, accountSchema, body),
  },
  peers: {
    list: (c: ApiClient) => c.request('GET', '/api/peers', z.array(peerSchema)),
    get: (c: ApiClient, id: string) => c.request('GET', `/api/peers/${enc(id)}`, peerSchema),
    update: (c: ApiClient, id: string, body: PeerRequest) => c.request('PUT', `/api/peers/${enc(id)}`, peerSchema, body),
    remove: (c: ApiClient, id: string) => c.send('DELETE', `/api/peers/${enc(id)}`),
  },
  groups: {
    list: (c: ApiClient) => c.request('GET', '/api/groups', z.array(groupSchema)),
    get: (c: ApiClient, id: string) => c.request('GET', `/api/groups/${enc(id)}`, groupSchema),
    create: (c: ApiClient, body: GroupRequest) => c.request('POST', '/api/groups', groupSchema, body),
    update: (c: ApiClient, id: string, body: GroupRequest) => c.request('PUT', `/api/groups/${enc(id)}`, groupSchema, body),
    remove: (c: ApiClient, id: string) => c.send('DELETE', `/api/groups/${enc(id)}`),
  },
  policies: {
    list: (c: ApiClient) => c.request('GET', '/api/policies', z.array(policySchema)),
    get: (c: ApiClient, id: string) => c.request('GET', `/api/policies/${enc(id)}`, policySchema),
    create: (c: ApiClient, body: PolicyRequest) => c.request('POST', '/api/policies', policySchema, body),
    update: (c: ApiClient, id: string, body: PolicyRequest) => c.request('PUT', `/api/policies/${enc(id)}`, policySchema, body),
    remove: (c: ApiClient, id: string) => c.send('DELETE', `/api/policies/${enc(id)}`),
  },
  routes: {
    list: (c: ApiClient) => c.request('GET', '/api/routes', z.array(routeSchema)),
    get: (c: ApiClient, id: string) => c.request('GET', `/api/routes/${enc(id)}`, routeSchema),
    create: (c: ApiClient, body: RouteRequest) => c.request('POST', '/api/routes', routeSchema, body),
    update: (c: ApiClient, id: string, body: RouteRequest) => c.request('PUT', `/api/routes/${enc(id)}`, routeSchema, body),
    remove: (c: ApiClient, id: string) => c.send('DELETE', `/api/routes/${enc(id)}`),
  },
  networks: {
    list: (c: ApiClient) => c.request('GET', '/api/networks', z.array(networkSchema)),
    get: (c: ApiClient, id: string) => c.request('GET', `/api/networks/${enc(id)}`, networkSchema),
    create: (c: ApiClient, body: NetworkRequest) => c.request('POST', '/api/networks', networkSchema, body),
    update: (c: ApiClient, id: string, body: NetworkRequest) => c.request('PUT', `/api/networks/${enc(id)}`, networkSchema, body),
    remove: (c: ApiClient, id: string) => c.send('DELETE', `/api/networks/${enc(id)}`),
    allRouters: (c: ApiClient) => c.request('GET', '/api/networks/routers', z.array(accountRouterSchema)),
  },
  resources: {
    list: (c: ApiClient, networkId: string) => c.request('GET', `/api/networks/${enc(networkId)}/resources`, z.array(networkResourceSchema)),
    /** Every network's resources at once: our control plane only (a real NetBird server answers 404). */
    listAll: (c: ApiClient) => c.request('GET', '/api/nbrc/networks/resources', z.array(accountResourceSchema)),
    get: (c: ApiClient, networkId: string, id: string) =>
      c.request('GET', `/api/networks/${enc(networkId)}/resources/${enc(id)}`, networkResourceSchema),
    create: (c: ApiClient, networkId: string, body: NetworkResourceRequest) =>
      c.request('POST', `/api/networks/${enc(networkId)}/resources`, networkResourceSchema, body),
    update: (c: ApiClient, networkId: string, id: string, body: NetworkResourceRequest) =>
      c.request('PUT', `/api/networks/${enc(networkId)}/resources/${enc(id)}`, networkResourceSchema, body),
    remove: (c: ApiClient, networkId: string, id: string) => c.send('DELETE', `/api/networks/${enc(networkId)}/resources/${enc(id)}`),
  },
  routers: {
    list: (c: ApiClient, networkId: string) => c.request('GET', `/api/networks/${enc(networkId)}/routers`, z.array(networkRouterSchema)),
    get: (c: ApiClient, networkId: string, id: string) =>
      c.request('GET', `/api/networks/${enc(networkId)}/routers/${enc(id)}`, networkRouterSchema),
    create: (c: ApiClient, networkId: string, body: NetworkRouterRequest) =>
      c.request('POST', `/api/networks/${enc(networkId)}/routers`, networkRouterSchema, body),
    update: (c: ApiClient, networkId: string, id: string, body: NetworkRouterRequest) =>
      c.request('PUT', `/api/networks/${enc(networkId)}/routers/${enc(id)}`, networkRouterSchema, body),
    remove: (c: ApiClient, networkId: string, id: string) => c.send('DELETE', `/api/networks/${enc(networkId)}/routers/${enc(id)}`),
  },
  nameservers: {
    list: (c: ApiClient) => c.request('GET', '/api/dns/nameservers', z.array(nameserverGroupSchema)),
    get: (c: ApiClient, id: string) => c.request('GET', `/api/dns/nameservers/${enc(id)}`, nameserverGroupSchema),
    create: (c: ApiClient, body: NameserverGroupRequest) => c.request('POST', '/api/dns/nameservers', nameserverGroupSchema, body),
    update: (c: ApiClient, id: string, body: NameserverGroupRequest) =>
      c.request('PUT', `/api/dns/nameservers/${enc(id)}`, nameserverGroupSchema, body),
    remove: (c: ApiClient, id: string) => c.send('DELETE', `/api/dns/nameservers/${enc(id)}`),
  },
  dnsSettings: {
    get: (c: ApiClient) => c.request('GET', '/api/dns/settings', dnsSettingsSchema),
    update: (c: ApiClient, body: DnsSettings) => c.request('PUT', '/api/dns/settings', dnsSettingsSchema, body),
  },
  setupKeys: {
    list: (c: ApiClient) => c.request('GET', '/api/setup-keys', z.array(setupKeySchema)),
    get: (c: ApiClient, id: string) => c.request('GET', `/api/setup-keys/${enc(id)}`, setupKeySchema),
    create: (c: ApiClient, body: CreateSetupKeyRequest) => c.request('POST', '/api/setup-keys', setupKeySchema, body),
    update: (c: ApiClient, id: string, body: SetupKeyRequest) => c.request('PUT', `/api/setup-keys/${enc(id)}`, setupKeySchema, body),
    remove: (c: ApiClient, id: string) => c.send('DELETE', `/api/setup-keys/${enc(id)}`),
  },
  /**
   * Lab data lives only on our control plane (/api/nbrc/lab). A real NetBird server answers 404:
   * `get` then resolves to null and the console keeps lab data in the browser.
   */
  lab: {
    get: async (c: ApiClient): Promise<Lab | null> => {
      try {
        return await c.request('GET', '/api/nbrc/lab', labSchema);
      } catch (e) {
        if (isApiError(e) && e.kind === 'http' && (e.status === 404 || e.status === 405)) return null;
        throw e;
      }
    },
    update: (c: ApiClient, body: Lab) => c.request('PUT', '/api/nbrc/lab', labSchema, body),
  },
} as const;
