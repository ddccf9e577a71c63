import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { ApiClient } from './client';
import { createOnce, sameList } from './create-once';
import { guardedUpdate, type EditGuard } from './edit-conflict';
import { api } from './endpoints';
import { queryKeys } from './query-keys';
import type {
  AccountRequest,
  CreateSetupKeyRequest,
  DnsSettings,
  GroupRequest,
  Lab,
  NameserverGroupRequest,
  NetworkRequest,
  NetworkResourceRequest,
  NetworkRouterRequest,
  PeerRequest,
  PolicyRequest,
  RouteRequest,
  SetupKeyRequest,
} from './schemas';

/**
 * Mutation hooks own cache consistency: each lists what its change makes stale (NetBird objects
 * embed each other: a resource changes its groups' counts and its network's lists), so callers only
 * add UX (toasts, navigation).
 */
function useApiMutation<V, R>(fn: (c: ApiClient, vars: V) => Promise<R>, stale: readonly QueryKey[]) {
  const client = useApiClient();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => fn(client, vars),
    // Every change also makes the whole-account snapshot stale (analysis reads it).
    onSettled: () => Promise.all([...stale, queryKeys.snapshot.all].map((queryKey) => qc.invalidateQueries({ queryKey }))),
  });
}

const k = queryKeys;
/** Group membership is shown on almost every object, so group changes refresh those views too. */
const groupDependents = [k.groups.all, k.peers.all, k.resources.all, k.policies.all, k.networks.all] as const;
const networkParts = [k.networks.all, k.resources.all, k.routers.all, k.groups.all, k.policies.all] as const;

export const useUpdateAccount = () =>
  useApiMutation((c, v: { id: string; body: AccountRequest }) => api.accounts.update(c, v.id, v.body), [k.account.all]);

// Updates carry the version the editor opened (EditGuard): a change made meanwhile elsewhere stops the save.
export const useUpdatePeer = () =>
  useApiMutation(
    (c, v: { id: string; body: PeerRequest } & EditGuard) => guardedUpdate('This peer', v.body, v, () => api.peers.get(c, v.id), () => api.peers.update(c, v.id, v.body)),
    [k.peers.all],
  );
export const useDeletePeer = () => useApiMutation((c, id: string) => api.peers.remove(c, id), [k.peers.all, ...groupDependents, k.routers.all]);

// Creates go through createOnce: a retry after a timeout or a dropped connection first looks for
// what the lost answer would have returned, so saving again never makes a duplicate.
export const useCreateGroup = () =>
  useApiMutation(
    (c, body: GroupRequest) =>
      createOnce(c, 'group', body, () => api.groups.create(c, body), async () => (await api.groups.list(c)).find((g) => g.name === body.name)),
    groupDependents,
  );
export const useUpdateGroup = () =>
  useApiMutation(
    (c, v: { id: string; body: GroupRequest } & EditGuard) => guardedUpdate('This group', v.body, v, () => api.groups.get(c, v.id), () => api.groups.update(c, v.id, v.body)),
    groupDependents,
  );
export const useDeleteGroup = () => useApiMutation((c, id: string) => api.groups.remove(c, id), groupDependents);

export const useCreatePolicy = () =>
  useApiMutation(
    (c, body: PolicyRequest) =>
      createOnce(c, 'policy', body, () => api.policies.create(c, body), async () =>
        (await api.policies.list(c)).find((p) => p.name === body.name && p.rules.length === body.rules.length),
      ),
    [k.policies.all, k.networks.all],
  );
export const useUpdatePolicy = () =>
  useApiMutation(
    (c, v: { id: string; body: PolicyRequest } & EditGuard) =>
      guardedUpdate('This policy', v.body, v, () => api.policies.get(c, v.id), () => api.policies.update(c, v.id, v.body)),
    [k.policies.all, k.networks.all],
  );
export const useDeletePolicy = () => useApiMutation((c, id: string) => api.policies.remove(c, id), [k.policies.all, k.networks.all]);

export const useCreateRoute = () =>
  useApiMutation(
    (c, body: RouteRequest) =>
      createOnce(c, 'route', body, () => api.routes.create(c, body), async () =>
        (await api.routes.list(c)).find(
          (r) =>
            r.network_id === body.network_id &&
            (r.peer ?? '') === (body.peer ?? '') &&
            sameList(r.peer_groups, body.peer_groups) &&
            sameList(r.domains, body.domains) &&
            (body.network === undefined || r.network === body.network),
        ),
      ),
    [k.routes.all],
  );
export const useUpdateRoute = () =>
  useApiMutation(
    (c, v: { id: string; body: RouteRequest } & EditGuard) => guardedUpdate('This route', v.body, v, () => api.routes.get(c, v.id), () => api.routes.update(c, v.id, v.body)),
    [k.routes.all],
  );
export const useDeleteRoute = () => useApiMutation((c, id: string) => api.routes.remove(c, id), [k.routes.all]);

export const useCreateNetwork = () =>
  useApiMutation(
    (c, body: NetworkRequest) =>
      createOnce(c, 'network', body, () => api.networks.create(c, body), async () =>
        (await api.networks.list(c)).find((n) => n.name === body.name && (n.description ?? '') === (body.description ?? '')),
      ),
    [k.networks.all],
  );
export const useUpdateNetwork = () =>
  useApiMutation(
    (c, v: { id: string; body: NetworkRequest } & EditGuard) =>
      guardedUpdate('This network', v.body, v, () => api.networks.get(c, v.id), () => api.networks.update(c, v.id, v.body)),
    [k.networks.all],
  );
export const useDeleteNetwork = () => useApiMutation((c, id: string) => api.networks.remove(c, id), networkParts);

export const useCreateResource = () =>
  useApiMutation(
    (c, v: { networkId: string; body: NetworkResourceRequest }) =>
      createOnce(c, `resource:${v.networkId}`, v.body, () => api.resources.create(c, v.networkId, v.body), async () =>
        (await api.resources.list(c, v.networkId)).find((r) => r.name === v.body.name),
      ),
    networkParts,
  );
export const useUpdateResource = () =>
  useApiMutation(
    (c, v: { networkId: string; id: string; body: NetworkResourceRequest } & EditGuard) =>
      guardedUpdate('This resource', v.body, v, () => api.resources.get(c, v.networkId, v.id), () => api.resources.update(c, v.networkId, v.id, v.body)),
    networkParts,
  );
export const useDeleteResource = () =>
  useApiMutation((c, v: { networkId: string; id: string }) => api.resources.remove(c, v.networkId, v.id), networkParts);

export const useCreateRouter = () =>
  useApiMutation(
    (c, v: { networkId: string; body: NetworkRouterRequest }) =>
      createOnce(c, `router:${v.networkId}`, v.body, () => api.routers.create(c, v.networkId, v.body), async () =>
        (await api.routers.list(c, v.networkId)).find((r) => (r.peer ?? '') === (v.body.peer ?? '') && sameList(r.peer_groups, v.body.peer_groups)),
      ),
    networkParts,
  );
export const useUpdateRouter = () =>
  useApiMutation(
    (c, v: { networkId: string; id: string; body: NetworkRouterRequest } & EditGuard) =>
      guardedUpdate('This routing peer', v.body, v, () => api.routers.get(c, v.networkId, v.id), () => api.routers.update(c, v.networkId, v.id, v.body)),
    networkParts,
  );
export const useDeleteRouter = () =>
  useApiMutation((c, v: { networkId: string; id: string }) => api.routers.remove(c, v.networkId, v.id), networkParts);

export const useCreateNameserverGroup = () =>
  useApiMutation(
    (c, body: NameserverGroupRequest) =>
      createOnce(c, 'nameserver-group', body, () => api.nameservers.create(c, body), async () => (await api.nameservers.list(c)).find((n) => n.name === body.name)),
    [k.nameservers.all],
  );
export const useUpdateNameserverGroup = () =>
  useApiMutation(
    (c, v: { id: string; body: NameserverGroupRequest } & EditGuard) =>
      guardedUpdate('This nameserver group', v.body, v, () => api.nameservers.get(c, v.id), () => api.nameservers.update(c, v.id, v.body)),
    [k.nameservers.all],
  );
export const useDeleteNameserverGroup = () => useApiMutation((c, id: string) => api.nameservers.remove(c, id), [k.nameservers.all]);

export const useUpdateDnsSettings = () => useApiMutation((c, body: DnsSettings) => api.dnsSettings.update(c, body), [k.dnsSettings.all]);

// A setup key found again after a lost answer comes back masked: its plain key was in the lost answer.
export const useCreateSetupKey = () =>
  useApiMutation(
    (c, body: CreateSetupKeyRequest) =>
      createOnce(c, 'setup-key', body, () => api.setupKeys.create(c, body), async () => (await api.setupKeys.list(c)).find((k) => k.name === body.name && !k.revoked)),
    [k.setupKeys.all],
  );
export const useUpdateSetupKey = () =>
  useApiMutation(
    (c, v: { id: string; body: SetupKeyRequest } & EditGuard) =>
      guardedUpdate('This setup key', v.body, v, () => api.setupKeys.get(c, v.id), () => api.setupKeys.update(c, v.id, v.body)),
    [k.setupKeys.all],
  );
export const useUpdateLab = () => useApiMutation((c, body: Lab) => api.lab.update(c, body), [k.lab.all, k.peers.all]);

export const useDeleteSetupKey = () => useApiMutation((c, id: string) => api.setupKeys.remove(c, id), [k.setupKeys.all]);
