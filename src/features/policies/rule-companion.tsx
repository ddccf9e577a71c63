import { companionOffer, type CompanionSource } from '@/domain/rules/editor/policy-companion';
import type { RuleTarget } from '@/domain/rules/editor/policy-chain';
import { CompanionPolicyDialog } from './companion-policy-dialog';
import type { PolicyEditorData } from './use-policy-editor-data';

/**
 * RuleCompanion: under a rule that reaches network resources, the offer to also open the routing
 * peers' input chain to the same sources (a second, peer-to-peer policy). Nothing is shown for
 * rules that already target peers; a network without routing peers says so instead.
 */
export function RuleCompanion({ data, source, target }: { data: PolicyEditorData; source: CompanionSource; target: RuleTarget }) {
  if (!data.index) return null;
  const offer = companionOffer(data.index, target);
  if (!offer.offered) return offer.why === 'no-routing-peer' ? <p className="text-xs text-muted-foreground">{offer.reason}</p> : null;
  const noSources = source.sourceResource === null && source.sources.length === 0;
  return (
    <CompanionPolicyDialog
      index={data.index}
      refs={data.refs}
      source={source}
      target={offer.target}
      disabledReason={noSources ? 'Choose the rule’s sources first: the companion policy uses the same sources.' : undefined}
    />
  );
}
