import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AccountSnapshot } from '@/api';
import { buildAccountIndex } from '@/domain/account';
import { needsRoutingPeerDns, routingPeerDnsOn } from '@/domain/rules/lint/domain-routing';
import {
  checkPlan,
  defaultPlan,
  initialApplyState,
  PLACEHOLDER,
  planObjects,
  plannedSnapshot,
  type ApplyState,
  type PlanContext,
  type PlanIssue,
  type PlannedObject,
  type Scenario,
  type WizardPlan,
} from '@/domain/wizard';
import type { Snapshot } from '@/domain/snapshot';
import { clearDraft, loadDraft, saveDraft, type WizardDraft, type WizardStep } from './wizard-draft';

export interface WizardModel {
  draft: WizardDraft | null;
  snapshot: Snapshot;
  plan: WizardPlan | null;
  objects: PlannedObject[];
  planned: Snapshot;
  issues: PlanIssue[];
  start(scenario: Scenario): void;
  update(patch: Partial<WizardPlan>): void;
  go(step: WizardStep): void;
  setApply(apply: ApplyState): void;
  setVerify(verify: WizardDraft['verify']): void;
  discard(): void;
}

/**
 * useWizard: the wizard's state: the saved draft, and what derives from it against the live
 * account (objects to create, the planned account, the checks). Every change is saved at once.
 */
export function useWizard(snapshot: AccountSnapshot, networkParam: string | null): WizardModel {
  const [draft, setDraft] = useState<WizardDraft | null>(() => loadDraft());
  useEffect(() => {
    if (draft) saveDraft(draft);
  }, [draft]);

  const plan = draft?.plan ?? null;
  const created = draft?.apply.created;
  const objects = useMemo(() => {
    if (!plan) return [];
    const index = buildAccountIndex(snapshot);
    const ctx: PlanContext = {
      peerName: (id) => index.peers.get(id)?.name ?? id,
      // Once this plan turned it on, it stays in the plan (so undo can turn it off again).
      routingPeerDnsOn: routingPeerDnsOn(snapshot.account.settings) && created?.[PLACEHOLDER.dnsSetting] === undefined,
      needsRoutingPeerDns: (a) => needsRoutingPeerDns(a, { routing_peer_dns_resolution_enabled: false }),
    };
    return planObjects(plan, ctx);
  }, [plan, snapshot, created]);
  const planned = useMemo(() => (plan ? plannedSnapshot(snapshot, plan, objects) : snapshot), [snapshot, plan, objects]);
  const issues = useMemo(() => (plan ? checkPlan(snapshot, planned, plan) : []), [snapshot, planned, plan]);

  const start = useCallback(
    (scenario: Scenario) =>
      setDraft((d) => {
        if (d && d.plan.scenario === scenario) return { ...d, step: 'network' };
        const existing = networkParam && snapshot.networks.some((n) => n.id === networkParam) ? networkParam : undefined;
        return { plan: defaultPlan(scenario, existing), step: 'network', apply: initialApplyState(), verify: { joined: [], client: '' } };
      }),
    [networkParam, snapshot.networks],
  );
  const update = useCallback((patch: Partial<WizardPlan>) => setDraft((d) => (d ? { ...d, plan: { ...d.plan, ...patch } } : d)), []);
  const go = useCallback((step: WizardStep) => setDraft((d) => (d ? { ...d, step } : d)), []);
  const setApply = useCallback((apply: ApplyState) => setDraft((d) => (d ? { ...d, apply } : d)), []);
  const setVerify = useCallback((verify: WizardDraft['verify']) => setDraft((d) => (d ? { ...d, verify } : d)), []);
  const discard = useCallback(() => {
    clearDraft();
    setDraft(null);
  }, []);
  return { draft, snapshot, plan, objects, planned, issues, start, update, go, setApply, setVerify, discard };
}
