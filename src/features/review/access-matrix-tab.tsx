import { AnalysisContent, objectCount } from '@/components/analysis';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { useUrlState } from '@/components/use-url-state';
import { AccessMatrixView } from './access-matrix-view';
import { matrixSearch, readMatrixParams } from './matrix-params';
import { useAccessMatrix } from './use-access-matrix';

/**
 * AccessMatrixTab: who can reach what, with the deciding policy. The matrix comes from the
 * analysis worker ("Analysing N objects…" until the first one arrives); the question (filters,
 * peers, view) lives in the URL.
 */
export function AccessMatrixTab() {
  const [params, update] = useUrlState(readMatrixParams, matrixSearch);
  const { snapshot, analysis } = useAccessMatrix(params.peers);
  const objects = objectCount(snapshot);

  return (
    <Card aria-labelledby="review-access">
      <CardHeader>
        <CardTitle id="review-access">Access matrix</CardTitle>
        <CardDescription>
          Who can reach what: every group, and the peers you add, against resources, routing peers&apos; own services, other peers and network routes, with the protocol, ports, chain and the
          policy that decides. Computed from the configuration, the way the routing peers enforce it.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <AnalysisContent state={analysis} objects={objects} framed={false}>
          {(data, stale) => <AccessMatrixView data={data} stale={stale} objects={objects} params={params} update={update} />}
        </AnalysisContent>
      </CardContent>
    </Card>
  );
}
