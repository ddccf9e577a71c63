/**
 * queryKeys: the one factory of react-query keys. Invalidation reuses these, nothing is retyped.
 * Everything lives under `nb` so switching the API target can drop the whole cache at once.
 */
const root = ['nb'] as const;

const collection = <N extends string>(name: N) => ({
  all: [...root, name] as const,
  list: () => [...root, name, 'list'] as const,
  detail: (id: string) => [...root, name, 'detail', id] as const,
});

export const queryKeys = {
  root,
  account: { all: [...root, 'account'] as const },
  peers: collection('peers'),
  groups: collection('groups'),
  policies: collection('policies'),
  routes: collection('routes'),
  networks: collection('networks'),
  /** Resources and routers are nested under their network; `all` covers every network's. */
  resources: {
    all: [...root, 'resources'] as const,
    list: (networkId: string) => [...root, 'resources', networkId, 'list'] as const,
    detail: (networkId: string, id: string) => [...root, 'resources', networkId, 'detail', id] as const,
  },
  routers: {
    all: [...root, 'routers'] as const,
    accountList: () => [...root, 'routers', 'account'] as const,
    list: (networkId: string) => [...root, 'routers', networkId, 'list'] as const,
    detail: (networkId: string, id: string) => [...root, 'routers', networkId, 'detail', id] as const,
  },
  nameservers: collection('nameservers'),
  dnsSettings: { all: [...root, 'dns-settings'] as const },
  setupKeys: collection('setup-keys'),
  snapshot: { all: [...root, 'snapshot'] as const },
  lab: { all: [...root, 'lab'] as const },
} as const;
