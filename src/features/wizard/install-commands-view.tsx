import { CopyButton } from '@/components/copy-button';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { installInstructions, PLATFORMS, type Platform } from '@/domain/wizard';

/** InstallCommandsView: per-platform install commands with copy buttons and the docs' notes. */
export function InstallCommandsView({ setupKey, peerName, initial }: { setupKey: string; peerName: string; initial: Platform }) {
  return (
    <Tabs defaultValue={initial} compact>
      <TabsList aria-label="Platform">
        {PLATFORMS.map((p) => (
          <TabsTrigger key={p.id} value={p.id}>
            {p.label}
          </TabsTrigger>
        ))}
      </TabsList>
      {PLATFORMS.map((p) => {
        const i = installInstructions(p.id, { setupKey, peerName, managementUrl: null });
        return (
          <TabsContent key={p.id} value={p.id} className="flex flex-col gap-3">
            {i.blocks.map((b) => (
              <div key={b.title} className="flex flex-col gap-1">
                <div className="flex items-center justify-between">
                  <span className="text-sm font-medium">{b.title}</span>
                  <CopyButton value={b.code} label={`Copy: ${b.title}`} />
                </div>
                <pre className="overflow-x-auto rounded-md border bg-muted p-3 font-mono text-xs text-foreground">{b.code}</pre>
              </div>
            ))}
            <ul className="list-disc pl-5 text-sm text-muted-foreground">
              {i.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </TabsContent>
        );
      })}
    </Tabs>
  );
}
