import { Badge } from '@/components/ui/badge';
import type { AccountIndex } from '@/domain/account';
import { assertNever } from '@/domain/assert-never';
import { ruleChainLines, ruleChains, type ChainKind, type RuleTarget } from '@/domain/rules/editor/policy-chain';

function chainBadge(chain: ChainKind) {
  switch (chain) {
    case 'forward':
      return <Badge variant="info">Forward chain</Badge>;
    case 'input':
      return <Badge variant="secondary">Input chain</Badge>;
    default:
      return assertNever(chain);
  }
}

/**
 * RuleChainsNote: which firewall chain the rule lands in, said per hop: forward chain of the
 * routing peers for resources and ACL-guarded routes, input chain of the destination peers for
 * peer-to-peer traffic. Shown under every rule, saved or being edited.
 */
export function RuleChainsNote({ index, target }: { index: AccountIndex | undefined; target: RuleTarget }) {
  if (!index) return <p className="text-xs text-muted-foreground">Working out which firewall chain this rule lands in…</p>;
  const lines = ruleChainLines(index, ruleChains(index, target));
  if (lines.length === 0) return <p className="text-xs text-muted-foreground">Choose a destination to see which firewall chain this rule lands in.</p>;
  return (
    <ul className="flex flex-col gap-1.5" aria-label="Firewall chains">
      {lines.map((line, i) => (
        <li key={i} className="flex flex-wrap items-start gap-2 text-sm">
          {chainBadge(line.chain)}
          <span className="min-w-0 flex-1">{line.text}</span>
        </li>
      ))}
    </ul>
  );
}
