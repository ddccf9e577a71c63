import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '@/components/form';
import { Input } from '@/components/ui/input';
import { LATENCY_MIN_GAIN_MS } from '@/domain/routing/choose-routing-peer';
import type { HaRow } from '@/domain/routing/ha-view';

const ROLE_TEXT: Record<HaRow['label'], string> = {
  primary: 'carries the traffic (lowest metric)',
  'latency-balanced': 'shares the lowest metric with other routing peers: each client picks by latency',
  standby: 'is a standby: a routing peer with a lower metric carries the traffic',
  unavailable: 'is disconnected and carries nothing now',
  disabled: 'is disabled and carries nothing',
};

/**
 * MetricField: the metric with its meaning, and where this routing peer would stand with it
 * (ranked again with the draft applied): primary, standby or latency-balanced.
 */
export function MetricField({ registration, error, position }: { registration: UseFormRegisterReturn; error: string | undefined; position: HaRow[] }) {
  return (
    <Field
      label="Metric"
      description={`1 to 9999. The lowest metric carries the traffic. With equal metrics each client picks the routing peer with the lowest latency, switching only for a gain of more than ${LATENCY_MIN_GAIN_MS} ms.`}
      error={error}
      after={
        position.length > 0 ? (
          <ul className="text-xs text-muted-foreground" aria-label="Position with this metric">
            {position.map((r) => (
              <li key={r.peerId}>
                With this metric, {r.name} {ROLE_TEXT[r.label]}.
              </li>
            ))}
          </ul>
        ) : null
      }
    >
      {(c) => <Input {...c} {...registration} type="number" min={1} max={9999} step={1} fullWidth={false} className="w-40" />}
    </Field>
  );
}
