import { buildAccountIndex, type AccountIndex } from '@/domain/account';
import { deriveAccountIndex } from '@/domain/account/derive-account-index';
import type { Snapshot } from '@/domain/snapshot';
import { applyPolicyEvent, applyRouterEvent, noOverrides, overridesKey, withOverrides, type AccountOverrides } from './account-overrides';
import { mergeLab } from './parse-lab';
import type { SimEvent, SimScenario } from './scenario';
import { applyLinkEvent, applyPeerEvent, newSimLab, type SimLab } from './sim-lab';

/**
 * prepare: a scenario bound to an account: the snapshot with the scenario's lab merged in, the
 * events in time order (file order on ties), and one account index per distinct configuration,
 * built once and shared by the run and every "what does it look like at time t" view.
 */
export interface PreparedSim {
  snapshot: Snapshot;
  scenario: SimScenario;
  events: readonly SimEvent[];
  indexes: Map<string, AccountIndex>;
}

export function prepareSimulation(snapshot: Snapshot, scenario: SimScenario): PreparedSim {
  const lab = mergeLab(snapshot.lab, scenario.lab);
  const merged = lab === snapshot.lab ? snapshot : { ...snapshot, lab };
  // Array.prototype.sort is stable: events at the same time keep file order.
  const events = [...scenario.events].sort((a, b) => a.t - b.t);
  return { snapshot: merged, scenario, events, indexes: new Map() };
}

/**
 * indexFor: the account index under these overrides, cached per distinct configuration. Each one
 * is derived from the starting configuration's index: a router or policy change re-indexes what
 * it changed and shares the rest, lazily built rule lookups included.
 */
export function indexFor(prep: PreparedSim, overrides: AccountOverrides): AccountIndex {
  const key = overridesKey(overrides);
  let index = prep.indexes.get(key);
  if (index === undefined) {
    const start = overridesKey(noOverrides());
    const base = key === start ? undefined : indexFor(prep, noOverrides());
    index = base === undefined ? buildAccountIndex(prep.snapshot) : deriveAccountIndex(base, withOverrides(prep.snapshot, overrides));
    prep.indexes.set(key, index);
  }
  return index;
}

/** SimWorld: the account and the lab as they stand at time `t` of a scenario. */
export interface SimWorld {
  t: number;
  index: AccountIndex;
  lab: SimLab;
  overrides: AccountOverrides;
}

/** applyEvent: one event onto a lab and overrides; true when it changed the configuration (index). */
export function applyEvent(lab: SimLab, overrides: AccountOverrides, e: SimEvent): boolean {
  switch (e.kind) {
    case 'peer':
      applyPeerEvent(lab, e);
      return false;
    case 'link':
      applyLinkEvent(lab, e);
      return false;
    case 'router':
      applyRouterEvent(overrides, e);
      return true;
    case 'policy':
      applyPolicyEvent(overrides, e);
      return true;
  }
}

/** worldAt: replays the events up to and including `t` (cheap: no routing is evaluated). */
export function worldAt(prep: PreparedSim, t: number): SimWorld {
  const base = indexFor(prep, noOverrides());
  const lab = newSimLab(base);
  const overrides = noOverrides();
  for (const e of prep.events) {
    if (e.t > t) break;
    applyEvent(lab, overrides, e);
  }
  return { t, index: indexFor(prep, overrides), lab, overrides };
}
