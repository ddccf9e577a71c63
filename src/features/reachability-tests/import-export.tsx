import { DownloadIcon, UploadIcon } from 'lucide-react';
import { useRef, useState } from 'react';
import { downloadFile } from '@/components/download-file';
import { exportTestsJson } from '@/components/reachability-tests/tests-storage';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { parseReachabilityTests } from '@/domain/reachability/parse-tests';
import type { ReachabilityTest } from '@/domain/reachability/reachability-test';
import { mergeTests } from './merge-tests';

export const EXPORT_FILE_NAME = 'reachability-tests.json';

type ImportOutcome = { kind: 'ok'; text: string } | { kind: 'error'; title: string; text: string };

/**
 * ImportExport: the tests as a JSON file, the format `nbrc test` reads (a JSON array; an import
 * also takes `{"tests": [...]}`). An import is checked entry by entry and applied only when every
 * entry is valid, so a bad file changes nothing.
 */
export function ImportExport({ tests, disabled, onReplace }: { tests: readonly ReachabilityTest[]; disabled: boolean; onReplace: (tests: readonly ReachabilityTest[]) => string | null }) {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const importFile = async (file: File) => {
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (e) {
      setOutcome({ kind: 'error', title: `${file.name} is not valid JSON`, text: e instanceof Error ? e.message : String(e) });
      return;
    }
    const parsed = parseReachabilityTests(json);
    if (!parsed.ok) {
      setOutcome({ kind: 'error', title: `Nothing imported: ${file.name} has invalid tests`, text: parsed.error });
      return;
    }
    const merged = mergeTests(tests, parsed.value);
    const error = onReplace(merged.tests);
    setOutcome(
      error === null
        ? { kind: 'ok', text: `Imported ${parsed.value.length} test${parsed.value.length === 1 ? '' : 's'} from ${file.name}: ${merged.added} added, ${merged.replaced} replaced.` }
        : { kind: 'error', title: 'Nothing imported', text: error },
    );
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        <Button variant="outline" onClick={() => input.current?.click()} disabled={disabled}>
          <UploadIcon aria-hidden="true" /> Import JSON…
        </Button>
        <Button variant="outline" onClick={() => downloadFile(EXPORT_FILE_NAME, exportTestsJson(tests), 'application/json')} disabled={disabled || tests.length === 0}>
          <DownloadIcon aria-hidden="true" /> Export JSON
        </Button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          aria-label="Tests file to import"
          className="sr-only"
          tabIndex={-1}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file !== undefined) void importFile(file);
          }}
        />
      </div>
      {outcome?.kind === 'ok' ? (
        <p role="status" className="text-sm text-muted-foreground">
          {outcome.text}
        </p>
      ) : outcome?.kind === 'error' ? (
        <Alert variant="error">
          <AlertTitle>{outcome.title}</AlertTitle>
          <AlertDescription>
            <pre className="whitespace-pre-wrap font-mono text-xs">{outcome.text}</pre>
          </AlertDescription>
        </Alert>
      ) : null}
    </div>
  );
}
