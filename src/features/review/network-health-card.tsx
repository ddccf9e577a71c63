import { useVirtualizer } from '@tanstack/react-virtual';
import { useState } from 'react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { NetworkHealth } from '@/domain/review/review-report';
import { VirtualTableBody } from '@/components/data-table/virtual-table-body';
import { NetworkHealthRow } from './network-health-row';
import { WINDOW_LIST_VIRTUAL_ABOVE } from './window-list';

/** A health row's usual height (badge, two or three lines of HA text); rows are measured as they render. */
const ROW_ESTIMATE = 100;
const COLUMN_COUNT = 5;

function HealthHeader({ sticky }: { sticky: boolean }) {
  return (
    <TableHeader className={sticky ? 'sticky top-0 z-10 bg-card' : undefined}>
      <TableRow className="hover:bg-transparent">
        <TableHead>Network</TableHead>
        <TableHead>Resources</TableHead>
        <TableHead>Routing peers</TableHead>
        <TableHead>High availability</TableHead>
        <TableHead>Findings</TableHead>
      </TableRow>
    </TableHeader>
  );
}

function PlainHealthTable({ networks }: { networks: readonly NetworkHealth[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table aria-label="Network health">
        <HealthHeader sticky={false} />
        <TableBody>
          {networks.map((h) => (
            <NetworkHealthRow key={h.id} h={h} />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/**
 * VirtualHealthTable: the rows in view of a box of their own. The box keeps the card's height
 * fixed, so the findings below stay one scroll away (not a thousand rows down) and the findings
 * list, which measures its distance from the top of the page once, is not moved by rows being
 * measured here. Fixed column widths keep the columns still while different rows scroll by.
 */
function VirtualHealthTable({ networks }: { networks: readonly NetworkHealth[] }) {
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const v = useVirtualizer({
    count: networks.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    getItemKey: (i) => networks[i]?.id ?? i,
  });
  return (
    <div ref={setScrollElement} className="max-h-[70vh] overflow-auto rounded-lg border">
      <Table aria-label="Network health" aria-rowcount={networks.length + 1} className="table-fixed break-words">
        <colgroup>
          <col className="w-[18%]" />
          <col className="w-[16%]" />
          <col className="w-[12%]" />
          <col className="w-[36%]" />
          <col className="w-[18%]" />
        </colgroup>
        <HealthHeader sticky />
        <VirtualTableBody
          virtualizer={v}
          columnCount={COLUMN_COUNT}
          renderRow={(item) => {
            const h = networks[item.index];
            return h ? <NetworkHealthRow key={item.key} h={h} ref={v.measureElement} data-index={item.index} aria-rowindex={item.index + 2} /> : null;
          }}
        />
      </Table>
    </div>
  );
}

/**
 * NetworkHealthCard: one line per network: how many of its enabled resources some source can
 * reach (a policy targets them and a routing peer serves them), the honest HA status, and how
 * many findings concern it, linked to the network. A generated XL account has a thousand
 * networks: past the Review page's list threshold only the rows in view are rendered.
 */
export function NetworkHealthCard({ networks }: { networks: readonly NetworkHealth[] }) {
  const virtual = networks.length > WINDOW_LIST_VIRTUAL_ABOVE;
  return (
    <Card aria-labelledby="review-networks">
      <CardHeader>
        <CardTitle id="review-networks">Network health</CardTitle>
        <CardDescription>Reachable resources, high availability and findings of each network.</CardDescription>
      </CardHeader>
      <CardContent>
        {networks.length === 0 ? (
          <p className="text-sm text-muted-foreground">This account has no networks.</p>
        ) : virtual ? (
          <VirtualHealthTable networks={networks} />
        ) : (
          <PlainHealthTable networks={networks} />
        )}
      </CardContent>
    </Card>
  );
}
