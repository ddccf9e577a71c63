import type { ReactNode } from 'react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@/components/ui/card';
import type { PlanIssue } from '@/domain/wizard';

/**
 * StepShell: one wizard step: its heading, what it is for, the form, the plan's issues for the
 * step (errors block Next), and Back/Next. Next is a submit button of the step's form when given.
 */
export function StepShell({
  title,
  description,
  children,
  issues = [],
  onBack,
  next,
  formId,
}: {
  title: string;
  description: ReactNode;
  children: ReactNode;
  issues?: readonly PlanIssue[];
  onBack?: (() => void) | undefined;
  next?: { label: string; onClick?: () => void; disabled?: boolean } | undefined;
  formId?: string;
}) {
  const errors = issues.filter((i) => i.severity === 'error');
  const others = issues.filter((i) => i.severity !== 'error');
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        {children}
        {errors.length > 0 ? (
          <Alert variant="error" aria-label="Problems to fix">
            <AlertDescription>
              <ul className="list-disc pl-4">
                {errors.map((i) => (
                  <li key={`${i.field}-${i.message}`}>{i.message}</li>
                ))}
              </ul>
            </AlertDescription>
          </Alert>
        ) : null}
        {others.map((i) => (
          <Alert key={`${i.field}-${i.message}`} variant={i.severity === 'warning' ? 'warning' : 'info'}>
            <AlertDescription>{i.message}</AlertDescription>
          </Alert>
        ))}
      </CardContent>
      <CardFooter className="flex justify-between gap-2">
        {onBack ? (
          <Button type="button" variant="outline" onClick={onBack}>
            Back
          </Button>
        ) : (
          <span />
        )}
        {next ? (
          <Button type={formId ? 'submit' : 'button'} form={formId} onClick={next.onClick} disabled={next.disabled}>
            {next.label}
          </Button>
        ) : null}
      </CardFooter>
    </Card>
  );
}
