import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queries, queryKeys, useApiClient } from '@/api';
import { CopyButton } from '@/components/copy-button';
import { explainApiError } from '@/components/explain-api-error';
import { Field } from '@/components/form';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { buildAccountIndex } from '@/domain/account';
import { debugTraceCommand, tracePacket } from '@/domain/trace';
import type { TraceResult } from '@/domain/trace';
import { newPeers, PLACEHOLDER, planProbe, probeCommands } from '@/domain/wizard';
import { InstallCommandsView } from '../install-commands-view';
import { labInstall } from '../lab-install';
import { StepShell } from '../step-shell';
import type { WizardModel } from '../use-wizard';

const selectClass = 'h-9 rounded-md border border-input bg-background px-3 text-sm text-foreground';

/**
 * VerifyStep: waits for new routing peers to join (polling the setup key's group; on the demo the
 * simulator can install one on request), then traces a packet from a chosen client to the first
 * resource and shows the verdict with the commands that confirm it on real hosts.
 */
export function VerifyStep({ w, setupKey, onFinish }: { w: WizardModel; setupKey: string | null; onFinish: () => void }) {
  const plan = w.plan!;
  const draft = w.draft!;
  const client = useApiClient();
  const qc = useQueryClient();
  const fresh = newPeers(plan);
  const groupId = draft.apply.created[PLACEHOLDER.routerGroup];
  const keyId = draft.apply.created[PLACEHOLDER.setupKey];
  const joinedQuery = useQuery({
    ...queries.peers(client),
    enabled: fresh.length > 0,
    refetchInterval: (q) => ((q.state.data ?? []).filter((p) => p.groups.some((g) => g.id === groupId)).length >= fresh.length ? false : 3000),
  });
  const joined = (joinedQuery.data ?? []).filter((p) => groupId !== undefined && p.groups.some((g) => g.id === groupId));
  const allJoined = joined.length >= fresh.length;
  const [installError, setInstallError] = useState<string | null>(null);
  const [noLab, setNoLab] = useState(false);

  const simulate = async (name: string, platform: string) => {
    if (!keyId) return;
    setInstallError(null);
    try {
      const peer = await labInstall(client, { setup_key_id: keyId, name, os: platform });
      if (peer === null) setNoLab(true);
      await qc.invalidateQueries({ queryKey: queryKeys.peers.all });
      await qc.invalidateQueries({ queryKey: queryKeys.snapshot.all });
    } catch (e) {
      setInstallError(explainApiError(e).detail);
    }
  };

  const clients = w.snapshot.peers.filter((p) => p.groups.some((g) => plan.access.sourceGroups.includes(g.id)));
  const [clientId, setClientId] = useState(draft.verify.client || clients[0]?.id || '');
  const [trace, setTrace] = useState<{ result: TraceResult; debug: string | null } | { error: string } | null>(null);
  // The demo's lab DNS names: a wildcard resource is probed at one that resolves.
  const probe = planProbe(plan, 0, Object.keys(w.snapshot.lab?.dns ?? {}));
  const runTrace = async () => {
    if (!probe) return;
    w.setVerify({ ...draft.verify, client: clientId });
    const snapshot = await qc.fetchQuery({ ...queries.snapshot(client), staleTime: 0 });
    const index = buildAccountIndex(snapshot);
    const query = { from: clientId, to: probe.port !== null ? `${probe.destination}:${probe.port}` : probe.destination, protocol: probe.protocol };
    const r = tracePacket(index, query);
    if (!r.ok) setTrace({ error: r.error });
    else setTrace({ result: r.value, debug: debugTraceCommand(index, query, r.value)?.command ?? null });
  };

  return (
    <StepShell title="8. Verify" description="Check the work: the routing peers are connected and a packet from a client reaches the resource.">
      {fresh.length > 0 ? (
        <section aria-labelledby="verify-join" className="flex flex-col gap-3">
          <h3 id="verify-join" className="text-sm font-medium">
            Install the new routing peers
          </h3>
          {setupKey ? (
            <Alert variant="warning">
              <AlertTitle>Setup key (shown once)</AlertTitle>
              <AlertDescription>
                <span className="flex items-center gap-2">
                  <code className="font-mono" data-testid="setup-key">
                    {setupKey}
                  </code>
                  <CopyButton value={setupKey} label="Copy setup key" />
                </span>
                Copy it now: it is not stored in the plan and the server shows it masked from now on.
              </AlertDescription>
            </Alert>
          ) : (
            <Alert variant="info">
              <AlertDescription>The plain setup key was shown once when it was created. If you lost it, create a new key for group “{plan.routerGroupName}” on the Setup keys page.</AlertDescription>
            </Alert>
          )}
          {fresh.map(({ peer }) => (
            <div key={peer.name} className="flex flex-col gap-2 rounded-md border p-3">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{peer.name}</span>
                {joined.some((p) => p.name === peer.name) ? <Badge variant="success">joined</Badge> : <Badge variant="outline">waiting to join</Badge>}
                {!joined.some((p) => p.name === peer.name) && !noLab ? (
                  <Button type="button" size="sm" variant="secondary" onClick={() => void simulate(peer.name, peer.platform)}>
                    Simulate install of {peer.name}
                  </Button>
                ) : null}
              </div>
              <InstallCommandsView setupKey={setupKey ?? '<SETUP-KEY>'} peerName={peer.name} initial={peer.platform} />
            </div>
          ))}
          {noLab ? (
            <Alert variant="info">
              <AlertDescription>This management server cannot simulate an install: run the commands above on the host. The wizard polls the group “{plan.routerGroupName}” until the peer joins.</AlertDescription>
            </Alert>
          ) : null}
          {installError ? (
            <Alert variant="error">
              <AlertDescription>{installError}</AlertDescription>
            </Alert>
          ) : null}
          <p role="status" className="text-sm text-muted-foreground">
            {allJoined ? `All ${fresh.length} new routing peer(s) joined.` : `${joined.length} of ${fresh.length} new routing peer(s) joined; checking every 3 seconds…`}
          </p>
        </section>
      ) : null}
      <section aria-labelledby="verify-trace" className="flex flex-col gap-3">
        <h3 id="verify-trace" className="text-sm font-medium">
          Trace a packet
        </h3>
        <div className="flex flex-wrap items-end gap-2">
          <Field label="Client">
            {(c) => (
              <select {...c} className={selectClass} value={clientId} onChange={(e) => setClientId(e.target.value)}>
                {clients.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Button type="button" onClick={() => void runTrace()} disabled={!probe || clientId === '' || (fresh.length > 0 && !allJoined)}>
            Trace to {probe ? (probe.port !== null ? `${probe.destination}:${probe.port}` : probe.destination) : 'the resource'}
          </Button>
        </div>
        {trace && 'error' in trace ? (
          <Alert variant="error">
            <AlertDescription>{trace.error}</AlertDescription>
          </Alert>
        ) : null}
        {trace && 'result' in trace ? (
          <div className="flex flex-col gap-2" aria-label="Trace result">
            <Alert variant={trace.result.verdict === 'allowed' ? 'success' : 'error'}>
              <AlertTitle>Verdict: {trace.result.verdict}</AlertTitle>
              <AlertDescription>{trace.result.stages.find((s) => !s.allowed)?.message ?? trace.result.stages.at(-1)?.message}</AlertDescription>
            </Alert>
            <p className="text-sm">Confirm on real hosts:</p>
            <pre className="overflow-x-auto rounded-md border bg-muted p-3 font-mono text-xs text-foreground">
              {[trace.debug ? `# on the routing peer\n${trace.debug}` : null, probe ? `# on the client\n${probeCommands(probe).join('\n')}` : null].filter(Boolean).join('\n\n')}
            </pre>
          </div>
        ) : null}
      </section>
      <div>
        <Button type="button" variant="outline" onClick={onFinish}>
          Finish and close the wizard
        </Button>
      </div>
    </StepShell>
  );
}
