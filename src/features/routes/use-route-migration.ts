import { useState } from 'react';
import { useCreateGroup, useCreateNetwork, useCreatePolicy, useCreateResource, useCreateRouter, useUpdateRoute } from '@/api/mutations';
import { assertNever } from '@/domain/assert-never';
import { routeDraftFrom } from '@/domain/draft/route';
import type { GroupTarget, MigrationStep, RouteMigrationPlan } from '@/domain/draft/route-migration';

export type StepStatus = 'pending' | 'running' | 'done' | 'failed';

export type MigrationRun =
  | { kind: 'idle' }
  | { kind: 'running'; statuses: StepStatus[] }
  | { kind: 'done'; statuses: StepStatus[]; networkId: string }
  | { kind: 'failed'; statuses: StepStatus[]; error: unknown; networkId: string | null };

/** Ids created by earlier steps, which later steps reference. */
interface Created {
  groupId: string | null;
  networkId: string | null;
}

/**
 * useRouteMigration: applies a route migration plan step by step through the management API (the
 * mutation hooks keep every list fresh), reporting each step's status. It stops at the first
 * refused step: what was created so far stays (the admin sees which steps are done and can finish
 * or delete the network), and the route keeps serving because disabling it is the last step.
 */
export function useRouteMigration() {
  const createGroup = useCreateGroup();
  const createNetwork = useCreateNetwork();
  const createResource = useCreateResource();
  const createRouter = useCreateRouter();
  const createPolicy = useCreatePolicy();
  const updateRoute = useUpdateRoute();
  const [run, setRun] = useState<MigrationRun>({ kind: 'idle' });

  const groupIds = (targets: readonly GroupTarget[], created: Created): string[] =>
    targets.map((t) => (t.kind === 'existing' ? t.id : (created.groupId ?? '')));

  async function apply(step: MigrationStep, plan: RouteMigrationPlan, created: Created): Promise<void> {
    const networkId = created.networkId ?? '';
    switch (step.kind) {
      case 'create-group':
        created.groupId = (await createGroup.mutateAsync({ name: step.name })).id;
        return;
      case 'create-network':
        created.networkId = (await createNetwork.mutateAsync({ name: step.name, description: step.description })).id;
        return;
      case 'create-resource': {
        const r = step.resource;
        const body = { name: r.name, description: r.description, address: r.address, enabled: r.enabled, groups: groupIds(r.groups, created) };
        await createResource.mutateAsync({ networkId, body });
        return;
      }
      case 'create-router': {
        const { fromRouteId: _from, ...body } = step.router;
        await createRouter.mutateAsync({ networkId, body });
        return;
      }
      case 'create-policy': {
        const p = step.policy;
        const rule = {
          name: p.name,
          description: '',
          enabled: true,
          action: 'accept' as const,
          bidirectional: p.bidirectional,
          protocol: p.protocol,
          sources: p.sources,
          destinations: groupIds([p.destination], created),
        };
        await createPolicy.mutateAsync({ name: p.name, description: p.description, enabled: true, source_posture_checks: [], rules: [rule] });
        return;
      }
      case 'disable-route': {
        const route = plan.routes.find((r) => r.id === step.routeId);
        if (!route) return;
        await updateRoute.mutateAsync({ id: route.id, body: { ...routeDraftFrom(route), enabled: false } });
        return;
      }
      default:
        return assertNever(step);
    }
  }

  async function start(plan: RouteMigrationPlan): Promise<void> {
    const statuses: StepStatus[] = plan.steps.map(() => 'pending');
    const created: Created = { groupId: null, networkId: null };
    const show = (i: number, s: StepStatus) => {
      statuses[i] = s;
      setRun({ kind: 'running', statuses: [...statuses] });
    };
    for (const [i, step] of plan.steps.entries()) {
      show(i, 'running');
      try {
        await apply(step, plan, created);
        show(i, 'done');
      } catch (error) {
        statuses[i] = 'failed';
        setRun({ kind: 'failed', statuses: [...statuses], error, networkId: created.networkId });
        return;
      }
    }
    setRun({ kind: 'done', statuses: [...statuses], networkId: created.networkId ?? '' });
  }

  return { run, start, reset: () => setRun({ kind: 'idle' }) };
}
