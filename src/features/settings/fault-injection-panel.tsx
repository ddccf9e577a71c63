import { FlaskConicalIcon } from 'lucide-react';
import { useState } from 'react';
import { FAULT_KINDS, type FaultFrequency, type FaultKind, type FaultPlan, type FaultScope } from '@/api/fault-plan';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';

const FREQUENCIES: readonly { value: FaultFrequency; label: string }[] = [
  { value: 'next', label: 'The next request only' },
  { value: 'every', label: 'Every request' },
  { value: 'every-third', label: 'Every third request' },
];

const SCOPES: readonly { value: FaultScope; label: string }[] = [
  { value: 'changes', label: 'Changes only (create, update, delete)' },
  { value: 'all', label: 'All requests, reads too' },
];

/**
 * FaultInjectionPanel: makes the demo's control plane fail on purpose (500, 429, a timeout after
 * the change was applied, a dropped connection), so an admin can see that a failed save keeps what
 * was typed and that saving again never creates a duplicate. Kept for this browser tab only.
 */
export function FaultInjectionPanel({ plan, onChange }: { plan: FaultPlan | null; onChange: (plan: FaultPlan | null) => Promise<void> }) {
  const [kind, setKind] = useState<FaultKind>(plan?.kind ?? 'error-500');
  const [scope, setScope] = useState<FaultScope>(plan?.scope ?? 'changes');
  const [frequency, setFrequency] = useState<FaultFrequency>(plan?.frequency ?? 'next');
  const active = plan ? FAULT_KINDS.find((k) => k.kind === plan.kind) : undefined;

  return (
    <section aria-labelledby="fault-injection" className="flex flex-col gap-4 border-t pt-4">
      <div>
        <h3 id="fault-injection" className="flex items-center gap-2 font-medium">
          <FlaskConicalIcon aria-hidden="true" className="size-4" /> Fault injection
        </h3>
        <p className="text-sm text-muted-foreground">Make the demo server fail the way real ones do, to see how the console copes. Applies to this browser tab only.</p>
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <Choice id="fault-kind" label="Failure" value={kind} onChange={(v) => setKind(v as FaultKind)} options={FAULT_KINDS.map((k) => ({ value: k.kind, label: k.label }))} />
        <Choice id="fault-frequency" label="When" value={frequency} onChange={(v) => setFrequency(v as FaultFrequency)} options={FREQUENCIES} />
        <Choice id="fault-scope" label="Which requests" value={scope} onChange={(v) => setScope(v as FaultScope)} options={SCOPES} />
      </div>
      <p className="text-sm">{FAULT_KINDS.find((k) => k.kind === kind)?.effect}</p>
      <div className="flex flex-wrap gap-2">
        <Button variant="outline" onClick={() => void onChange({ kind, scope, frequency })}>
          Turn on fault injection
        </Button>
        <Button variant="outline" disabled={plan === null} onClick={() => void onChange(null)}>
          Turn off
        </Button>
      </div>
      <div role="status">
        {plan && active ? (
          <Alert variant="warning">
            <AlertTitle>Fault injection is on: {active.label.toLowerCase()}</AlertTitle>
            <AlertDescription>
              <p>
                {FREQUENCIES.find((f) => f.value === plan.frequency)?.label}; {SCOPES.find((s) => s.value === plan.scope)?.label.toLowerCase()}.
              </p>
            </AlertDescription>
          </Alert>
        ) : (
          <p className="text-sm text-muted-foreground">Fault injection is off.</p>
        )}
      </div>
    </section>
  );
}

function Choice({ id, label, value, onChange, options }: { id: string; label: string; value: string; onChange: (v: string) => void; options: readonly { value: string; label: string }[] }) {
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id}>{label}</Label>
      <Select value={value} onValueChange={onChange}>
        <SelectTrigger id={id}>
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {options.map((o) => (
            <SelectItem key={o.value} value={o.value}>
              {o.label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
