import { CheckIcon } from 'lucide-react';
import { cn } from '@/lib/cn';
import { STEPS, type WizardStep } from './wizard-draft';

export const STEP_LABELS: Record<WizardStep, string> = {
  scenario: 'Scenario',
  network: 'Network and resources',
  peers: 'Routing peers',
  install: 'Install',
  access: 'Access',
  review: 'Review',
  apply: 'Apply',
  verify: 'Verify',
};

/** WizardStepper: the eight steps; reachable ones are buttons, the current one is marked for screen readers. */
export function WizardStepper({ current, reachable, onGo }: { current: WizardStep; reachable: (s: WizardStep) => boolean; onGo: (s: WizardStep) => void }) {
  const at = STEPS.indexOf(current);
  return (
    <nav aria-label="Wizard steps">
      <ol className="flex flex-wrap gap-2">
        {STEPS.map((s, i) => (
          <li key={s}>
            <button
              type="button"
              onClick={() => onGo(s)}
              disabled={!reachable(s)}
              aria-current={s === current ? 'step' : undefined}
              className={cn(
                'flex items-center gap-1.5 rounded-md border px-2.5 py-1 text-xs font-medium disabled:cursor-not-allowed disabled:opacity-50',
                s === current ? 'border-primary bg-primary text-primary-foreground' : 'border-border bg-background text-foreground hover:bg-accent',
              )}
            >
              <span aria-hidden="true" className="tabular-nums">
                {i < at ? <CheckIcon className="size-3" /> : i + 1}
              </span>
              {STEP_LABELS[s]}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
