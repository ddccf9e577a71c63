import { useId, type ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { Label } from '../ui/label';

/**
 * FieldControlProps: what the control inside a Field must spread so it is labelled, flagged invalid
 * and linked to its description and error text (screen readers read them on focus).
 */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldProps {
  label: ReactNode;
  /** Help text under the label: what the value means, not how to type it. */
  description?: ReactNode;
  /** The error message (from react-hook-form); makes the control aria-invalid. */
  error?: string | undefined;
  /** Give when the id must be known outside (e.g. an alert pointing at the field). */
  id?: string;
  className?: string;
  /** Renders the control with the props that wire it to the label, description and error. */
  children: (control: FieldControlProps) => ReactNode;
  /** Shown after the control, e.g. a live badge or an explanation that depends on the value. */
  after?: ReactNode;
}

/**
 * Field: the one way a form field is labelled. The control gets `id`, `aria-invalid` and an
 * `aria-describedby` naming both the description and the error, so every form of the console
 * reports problems the same way to eyes and to screen readers.
 */
export function Field({ label, description, error, id: givenId, className, children, after }: FieldProps) {
  const autoId = useId();
  const id = givenId ?? `field-${autoId}`;
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <Label htmlFor={id}>{label}</Label>
      {description ? (
        <p id={descriptionId} className="text-xs text-muted-foreground">
          {description}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {after}
      {error ? <FieldErrorText id={errorId}>{error}</FieldErrorText> : null}
    </div>
  );
}

/** FieldErrorText: an error under a control; give it the id the control's aria-describedby names. */
export function FieldErrorText({ id, children }: { id?: string | undefined; children: ReactNode }) {
  return (
    <p id={id} className="text-xs font-medium text-destructive">
      {children}
    </p>
  );
}
