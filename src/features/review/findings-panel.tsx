import { CircleCheckIcon } from 'lucide-react';
import { Link, useSearchParams } from '@/lib/router';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { groupByObject, groupBySeverity } from '@/domain/review/group-findings';
import { refKindText, type NamedRef } from '@/domain/review/named-ref';
import type { ReviewFinding } from '@/domain/review/review-report';
import type { FixSuggestion, Severity } from '@/domain/rules/lint';
import { FindingCard } from './finding-card';
import { findingRefPath } from './finding-ref-path';
import { SEVERITY_TEXT, SeverityBadge } from './severity';
import { WindowList } from './window-list';

export type FindingsGrouping = 'severity' | 'object';

/** Item: the flattened list: a heading for each group, then its findings (or a "none" line). */
type Item =
  | { kind: 'severity'; key: string; severity: Severity; count: number }
  | { kind: 'object'; key: string; ref: NamedRef; worst: Severity; count: number }
  | { kind: 'none'; key: string; text: string }
  | { kind: 'finding'; key: string; finding: ReviewFinding };

function itemsOf(findings: readonly ReviewFinding[], by: FindingsGrouping): Item[] {
  const items: Item[] = [];
  if (by === 'severity') {
    for (const g of groupBySeverity(findings)) {
      items.push({ kind: 'severity', key: `h:${g.severity}`, severity: g.severity, count: g.findings.length });
      if (g.findings.length === 0) items.push({ kind: 'none', key: `none:${g.severity}`, text: `No ${SEVERITY_TEXT[g.severity].many.toLowerCase()}.` });
      for (const f of g.findings) items.push({ kind: 'finding', key: f.key, finding: f });
    }
  } else {
    for (const g of groupByObject(findings)) {
      items.push({ kind: 'object', key: `h:${g.key}`, ref: g.ref, worst: g.worst, count: g.findings.length });
      for (const f of g.findings) items.push({ kind: 'finding', key: f.key, finding: f });
    }
  }
  return items;
}

function ObjectHeading({ refValue, worst, count }: { refValue: NamedRef; worst: Severity; count: number }) {
  const path = findingRefPath(refValue);
  return (
    <h3 className="flex flex-wrap items-baseline gap-2 pt-3 text-base font-semibold">
      <span className="text-sm font-normal text-muted-foreground">{refKindText(refValue)}</span>
      {path === null ? (
        refValue.name
      ) : (
        <Link to={path} className="text-primary hover:underline">
          {refValue.name}
        </Link>
      )}
      <span className="text-sm font-normal text-muted-foreground">
        {count} {count === 1 ? 'finding' : 'findings'}
      </span>
      <SeverityBadge severity={worst} />
    </h3>
  );
}

function renderItem(item: Item, onFix: (fix: FixSuggestion) => Promise<unknown>) {
  switch (item.kind) {
    case 'severity':
      return (
        <h3 className="flex items-center gap-2 pt-3 text-base font-semibold">
          {SEVERITY_TEXT[item.severity].many} <span className="font-normal text-muted-foreground">({item.count})</span>
        </h3>
      );
    case 'object':
      return <ObjectHeading refValue={item.ref} worst={item.worst} count={item.count} />;
    case 'none':
      return <p className="text-sm text-muted-foreground">{item.text}</p>;
    case 'finding':
      return <FindingCard finding={item.finding} onFix={onFix} />;
  }
}

/** Rough heights for the virtualizer's first layout; each item is measured once rendered. */
const estimate = (item: Item): number => (item.kind === 'finding' ? 150 + (item.finding.fix ? 40 : 0) : item.kind === 'none' ? 24 : 40);

/**
 * FindingsPanel: every finding of the account, grouped by severity (what to fix first) or by the
 * object it is about (what is wrong with this network); the grouping is in the URL (`?by=object`).
 */
export function FindingsPanel({ findings, onFix }: { findings: readonly ReviewFinding[]; onFix: (fix: FixSuggestion) => Promise<unknown> }) {
  const [params, setParams] = useSearchParams();
  const by: FindingsGrouping = params.get('by') === 'object' ? 'object' : 'severity';
  const setBy = (next: FindingsGrouping) => setParams(next === 'severity' ? {} : { by: next }, { replace: true });
  const items = itemsOf(findings, by);

  return (
    <Card aria-labelledby="review-findings">
      <CardHeader layout="row" className="items-start justify-between gap-3">
        <div className="flex flex-col gap-1">
          <CardTitle id="review-findings">Findings ({findings.length})</CardTitle>
          <CardDescription>What the linter found in the account as it is now, each with the objects it is about and, where there is exactly one sensible change, a one-click fix.</CardDescription>
        </div>
        <div role="group" aria-label="Group findings by" className="inline-flex rounded-md border p-0.5">
          {(['severity', 'object'] as const).map((g) => (
            <Button key={g} size="sm" variant={by === g ? 'secondary' : 'ghost'} aria-pressed={by === g} onClick={() => setBy(g)}>
              By {g}
            </Button>
          ))}
        </div>
      </CardHeader>
      <CardContent>
        {findings.length === 0 ? (
          <p className="flex items-center gap-2 text-sm">
            <CircleCheckIcon className="size-4 text-success" aria-hidden="true" /> No findings: the account follows the routing-peer rules.
          </p>
        ) : (
          <WindowList items={items} itemKey={(i) => i.key} estimateSize={estimate} label={by === 'severity' ? 'Findings by severity' : 'Findings by object'} render={(i) => renderItem(i, onFix)} />
        )}
      </CardContent>
    </Card>
  );
}
