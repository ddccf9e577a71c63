import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { EnabledBadge } from '@/components/enabled-badge';
import { KeyValueList } from '@/components/key-value-list';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { pluralize } from '@/lib/format';
import { PolicyHeaderActions, ReversePolicyCard } from './policy-actions';
import { PolicyRuleCard } from './policy-rule-card';
import { usePolicyEditorData } from './use-policy-editor-data';

const crumbs = [{ label: 'Policies', to: '/policies' }];

function PolicyDetail({ policyId }: { policyId: string }) {
  const client = useApiClient();
  const { data: policy } = useSuspenseQuery(queries.policy(client, policyId));
  const data = usePolicyEditorData();
  return (
    <div className="flex flex-col gap-4">
      <Card aria-labelledby="policy-summary">
        <CardHeader>
          <CardTitle id="policy-summary">Policy</CardTitle>
        </CardHeader>
        <CardContent>
          <KeyValueList
            items={[
              { label: 'Status', value: policy.enabled ? 'Enabled: its rules apply' : 'Disabled: none of its rules apply' },
              { label: 'Rules', value: pluralize(policy.rules.length, 'rule') },
              {
                label: 'Source posture checks',
                value:
                  policy.source_posture_checks.length === 0 ? (
                    'None'
                  ) : (
                    <ul className="flex flex-wrap gap-1" aria-label="Source posture checks">
                      {policy.source_posture_checks.map((id) => (
                        <li key={id}>
                          <Badge variant="outline" className="font-mono">
                            {id}
                          </Badge>
                        </li>
                      ))}
                    </ul>
                  ),
              },
              { label: 'ID', value: <span className="font-mono text-xs">{policy.id}</span> },
            ]}
          />
        </CardContent>
      </Card>
      <h2 className="mt-2 text-lg font-semibold">Rules</h2>
      {policy.rules.length === 0 ? (
        <p className="text-sm text-muted-foreground">This policy has no rules, so it allows nothing.</p>
      ) : (
        policy.rules.map((rule, i) => <PolicyRuleCard key={rule.id ?? i} rule={rule} index={i} policyName={policy.name} data={data} />)
      )}
      <ReversePolicyCard policy={policy} />
    </div>
  );
}

/** PolicyDetailPage: one policy and every one of its rules (not only the first), with where each lands and what can be done with it. */
export default function PolicyDetailPage() {
  const { policyId = '' } = useParams();
  const client = useApiClient();
  // Not suspending: the heading is there while the content loads or fails.
  const { data: policy } = useQuery(queries.policy(client, policyId));
  return (
    <>
      <PageHeader
        title={policy?.name ?? 'Policy'}
        breadcrumbs={crumbs}
        meta={policy ? <EnabledBadge enabled={policy.enabled} /> : null}
        description={policy?.description || undefined}
        actions={policy ? <PolicyHeaderActions policy={policy} /> : null}
      />
      <QueryBoundary loading={<LoadingState variant="detail" label="Loading policy…" />}>
        <PolicyDetail policyId={policyId} />
      </QueryBoundary>
    </>
  );
}
