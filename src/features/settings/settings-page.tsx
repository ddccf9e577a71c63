import { useState } from 'react';
import { PageHeader } from '@/components/page-header';
import { useTargetSettings } from '@/components/target-settings';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmbeddedTargetPanel } from './embedded-target-panel';
import { FaultInjectionPanel } from './fault-injection-panel';
import { RemoteTargetForm } from './remote-target-form';
import type { RemoteTargetValues } from './remote-target-schema';
import { TargetChoice, type TargetKind } from './target-choice';

/**
 * SettingsPage: where the console's API target is chosen. It reaches the app's target controls
 * only through TargetSettings, so this feature never imports the app or the control plane.
 */
export default function SettingsPage() {
  const { target, setTarget, resetEmbedded, embeddedLoadProblem, embeddedUnreadableData, faultPlan, setFaultPlan } = useTargetSettings();
  const [kind, setKind] = useState<TargetKind>(target.kind);
  const [saved, setSaved] = useState(false);

  const remoteDefaults = target.kind === 'remote' ? { url: target.url, token: target.token, remember: target.remember } : { url: '', token: '', remember: false };

  function saveRemote(values: RemoteTargetValues) {
    setTarget({ kind: 'remote', ...values });
    setSaved(true);
  }

  return (
    <>
      <PageHeader title="Settings" description="Choose which management API the console talks to." />
      <Card className="max-w-4xl">
        <CardHeader>
          <CardTitle>API target</CardTitle>
          <CardDescription>Every page reads and writes through the target chosen here. Switching drops everything loaded from the previous one.</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-6">
          <TargetChoice
            name="api-target"
            value={kind}
            onChange={(k) => {
              setKind(k);
              setSaved(false);
            }}
          />
          {kind === 'remote' ? (
            <RemoteTargetForm key={target.kind === 'remote' ? target.url : 'new'} defaults={remoteDefaults} onSave={saveRemote} saved={saved && target.kind === 'remote'} />
          ) : target.kind === 'embedded' ? (
            <>
              <EmbeddedTargetPanel loadProblem={embeddedLoadProblem} onReset={resetEmbedded} unreadableData={embeddedUnreadableData} />
              <FaultInjectionPanel plan={faultPlan} onChange={setFaultPlan} />
            </>
          ) : (
            <div className="flex flex-col gap-4">
              <Alert variant="info">
                <AlertTitle>The console uses {target.url}</AlertTitle>
                <AlertDescription>
                  <p>Switch back to the embedded demo. The saved token is forgotten.</p>
                </AlertDescription>
              </Alert>
              <div>
                <Button onClick={() => setTarget({ kind: 'embedded' })}>Use the embedded demo</Button>
              </div>
            </div>
          )}
        </CardContent>
      </Card>
    </>
  );
}
