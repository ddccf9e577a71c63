import type { ReactNode } from 'react';
import { Link } from '@/lib/router';
import { LocationNotice } from '@/components/form/location-notice';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { DisabledManagementGroups, RoutingPeerDnsResolution } from './dns-settings-panel';
import { ForwarderPort } from './forwarder-port-card';
import { NameserverGroupsTable } from './nameserver-groups-table';

function Section({ id, title, description, children, className }: { id: string; title: string; description?: string; children: ReactNode; className?: string }) {
  return (
    <Card aria-labelledby={id} className={className}>
      <CardHeader>
        <CardTitle id={id}>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent>
        <QueryBoundary loading={<LoadingState variant="detail" />}>{children}</QueryBoundary>
      </CardContent>
    </Card>
  );
}

/** DnsPage: nameserver groups, the account's DNS settings and the DNS forwarder port clients use. */
export default function DnsPage() {
  return (
    <>
      <PageHeader
        title="DNS"
        description="Which resolvers peers use for which domains, and how routed domains are resolved through routing peers."
        actions={
          <Button asChild>
            <Link to="/dns/nameservers/new">Add nameserver group</Link>
          </Button>
        }
      />
      <LocationNotice />
      <div className="flex flex-col gap-4">
        <Section id="dns-nameservers" title="Nameserver groups" description="A primary group answers every domain; the others answer only their match domains.">
          <NameserverGroupsTable />
        </Section>
        <div className="grid gap-4 lg:grid-cols-3">
          <Section id="dns-forwarder" title="DNS forwarder port" description="Where clients send queries for routed domains on a routing peer.">
            <ForwarderPort />
          </Section>
          <Section id="dns-routing-peer" title="Routing peer DNS resolution" description="Account setting: where domains of network resources are resolved.">
            <RoutingPeerDnsResolution />
          </Section>
          <Section id="dns-disabled" title="DNS management disabled for" description="DNS settings: groups whose peers NetBird leaves alone.">
            <DisabledManagementGroups />
          </Section>
        </div>
      </div>
    </>
  );
}
