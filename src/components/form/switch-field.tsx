import { useId, type ReactNode } from 'react';
import { Label } from '../ui/label';
import { Switch } from '../ui/switch';

export interface SwitchFieldProps {
  label: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  description?: ReactNode;
  /** Why the switch cannot be changed; when set the switch is disabled and the reason shown next to it. */
  disabledReason?: ReactNode;
  error?: string | undefined;
  id?: string;
}

/**
 * SwitchField: an on/off setting with its label, help and, when it cannot be changed, the reason
 * in visible text next to it (a disabled control that does not say why leaves the admin guessing).
 */
export function SwitchField({ label, checked, onCheckedChange, description, disabledReason, error, id: givenId }: SwitchFieldProps) {
  const autoId = useId();
  const id = givenId ?? `switch-${autoId}`;
  const ids = [description ? `${id}-description` : '', disabledReason ? `${id}-reason` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-center gap-3">
        <Switch
          id={id}
          checked={checked}
          onCheckedChange={onCheckedChange}
          disabled={disabledReason ? true : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids || undefined}
        />
        <Label htmlFor={id}>{label}</Label>
      </div>
      {description ? (
        <p id={`${id}-description`} className="text-xs text-muted-foreground">
          {description}
        </p>
      ) : null}
      {disabledReason ? (
        <p id={`${id}-reason`} className="text-xs text-muted-foreground">
          {disabledReason}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
