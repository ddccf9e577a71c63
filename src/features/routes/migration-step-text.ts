import { assertNever } from '@/domain/assert-never';
import type { GroupTarget, MigrationStep } from '@/domain/draft/route-migration';

/** StepNames: names for the ids a migration step carries, and the name the plan gives the new group. */
export interface StepNames {
  group: (id: string) => string;
  peer: (id: string) => string;
  newGroup: string;
}

const quoted = (s: string) => `“${s}”`;

function groupText(targets: readonly GroupTarget[], names: StepNames): string {
  return targets.map((t) => quoted(t.kind === 'new' ? names.newGroup : names.group(t.id))).join(', ');
}

/** migrationStepText: one line of the migration plan, as the admin reads it before applying it. */
export function migrationStepText(step: MigrationStep, names: StepNames): string {
  switch (step.kind) {
    case 'create-group':
      return `Create group ${quoted(step.name)} for the resources`;
    case 'create-network':
      return `Create network ${quoted(step.name)}`;
    case 'create-resource': {
      const r = step.resource;
      return `Create resource ${quoted(r.name)} (${r.address}, ${r.type}) in ${groupText(r.groups, names)}`;
    }
    case 'create-router': {
      const r = step.router;
      const who = r.peer !== undefined ? `routing peer ${names.peer(r.peer)}` : `peer groups ${(r.peer_groups ?? []).map((g) => quoted(names.group(g))).join(', ')}`;
      return `Add ${who} (metric ${r.metric}, masquerade ${r.masquerade ? 'on' : 'off'}${r.enabled ? '' : ', disabled'})`;
    }
    case 'create-policy': {
      const p = step.policy;
      const from = p.sources.map((g) => quoted(names.group(g))).join(', ');
      return `Create policy ${quoted(p.name)}: ${from} → ${groupText([p.destination], names)}, all traffic, one-way`;
    }
    case 'disable-route':
      return `Disable network route ${quoted(step.networkId)}`;
    default:
      return assertNever(step);
  }
}
