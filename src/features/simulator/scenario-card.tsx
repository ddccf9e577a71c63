import { DownloadIcon, FileUpIcon, UndoIcon } from 'lucide-react';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { downloadFile } from '@/components/download-file';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { BUILTIN_SCENARIOS, builtinScenario, scenarioJson, withEvents, type BuiltinName } from '@/domain/sim';
import type { Simulation } from './use-simulation';

const LAB = 'lab';
const FILE = 'file';

/**
 * ScenarioCard: which scenario runs (the lab as it is, a built-in, or a JSON file in the `nbrc
 * sim` format), what it does on this account, and the events added with the buttons below.
 */
export function ScenarioCard({ sim }: { sim: Simulation }) {
  const selectId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const value = sim.source.kind === 'builtin' ? sim.source.name : sim.source.kind === 'file' ? FILE : LAB;

  const onPick = (v: string) => {
    if (v === FILE) return fileInput.current?.click();
    sim.setSource(v === LAB ? { kind: 'lab' } : { kind: 'builtin', name: v as BuiltinName });
  };
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      const json: unknown = JSON.parse(await file.text());
      setReadError(null);
      sim.setSource({ kind: 'file', fileName: file.name, json });
    } catch (err) {
      setReadError(`${file.name} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const title = sim.source.kind === 'builtin' ? (builtinScenario(sim.source.name)?.title ?? sim.source.name) : sim.source.kind === 'file' ? sim.source.fileName : 'Lab as it is';

  return (
    <Card aria-label="Scenario">
      <CardContent className="flex flex-col gap-3 pt-4">
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex min-w-64 flex-col gap-1.5">
            <Label htmlFor={selectId}>Scenario</Label>
            <Select value={value} onValueChange={onPick}>
              <SelectTrigger id={selectId} fullWidth={false} className="w-80">
                <SelectValue>{title}</SelectValue>
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={LAB}>Lab as it is (no events)</SelectItem>
                {BUILTIN_SCENARIOS.map((b) => (
                  <SelectItem key={b.name} value={b.name}>
                    {b.title}
                  </SelectItem>
                ))}
                <SelectItem value={FILE}>Load a scenario file…</SelectItem>
              </SelectContent>
            </Select>
          </div>
          <input ref={fileInput} type="file" accept="application/json,.json" className="sr-only" aria-label="Scenario file" tabIndex={-1} onChange={(e) => void onFile(e)} />
          <Button variant="outline" onClick={() => fileInput.current?.click()}>
            <FileUpIcon aria-hidden="true" />
            Load file
          </Button>
          {sim.resolved.ok ? (
            <Button variant="outline" onClick={() => sim.resolved.ok && downloadFile('scenario.json', `${JSON.stringify(scenarioJson(withEvents(sim.resolved.scenario, sim.added)), null, 2)}\n`, 'application/json')}>
              <DownloadIcon aria-hidden="true" />
              Download scenario
            </Button>
          ) : null}
          {sim.added.length > 0 ? (
            <Button variant="ghost" onClick={sim.clearAdded}>
              <UndoIcon aria-hidden="true" />
              Remove {sim.added.length} added event{sim.added.length === 1 ? '' : 's'}
            </Button>
          ) : null}
        </div>
        {sim.resolved.ok ? <p className="text-sm text-muted-foreground">{sim.resolved.summary}</p> : null}
        {readError !== null ? (
          <Alert variant="error">
            <AlertTitle>Scenario not loaded</AlertTitle>
            <AlertDescription>
              <p>{readError}</p>
            </AlertDescription>
          </Alert>
        ) : null}
        {!sim.resolved.ok ? (
          <Alert variant="error">
            <AlertTitle>{sim.resolved.title}</AlertTitle>
            <AlertDescription>
              <ul className="list-disc pl-5">
                {sim.resolved.errors.map((e) => (
                  <li key={e} className="font-mono text-xs">
                    {e}
                  </li>
                ))}
              </ul>
            </AlertDescription>
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}
