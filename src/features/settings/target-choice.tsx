import { FlaskConicalIcon, GlobeIcon } from 'lucide-react';
import { cn } from '@/lib/cn';

export type TargetKind = 'embedded' | 'remote';

const OPTIONS = [
  {
    kind: 'embedded',
    label: 'Embedded demo control plane',
    description: 'A NetBird-compatible API running in this page, with a demo account. Nothing leaves the browser.',
    Icon: FlaskConicalIcon,
  },
  {
    kind: 'remote',
    label: 'NetBird management API',
    description: 'Your NetBird server (cloud or self-hosted), with a personal access token.',
    Icon: GlobeIcon,
  },
] as const;

/**
 * TargetChoice: the two targets as a radio group of cards (native radios: keyboard and screen
 * readers for free). Each radio is named by its title only and described by its sentence, so its
 * accessible name stays short and unique.
 */
export function TargetChoice({ value, onChange, name }: { value: TargetKind; onChange: (kind: TargetKind) => void; name: string }) {
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="sr-only">API target</legend>
      {OPTIONS.map(({ kind, label, description, Icon }) => (
        <label
          key={kind}
          className={cn(
            'flex cursor-pointer items-start gap-3 rounded-lg border bg-card p-4 transition-colors hover:bg-accent/50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring/40',
            value === kind && 'border-primary ring-1 ring-primary',
          )}
        >
          <input
            type="radio"
            name={name}
            value={kind}
            checked={value === kind}
            onChange={() => onChange(kind)}
            aria-labelledby={`${name}-${kind}-label`}
            aria-describedby={`${name}-${kind}-description`}
            className="mt-1 accent-[var(--color-primary)]"
          />
          <span className="flex flex-col gap-1">
            <span id={`${name}-${kind}-label`} className="flex items-center gap-2 text-sm font-medium">
              <Icon className="size-4 text-muted-foreground" aria-hidden="true" />
              {label}
            </span>
            <span id={`${name}-${kind}-description`} className="text-sm text-muted-foreground">
              {description}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
