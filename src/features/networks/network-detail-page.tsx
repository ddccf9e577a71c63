import { useSuspenseQuery } from '@tanstack/react-query';
import { BoxesIcon, PencilIcon, RouterIcon, ShieldIcon } from 'lucide-react';
import { Link, useParams, useSearchParams } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { CopyButton } from '@/components/copy-button';
import { KeyValueList } from '@/components/key-value-list';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { LoadingState } from '@/components/query-state';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { DefaultDenyPanel } from './default-deny-panel';
import { NetworkDeleteButton } from './network-delete-button';
import { NetworkFormButton } from './network-form-button';
import { NetworkPoliciesTab } from './network-policies-tab';
import { NetworkResourcesTab } from './network-resources-tab';
import { NetworkRoutersTab } from './network-routers-tab';
import { SavedNotice } from './saved-notice';

const TABS = ['resources', 'routing-peers', 'policies'] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: string | null): v is Tab => v !== null && (TABS as readonly string[]).includes(v);

const crumbs = [{ label: 'Networks', to: '/networks' }];

function NetworkDetail({ networkId }: { networkId: string }) {
  const client = useApiClient();
  const { data: network } = useSuspenseQuery(queries.network(client, networkId));
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: Tab = isTab(tabParam) ? tabParam : 'resources';
  // The tab is in the URL so a link can open it and reload keeps it; replace avoids history noise.
  const onTab = (v: string) => setParams(v === 'resources' ? {} : { tab: v }, { replace: true });

  return (
    <>
      <PageHeader
        title={network.name}
        description={network.description || undefined}
        breadcrumbs={crumbs}
        actions={
          <>
            {network.routers.length === 0 ? (
              <Button asChild>
                <Link to={`/wizard?network=${encodeURIComponent(network.id)}`}>Set up a routing peer</Link>
              </Button>
            ) : null}
            <NetworkFormButton network={network}>
              <Button variant="outline">
                <PencilIcon aria-hidden="true" /> Edit
              </Button>
            </NetworkFormButton>
            <NetworkDeleteButton network={network} />
          </>
        }
      />
      <SavedNotice />
      {/* The panel needs the whole-account snapshot; it loads on its own so the page does not wait for it. */}
      <QueryBoundary>
        <DefaultDenyPanel networkId={network.id} />
      </QueryBoundary>
      <Card className="mb-6">
        <CardContent>
          <KeyValueList
            items={[
              {
                label: 'Network ID',
                value: (
                  <span className="inline-flex items-center gap-1 font-mono text-xs">
                    {network.id}
                    <CopyButton value={network.id} label="Copy network ID" />
                  </span>
                ),
              },
              { label: 'Resources', value: network.resources.length },
              { label: 'Routing peers', value: network.routing_peers_count },
              { label: 'Policies', value: network.policies.length },
            ]}
          />
        </CardContent>
      </Card>
      <Tabs value={tab} onValueChange={onTab}>
        <TabsList aria-label="Network parts">
          <TabsTrigger value="resources">
            <BoxesIcon aria-hidden="true" /> Resources ({network.resources.length})
          </TabsTrigger>
          <TabsTrigger value="routing-peers">
            <RouterIcon aria-hidden="true" /> Routing peers ({network.routers.length})
          </TabsTrigger>
          <TabsTrigger value="policies">
            <ShieldIcon aria-hidden="true" /> Policies ({network.policies.length})
          </TabsTrigger>
        </TabsList>
        <TabsContent value="resources">
          <QueryBoundary>
            <NetworkResourcesTab networkId={network.id} />
          </QueryBoundary>
        </TabsContent>
        <TabsContent value="routing-peers">
          <QueryBoundary>
            <NetworkRoutersTab networkId={network.id} networkName={network.name} />
          </QueryBoundary>
        </TabsContent>
        <TabsContent value="policies">
          <QueryBoundary>
            <NetworkPoliciesTab policyIds={network.policies} />
          </QueryBoundary>
        </TabsContent>
      </Tabs>
    </>
  );
}

/** NetworkDetailPage: one network, with its resources, routing peers and policies in tabs. */
export default function NetworkDetailPage() {
  const { networkId = '' } = useParams();
  return (
    <QueryBoundary title="Network" breadcrumbs={crumbs} loading={<LoadingState variant="detail" />}>
      <NetworkDetail networkId={networkId} />
    </QueryBoundary>
  );
}
