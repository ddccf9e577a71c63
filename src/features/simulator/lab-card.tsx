import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { queries, useApiClient, type AccountSnapshot } from '@/api';
import { useUpdateLab } from '@/api/mutations';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { AccountIndex } from '@/domain/account';
import { networkMapPeers } from '@/domain/sim';
import { LabLinksForm } from './lab-links-form';
import { PeerSelect } from './peer-select';
import { LabPeersForm } from './lab-peers-form';

/** MAX_ROWS: the peers table lists this many matches; the filter finds the others. */
const MAX_ROWS = 30;

/**
 * LabCard: the account's lab, what NetBird's API does not know: liveness, failure domains, LAN
 * addresses and flows per peer, and each peer's links. Saved with the account (PUT
 * /api/nbrc/lab); a real management server keeps no lab, so there it is read-only.
 */
export function LabCard({ snapshot, index }: { snapshot: AccountSnapshot; index: AccountIndex }) {
  const client = useApiClient();
  const filterId = useId();
  const labQuery = useQuery(queries.lab(client));
  // The saves live here: a saved lab re-keys the forms (they start from it), and the save's status must outlive that.
  const savePeers = useUpdateLab();
  const saveLinks = useUpdateLab();
  const canSave = labQuery.data !== null && labQuery.data !== undefined;
  const lab = labQuery.data ?? snapshot.lab;
  const [filter, setFilter] = useState('');
  const [linkPeer, setLinkPeer] = useState<string | null>(null);
  const sorted = useMemo(() => [...snapshot.peers].sort((a, b) => a.name.localeCompare(b.name)), [snapshot.peers]);
  const matching = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return sorted.filter((p) => f === '' || p.name.toLowerCase().includes(f) || p.ip.includes(f));
  }, [sorted, filter]);
  const shown = matching.slice(0, MAX_ROWS);
  const selected = linkPeer ?? sorted[0]?.id ?? null;
  const others = useMemo(() => (selected === null ? [] : networkMapPeers(index, selected).map((id) => ({ id, name: index.peers.get(id)?.name ?? id }))), [index, selected]);
  // Forms start from the saved lab; they start over when it (or the listed peers) change.
  const labKey = JSON.stringify(lab ?? {});

  return (
    <Card aria-label="Lab">
      <CardHeader>
        <CardTitle>Lab</CardTitle>
        <CardDescription>What the management API does not know, saved with the account: the simulation starts from it.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        {labQuery.data === null ? (
          <Alert variant="info">
            <AlertDescription>
              <p>This management server keeps no lab data (only the console’s control plane does), so the lab cannot be saved here.</p>
            </AlertDescription>
          </Alert>
        ) : null}
        <section aria-label="Peers of the lab" className="flex flex-col gap-3">
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={filterId}>Filter peers</Label>
            <Input id={filterId} fullWidth={false} className="w-72" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="name or IP" />
          </div>
          {matching.length > shown.length ? <p className="text-xs text-muted-foreground">Listing {shown.length} of {matching.length} matching peers.</p> : null}
          <LabPeersForm key={`${labKey}|${shown.map((p) => p.id).join(',')}`} lab={lab} peers={shown} canSave={canSave} update={savePeers} />
        </section>
        {selected !== null ? (
          <section aria-label="Links of the lab" className="flex flex-col gap-3">
            <PeerSelect label="Links of" peers={sorted} value={selected} onChange={setLinkPeer} />
            <LabLinksForm key={`${labKey}|${selected}`} lab={lab} peerId={selected} others={others} canSave={canSave} update={saveLinks} />
          </section>
        ) : null}
      </CardContent>
    </Card>
  );
}
