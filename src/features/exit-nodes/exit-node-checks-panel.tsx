import { useSuspenseQuery } from '@tanstack/react-query';
import { CircleAlertIcon, CircleCheckIcon } from 'lucide-react';
import { queries, useApiClient } from '@/api';
import { useCreatePolicy, useUpdateNameserverGroup } from '@/api/mutations';
import { FixButton } from '@/components/form';
import { useRouteLookups } from '@/components/lookups/use-route-lookups';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { assertNever } from '@/domain/assert-never';
import type { ExitNodeCheck } from '@/domain/rules/editor/exit-node-checks';
import type { FixSuggestion, PolicyCreateDraft } from '@/domain/rules/lint';
import { MatchAllDnsDialog } from './match-all-dns-dialog';

/** policyRequestOf: the linter's policy draft as the request body (fresh objects, as the API types want). */
const policyRequestOf = (p: PolicyCreateDraft) => ({
  ...p,
  rules: p.rules.map((r) => ({ ...r, destinationResource: r.destinationResource ? { ...r.destinationResource } : null })),
});

function CheckFixes({ check, networkId, onMasqueradeOn }: { check: ExitNodeCheck; networkId: string; onMasqueradeOn: () => Promise<unknown> }) {
  const client = useApiClient();
  const { data: nameservers } = useSuspenseQuery(queries.nameservers(client));
  const lookups = useRouteLookups();
  const createPolicy = useCreatePolicy();
  const updateNameservers = useUpdateNameserverGroup();
  const finding = check.finding;
  if (!finding) return null;
  const fix: FixSuggestion | undefined = finding.fix;
  const groupIds = finding.refs.filter((r) => r.type === 'group').map((r) => r.id);
  const groupNames = groupIds.map((id) => lookups.groupName(id) ?? id).join(', ');
  switch (check.code) {
    case 'exit-node-missing-icmp-policy':
      return fix?.kind === 'create-policy' ? <FixButton label="Create ICMP policy" run={() => createPolicy.mutateAsync(policyRequestOf(fix.policy))} /> : null;
    case 'exit-node-dns-leak': {
      const ns = fix?.kind === 'add-nameserver-group-groups' ? nameservers.find((n) => n.id === fix.nameserverGroupId) : undefined;
      return (
        <div className="flex flex-wrap items-start gap-2">
          <MatchAllDnsDialog networkId={networkId} groupIds={groupIds} groupNames={groupNames} />
          {fix?.kind === 'add-nameserver-group-groups' && ns ? (
            <FixButton
              variant="outline"
              label={`Add ${groupNames} to “${ns.name}”`}
              run={() =>
                updateNameservers.mutateAsync({
                  id: ns.id,
                  body: {
                    name: ns.name,
                    description: ns.description,
                    nameservers: ns.nameservers,
                    enabled: ns.enabled,
                    groups: [...new Set([...ns.groups, ...fix.groupIds])],
                    primary: ns.primary,
                    domains: ns.domains,
                    search_domains_enabled: ns.search_domains_enabled,
                  },
                })
              }
            />
          ) : null}
        </div>
      );
    }
    case 'exit-node-masquerade-off':
      return <FixButton label="Turn masquerade on" run={onMasqueradeOn} />;
    default:
      return assertNever(check.code);
  }
}

/**
 * ExitNodeChecksPanel: what an exit node needs to work and not leak (the docs' exit node mode), each
 * check from the linter, passing or failing with the finding's words and its one-click fix.
 */
export function ExitNodeChecksPanel({
  checks,
  networkId,
  onMasqueradeOn,
  description = 'What this exit node needs, checked against the account as it is now.',
}: {
  checks: readonly ExitNodeCheck[];
  networkId: string;
  onMasqueradeOn: () => Promise<unknown>;
  description?: string;
}) {
  const failing = checks.filter((c) => c.finding !== null).length;
  return (
    <Card aria-labelledby="exit-node-checks">
      <CardHeader>
        <CardTitle id="exit-node-checks">Checks {failing > 0 ? `(${failing} failing)` : '(all pass)'}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>
        <ul aria-label="Exit node checks" className="flex flex-col gap-4">
          {checks.map((c) => (
            <li key={c.code} className="flex items-start gap-3 text-sm">
              {c.finding ? (
                <CircleAlertIcon className="mt-0.5 size-4 shrink-0 text-destructive" aria-hidden="true" />
              ) : (
                <CircleCheckIcon className="mt-0.5 size-4 shrink-0 text-success" aria-hidden="true" />
              )}
              <div className="flex min-w-0 flex-col gap-1.5">
                <p className="font-medium">
                  {c.title}: <span className={c.finding ? 'text-destructive' : 'text-success'}>{c.finding ? 'fails' : 'passes'}</span>
                </p>
                {c.finding ? <p className="text-muted-foreground">{c.finding.message}</p> : null}
                <CheckFixes check={c} networkId={networkId} onMasqueradeOn={onMasqueradeOn} />
              </div>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
