import { AnalysingLine, AnalysisContent, objectCount } from '@/components/analysis';
import { useApplyFix } from '@/components/fix/use-apply-fix';
import { cn } from '@/lib/cn';
import { FindingsPanel } from './findings-panel';
import { FindingsSummary } from './findings-summary';
import { NetworkHealthCard } from './network-health-card';
import { useReviewData, type ReviewData } from './use-review-data';

/**
 * Findings: the counts, each network's health, and every finding with its fix. A stale report
 * (the account changed, its new report is on its way) stays readable but inert: its one-click
 * fixes may already be applied.
 */
function Findings({ data: { snapshot, report }, stale, objects }: { data: ReviewData; stale: boolean; objects: number }) {
  const applyFix = useApplyFix(snapshot);
  return (
    <div className="flex flex-col gap-6">
      {stale ? <AnalysingLine objects={objects} /> : null}
      <div inert={stale} className={cn('flex flex-col gap-6', stale && 'opacity-60')}>
        <FindingsSummary counts={report.counts} />
        <NetworkHealthCard networks={report.networks} />
        <FindingsPanel findings={report.findings} onFix={applyFix} />
      </div>
    </div>
  );
}

/** FindingsTab: the account's report from the analysis worker ("Analysing N objects…" until the first arrives). */
export function FindingsTab() {
  const { snapshot, analysis } = useReviewData();
  const objects = objectCount(snapshot);
  return (
    <AnalysisContent state={analysis} objects={objects}>
      {(data, stale) => <Findings data={data} stale={stale} objects={objects} />}
    </AnalysisContent>
  );
}
