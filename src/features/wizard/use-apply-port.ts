import { useMemo } from 'react';
import { api, useApiClient, type ApiClient } from '@/api';
import {
  useCreateGroup,
  useCreateNameserverGroup,
  useCreateNetwork,
  useCreatePolicy,
  useCreateResource,
  useCreateRoute,
  useCreateRouter,
  useCreateSetupKey,
  useDeleteGroup,
  useDeleteNameserverGroup,
  useDeleteNetwork,
  useDeletePolicy,
  useDeleteResource,
  useDeleteRoute,
  useDeleteRouter,
  useDeleteSetupKey,
  useUpdateAccount,
  useUpdateLab,
} from '@/api/mutations';
import { sameList } from '@/api/create-once';
import { assertNever } from '@/domain/assert-never';
import type { ApplyPort, PlannedObject } from '@/domain/wizard';

/** LAB_UNAVAILABLE: the "id" of failure domains on a server without our lab endpoint (kept in the plan only). */
const LAB_UNAVAILABLE = 'lab-unavailable';

/**
 * useApplyPort: the wizard's apply/undo calls through the console's one HTTP client and its
 * mutation hooks (which keep the caches fresh). `find` looks for an object a lost answer of an
 * earlier attempt created (by name and identifying fields, as createOnce does), so a retry after a
 * reload still creates nothing twice. The plain setup key goes to `onSetupKey`, never into the plan.
 */
export function useApplyPort(onSetupKey: (plain: string) => void): ApplyPort {
  const client = useApiClient();
  const createGroup = useCreateGroup().mutateAsync;
  const createNetwork = useCreateNetwork().mutateAsync;
  const createResource = useCreateResource().mutateAsync;
  const createRouter = useCreateRouter().mutateAsync;
  const createRoute = useCreateRoute().mutateAsync;
  const createSetupKey = useCreateSetupKey().mutateAsync;
  const createPolicy = useCreatePolicy().mutateAsync;
  const createNameservers = useCreateNameserverGroup().mutateAsync;
  const updateAccount = useUpdateAccount().mutateAsync;
  const updateLab = useUpdateLab().mutateAsync;
  const deleteGroup = useDeleteGroup().mutateAsync;
  const deleteNetwork = useDeleteNetwork().mutateAsync;
  const deleteResource = useDeleteResource().mutateAsync;
  const deleteRouter = useDeleteRouter().mutateAsync;
  const deleteRoute = useDeleteRoute().mutateAsync;
  const deleteSetupKey = useDeleteSetupKey().mutateAsync;
  const deletePolicy = useDeletePolicy().mutateAsync;
  const deleteNameservers = useDeleteNameserverGroup().mutateAsync;

  return useMemo<ApplyPort>(
    () => ({
      find: (o) => findExisting(client, o),
      create: async (o) => {
        switch (o.kind) {
          case 'group':
            return (await createGroup(o.body)).id;
          case 'routing-peer-dns':
            await setRoutingPeerDns(client, updateAccount, true);
            return 'on';
          case 'network':
            return (await createNetwork(o.body)).id;
          case 'resource':
            return (await createResource({ networkId: o.networkId, body: o.body })).id;
          case 'router':
            return (await createRouter({ networkId: o.networkId, body: o.body })).id;
          case 'route':
            return (await createRoute(o.body)).id;
          case 'setup-key': {
            const key = await createSetupKey(o.body);
            onSetupKey(key.key);
            return key.id;
          }
          case 'policy':
            return (await createPolicy(o.body)).id;
          case 'nameserver-group':
            return (await createNameservers(o.body)).id;
          case 'failure-domains': {
            const lab = await api.lab.get(client);
            if (lab === null) return LAB_UNAVAILABLE;
            const peers = { ...(lab.peers ?? {}) };
            for (const [id, domain] of Object.entries(o.domains)) peers[id] = { ...peers[id], failure_domain: domain };
            await updateLab({ ...lab, peers });
            return 'set';
          }
          default:
            return assertNever(o);
        }
      },
      remove: async (o, id) => {
        switch (o.kind) {
          case 'group':
            return deleteGroup(id);
          case 'routing-peer-dns':
            return setRoutingPeerDns(client, updateAccount, false);
          case 'network':
            return deleteNetwork(id);
          case 'resource':
            return deleteResource({ networkId: o.networkId, id });
          case 'router':
            return deleteRouter({ networkId: o.networkId, id });
          case 'route':
            return deleteRoute(id);
          case 'setup-key':
            return deleteSetupKey(id);
          case 'policy':
            return deletePolicy(id);
          case 'nameserver-group':
            return deleteNameservers(id);
          case 'failure-domains':
            // Lab data describes the hosts (where they run), not the plan: undo leaves it.
            return;
          default:
            return assertNever(o);
        }
      },
    }),
    [client, onSetupKey, createGroup, createNetwork, createResource, createRouter, createRoute, createSetupKey, createPolicy, createNameservers, updateAccount, updateLab, deleteGroup, deleteNetwork, deleteResource, deleteRouter, deleteRoute, deleteSetupKey, deletePolicy, deleteNameservers],
  );
}

async function setRoutingPeerDns(client: ApiClient, update: ReturnType<typeof useUpdateAccount>['mutateAsync'], on: boolean): Promise<void> {
  const [account] = await api.accounts.list(client);
  if (!account) throw new Error('the server answered no account');
  await update({ id: account.id, body: { settings: { ...account.settings, routing_peer_dns_resolution_enabled: on } } });
}

/** findExisting: the object an earlier attempt of this plan created, found by what identifies it. */
async function findExisting(client: ApiClient, o: PlannedObject): Promise<string | undefined> {
  switch (o.kind) {
    case 'group':
      return (await api.groups.list(client)).find((g) => g.name === o.body.name)?.id;
    case 'routing-peer-dns':
    case 'failure-domains':
      // Settings, not objects: setting them again is harmless.
      return undefined;
    case 'network':
      return (await api.networks.list(client)).find((n) => n.name === o.body.name)?.id;
    case 'resource':
      return (await api.resources.list(client, o.networkId)).find((r) => r.name === o.body.name)?.id;
    case 'router':
      return (await api.routers.list(client, o.networkId)).find((r) => (r.peer ?? '') === (o.body.peer ?? '') && sameList(r.peer_groups, o.body.peer_groups))?.id;
    case 'route':
      return (await api.routes.list(client)).find((r) => r.network_id === o.body.network_id && (r.peer ?? '') === (o.body.peer ?? '') && sameList(r.peer_groups, o.body.peer_groups))?.id;
    case 'setup-key':
      return (await api.setupKeys.list(client)).find((k) => k.name === o.body.name && !k.revoked)?.id;
    case 'policy':
      return (await api.policies.list(client)).find((p) => p.name === o.body.name)?.id;
    case 'nameserver-group':
      return (await api.nameservers.list(client)).find((n) => n.name === o.body.name)?.id;
    default:
      return assertNever(o);
  }
}
