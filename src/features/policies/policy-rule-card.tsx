import type { PolicyRule } from '@/api';
import { EnabledBadge } from '@/components/enabled-badge';
import { KeyValueList } from '@/components/key-value-list';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { ruleDirection } from '@/domain/rules/explain/rule-direction';
import { portsText, protocolLabel } from './policy-text';
import { RuleEndpoint } from './rule-endpoint';
import type { LocatedResource } from '@/components/lookups/use-resource-index';

/** PolicyRuleCard: one rule of a policy with every field NetBird stores for it. */
export function PolicyRuleCard({ rule, index, resources }: { rule: PolicyRule; index: number; resources: ReadonlyMap<string, LocatedResource> }) {
  const direction = ruleDirection(rule);
  const titleId = `rule-${index}-title`;
  const sshGroups = Object.entries(rule.authorized_groups ?? {});
  return (
    <Card aria-labelledby={titleId}>
      <CardHeader className="flex-row flex-wrap items-center gap-2">
        <CardTitle id={titleId}>
          Rule {index + 1}: {rule.name || 'unnamed'}
        </CardTitle>
        <EnabledBadge enabled={rule.enabled} />
        {rule.action === 'accept' ? <Badge variant="success">Accept</Badge> : <Badge variant="destructive">Drop</Badge>}
      </CardHeader>
      <CardContent>
        <KeyValueList
          items={[
            { label: 'Sources', value: <RuleEndpoint groups={rule.sources} resource={rule.sourceResource} resources={resources} /> },
            { label: 'Destinations', value: <RuleEndpoint groups={rule.destinations} resource={rule.destinationResource} resources={resources} /> },
            { label: 'Action', value: rule.action === 'accept' ? 'Accept' : 'Drop' },
            { label: 'Protocol', value: protocolLabel(rule.protocol) },
            { label: 'Ports', value: <span className="font-mono">{portsText(rule)}</span> },
            {
              label: 'Direction',
              value: (
                <span>
                  {direction.text}
                  {direction.kind === 'resource-one-way' && rule.bidirectional ? '. The rule is marked bidirectional, which has no effect here.' : ''}
                </span>
              ),
            },
            ...(rule.description ? [{ label: 'Description', value: rule.description }] : []),
            ...(sshGroups.length > 0
              ? [
                  {
                    label: 'SSH local users',
                    value: (
                      <ul className="flex flex-col gap-0.5">
                        {sshGroups.map(([groupId, users]) => (
                          <li key={groupId}>
                            <span className="font-mono">{groupId}</span>: {users.join(', ') || 'any user'}
                          </li>
                        ))}
                      </ul>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </CardContent>
    </Card>
  );
}
