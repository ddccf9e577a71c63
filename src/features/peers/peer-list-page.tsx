import { useSuspenseQueries } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { MonitorSmartphoneIcon } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from '@/lib/router';
import { queries, useApiClient, type Peer } from '@/api';
import { DataTable } from '@/components/data-table/data-table';
import { GroupBadges } from '@/components/group-badges';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { EmptyState } from '@/components/query-state';
import { StatusDot } from '@/components/status-dot';
import { loginExpiry, type LoginExpiry } from './login-expiry';
import { LoginExpiryBadge, loginExpirySortValue } from './login-expiry-badge';
import { peerPath } from './paths';

interface PeerRow {
  peer: Peer;
  expiry: LoginExpiry;
}

const col = createColumnHelper<PeerRow>();

function peerColumns(now: Date) {
  return [
    col.accessor((r) => r.peer.name, {
      id: 'name',
      header: 'Name',
      cell: (c) => (
        <Link to={peerPath(c.row.original.peer.id)} className="whitespace-nowrap font-medium hover:underline">
          {c.getValue()}
        </Link>
      ),
    }),
    col.accessor((r) => r.peer.ip, { id: 'ip', header: 'IP', cell: (c) => <span className="font-mono text-xs">{c.getValue()}</span> }),
    col.accessor((r) => r.peer.os, { id: 'os', header: 'OS', cell: (c) => <span className="line-clamp-1">{c.getValue()}</span> }),
    col.accessor((r) => r.peer.version, { id: 'version', header: 'Version', cell: (c) => <span className="font-mono text-xs">{c.getValue()}</span> }),
    col.accessor((r) => (r.peer.connected ? 'connected' : 'disconnected'), {
      id: 'connected',
      header: 'Status',
      cell: (c) => <StatusDot connected={c.row.original.peer.connected} />,
    }),
    col.accessor((r) => r.peer.groups.map((g) => g.name).join(' '), {
      id: 'groups',
      header: 'Groups',
      enableSorting: false,
      cell: (c) => <GroupBadges groups={c.row.original.peer.groups.filter((g) => g.name !== 'All')} max={3} emptyText="All only" />,
    }),
    col.accessor((r) => loginExpirySortValue(r.expiry), {
      id: 'login-expiration',
      header: 'Login expires',
      enableGlobalFilter: false,
      cell: (c) => <LoginExpiryBadge expiry={c.row.original.expiry} now={now} />,
    }),
  ];
}

function PeerTable() {
  const client = useApiClient();
  const [peers, accounts] = useSuspenseQueries({ queries: [queries.peers(client), queries.accounts(client)] });
  const now = useMemo(() => new Date(), []);
  const columns = useMemo(() => peerColumns(now), [now]);
  const rows = useMemo(() => {
    const settings = accounts.data[0]?.settings;
    return peers.data.map((peer) => ({ peer, expiry: loginExpiry(peer, settings, now) }));
  }, [peers.data, accounts.data, now]);

  if (rows.length === 0) {
    return (
      <EmptyState
        icon={<MonitorSmartphoneIcon />}
        title="No peers yet"
        message="Peers are machines running the NetBird agent. Register one with a setup key; routing peers are peers too."
      />
    );
  }
  return (
    <DataTable
      label="Peers"
      searchLabel="Search peers"
      columns={columns}
      data={rows}
      getRowId={(r) => r.peer.id}
      getRowHref={(r) => peerPath(r.peer.id)}
      initialSorting={[{ id: 'name', desc: false }]}
    />
  );
}

/** PeerListPage: every peer with address, platform, agent version, connection and groups. */
export default function PeerListPage() {
  return (
    <>
      <PageHeader title="Peers" description="Machines running the NetBird agent. Any peer can be a routing peer for networks and routes." />
      <QueryBoundary>
        <PeerTable />
      </QueryBoundary>
    </>
  );
}
