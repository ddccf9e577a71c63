import { SCENARIOS, type Scenario } from '@/domain/wizard';
import { cn } from '@/lib/cn';
import { StepShell } from '../step-shell';
import type { WizardModel } from '../use-wizard';

/** ScenarioStep: the docs' four reasons for a routing peer, one sentence each. */
export function ScenarioStep({ w }: { w: WizardModel }) {
  const chosen = w.plan?.scenario;
  const pick = (s: Scenario) => w.start(s);
  return (
    <StepShell title="1. Scenario" description="What should the routing peer do? Pick the case that fits; you can change it later (a different scenario starts a new plan).">
      <div role="radiogroup" aria-label="Scenario" className="grid gap-3 sm:grid-cols-2">
        {SCENARIOS.map((s) => (
          <button
            key={s.id}
            type="button"
            role="radio"
            aria-checked={chosen === s.id}
            onClick={() => pick(s.id)}
            className={cn('flex flex-col gap-1 rounded-lg border p-4 text-left transition-colors hover:bg-accent', chosen === s.id ? 'border-primary ring-2 ring-primary/30' : 'border-border')}
          >
            <span className="font-medium">{s.label}</span>
            <span className="text-sm text-muted-foreground">{s.when}</span>
          </button>
        ))}
      </div>
    </StepShell>
  );
}
