import { ClipboardCheckIcon, Grid3x3Icon } from 'lucide-react';
import { useLocation, useNavigate } from '@/lib/router';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { AccessMatrixTab } from './access-matrix-tab';
import { FindingsTab } from './findings-tab';

const TITLE = 'Review';
const DESCRIPTION = 'The whole account at a glance: what the linter finds (with one-click fixes), the health of each network, and who can reach what.';

type ReviewTab = 'findings' | 'access';

const TAB_PATH: Record<ReviewTab, string> = { findings: '/review', access: '/review/access' };

/** ReviewPage: findings and network health at /review, the access matrix at /review/access. */
export default function ReviewPage() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const tab: ReviewTab = pathname.replace(/\/+$/, '').endsWith('/access') ? 'access' : 'findings';
  return (
    <>
      <PageHeader title={TITLE} description={DESCRIPTION} />
      <Tabs value={tab} onValueChange={(v) => void navigate(TAB_PATH[v === 'access' ? 'access' : 'findings'])}>
        <TabsList aria-label="Review parts">
          <TabsTrigger value="findings">
            <ClipboardCheckIcon aria-hidden="true" /> Findings
          </TabsTrigger>
          <TabsTrigger value="access">
            <Grid3x3Icon aria-hidden="true" /> Access matrix
          </TabsTrigger>
        </TabsList>
        <TabsContent value="findings">
          <QueryBoundary>
            <FindingsTab />
          </QueryBoundary>
        </TabsContent>
        <TabsContent value="access">
          <QueryBoundary>
            <AccessMatrixTab />
          </QueryBoundary>
        </TabsContent>
      </Tabs>
    </>
  );
}
