import { useApplyFix } from '@/components/fix/use-apply-fix';
import { FindingsPanel } from './findings-panel';
import { FindingsSummary } from './findings-summary';
import { NetworkHealthCard } from './network-health-card';
import { useReviewData } from './use-review-data';

/** FindingsTab: the counts, each network's health, and every finding with its fix. */
export function FindingsTab() {
  const { snapshot, report } = useReviewData();
  const applyFix = useApplyFix(snapshot);
  return (
    <div className="flex flex-col gap-6">
      <FindingsSummary counts={report.counts} />
      <NetworkHealthCard networks={report.networks} />
      <FindingsPanel findings={report.findings} onFix={applyFix} />
    </div>
  );
}
