import type { NetworkRouter } from '@/api';
import { EnabledBadge } from '@/components/enabled-badge';
import { KeyValueList } from '@/components/key-value-list';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';

/** RouterFacts: the routing peer as saved (the form shows the draft). */
export function RouterFacts({ router: r }: { router: NetworkRouter }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Saved</CardTitle>
      </CardHeader>
      <CardContent>
        <KeyValueList
          items={[
            { label: 'Metric', value: `${r.metric} (lower wins; equal metrics share by latency)` },
            { label: 'Masquerade', value: r.masquerade ? 'On: traffic leaves with the routing peer’s LAN address' : 'Off: overlay source addresses are kept' },
            { label: 'Status', value: <EnabledBadge enabled={r.enabled} /> },
            { label: 'Router ID', value: <span className="font-mono text-xs">{r.id}</span> },
          ]}
        />
      </CardContent>
    </Card>
  );
}
