import type { PolicyRule } from '@/api';
import { EnabledBadge } from '@/components/enabled-badge';
import { KeyValueList } from '@/components/key-value-list';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { ruleDirection } from '@/domain/rules/explain/rule-direction';
import { portsText, protocolLabel } from './policy-text';
import { RuleChainsNote } from './rule-chains-note';
import { RuleCompanion } from './rule-companion';
import { RuleEndpoint } from './rule-endpoint';
import type { PolicyEditorData } from './use-policy-editor-data';

/**
 * PolicyRuleCard: one rule of a policy with every field NetBird stores for it, the firewall chain
 * it lands in and, for rules towards resources, the companion input-chain policy on offer.
 */
export function PolicyRuleCard({ rule, index, policyName, data }: { rule: PolicyRule; index: number; policyName: string; data: PolicyEditorData }) {
  const resources = data.resources;
  const direction = ruleDirection(rule);
  const target = { destinations: rule.destinationResource ? [] : rule.destinations.map((g) => g.id), destinationResource: rule.destinationResource ?? null };
  const titleId = `rule-${index}-title`;
  const sshGroups = Object.entries(rule.authorized_groups ?? {});
  return (
    <Card aria-labelledby={titleId}>
      <CardHeader layout="row" className="items-center gap-2">
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
            { label: 'Firewall chain', value: <RuleChainsNote index={data.index} target={target} /> },
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
        <div className="mt-3">
          <RuleCompanion
            data={data}
            target={target}
            source={{ policyName, sources: rule.sourceResource ? [] : rule.sources.map((g) => g.id), sourceResource: rule.sourceResource ?? null }}
          />
        </div>
      </CardContent>
    </Card>
  );
}
