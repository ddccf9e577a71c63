import { useQuery } from '@tanstack/react-query';
import { FlaskConicalIcon, PlayIcon } from 'lucide-react';
import { useMemo, useState } from 'react';
import { queries, useApiClient } from '@/api';
import { PageHeader } from '@/components/page-header';
import { ErrorState, EmptyState } from '@/components/query-state';
import { useReachabilityTests } from '@/components/reachability-tests/use-reachability-tests';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { accountIndexOf } from '@/domain/reachability/change-preview';
import { runTests, type ReachabilityOutcome } from '@/domain/reachability/run-tests';
import { ImportExport } from './import-export';
import { TestForm } from './test-form';
import { TestsTable } from './tests-table';
import { UnreadableTestsAlert } from './unreadable-tests-alert';

const DESCRIPTION =
  'Assertions about who can reach what, checked with the packet trace: on demand here, and before every save in the editors, where a change that breaks one needs an explicit override. Kept in this browser, per management API.';

interface Run {
  at: Date;
  outcomes: ReadonlyMap<string, ReachabilityOutcome>;
}

/** ReachabilityTestsPage: list, add, delete, run, import and export the saved reachability tests. */
export default function ReachabilityTestsPage() {
  const client = useApiClient();
  const snapshotQuery = useQuery(queries.snapshot(client));
  const saved = useReachabilityTests();
  const { tests, stored } = saved;
  const [run, setRun] = useState<Run | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const names = useMemo(() => tests.map((t) => t.name), [tests]);
  const unreadable = stored.kind === 'corrupt';

  const runNow = () => {
    if (snapshotQuery.data === undefined) return;
    const outcomes = runTests(accountIndexOf(snapshotQuery.data), tests);
    setRun({ at: new Date(), outcomes: new Map(outcomes.map((o) => [o.name, o])) });
  };
  const failed = run === null ? 0 : tests.filter((t) => run.outcomes.get(t.name)?.passed === false).length;
  const ran = run === null ? 0 : tests.filter((t) => run.outcomes.has(t.name)).length;

  return (
    <>
      <PageHeader
        title="Reachability tests"
        description={DESCRIPTION}
        actions={
          <Button onClick={runNow} disabled={tests.length === 0 || snapshotQuery.data === undefined}>
            <PlayIcon aria-hidden="true" /> {snapshotQuery.isPending ? 'Loading the account…' : 'Run now'}
          </Button>
        }
      />
      <div className="flex flex-col gap-6">
        {stored.kind === 'corrupt' ? <UnreadableTestsAlert error={stored.error} raw={stored.raw} onDiscard={saved.discard} /> : null}
        {snapshotQuery.isError ? <ErrorState error={snapshotQuery.error} onRetry={() => void snapshotQuery.refetch()} /> : null}
        <section aria-label="Test results" className="flex flex-col gap-3">
          {run !== null && ran > 0 ? (
            <p role="status" className="text-sm">
              <span className={failed > 0 ? 'font-semibold text-destructive' : 'font-semibold text-success'}>
                {failed > 0 ? `${failed} of ${ran} failed` : `All ${ran} passed`}
              </span>{' '}
              <span className="text-muted-foreground">(run at {run.at.toLocaleTimeString()} against the account as it is now)</span>
            </p>
          ) : null}
          {tests.length === 0 ? (
            <EmptyState
              icon={<FlaskConicalIcon />}
              title={unreadable ? 'No readable tests' : 'No saved tests yet'}
              message="Add one below, e.g. “alice-macbook reaches 10.10.0.5:22”, or import a JSON file."
            />
          ) : (
            <TestsTable tests={tests} outcomes={run?.outcomes ?? null} onRemove={(name) => setRemoveError(saved.remove(name))} />
          )}
          {removeError !== null ? (
            <p role="alert" className="text-sm font-medium text-destructive">
              Not deleted: {removeError}
            </p>
          ) : null}
        </section>
        <Card>
          <CardHeader>
            <CardTitle>Add a test</CardTitle>
            <CardDescription>One packet from a peer to a destination, and whether it must get through.</CardDescription>
          </CardHeader>
          <CardContent>
            <TestForm takenNames={names} onAdd={saved.add} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Import and export</CardTitle>
            <CardDescription>
              The file is a JSON array of tests, <code className="font-mono text-xs">{'{"name", "from", "to", "port"?, "protocol"?, "expect": "allow" | "deny"}'}</code> (an import also
              takes <code className="font-mono text-xs">{'{"tests": [...]}'}</code>): the TESTS file of <code className="font-mono text-xs">nbrc test SNAPSHOT TESTS</code>, which exits 1
              when a test fails, for CI pipelines. Importing replaces tests of the same name.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <ImportExport tests={tests} disabled={unreadable} onReplace={saved.replaceAll} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
