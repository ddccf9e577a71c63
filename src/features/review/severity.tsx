import { CircleAlertIcon, InfoIcon, TriangleAlertIcon, type LucideIcon } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import type { Severity } from '@/domain/rules/lint';

/** severity: how each severity looks and is named, the same in counts, headings and findings. */
export const SEVERITY_TEXT: Record<Severity, { one: string; many: string }> = {
  error: { one: 'Error', many: 'Errors' },
  warning: { one: 'Warning', many: 'Warnings' },
  info: { one: 'Info', many: 'Info' },
};

export const SEVERITY_ICON: Record<Severity, LucideIcon> = { error: CircleAlertIcon, warning: TriangleAlertIcon, info: InfoIcon };

const VARIANT: Record<Severity, 'destructive' | 'warning' | 'info'> = { error: 'destructive', warning: 'warning', info: 'info' };

/** SEVERITY_MEANING: the definitions, shown where counts are. */
export const SEVERITY_MEANING: Record<Severity, string> = {
  error: 'does not work, or grants access nobody intended',
  warning: 'risky',
  info: 'worth knowing',
};

export function SeverityBadge({ severity, count }: { severity: Severity; count?: number }) {
  const Icon = SEVERITY_ICON[severity];
  return (
    <Badge variant={VARIANT[severity]}>
      <Icon aria-hidden="true" />
      {count === undefined ? SEVERITY_TEXT[severity].one : `${count} ${count === 1 ? SEVERITY_TEXT[severity].one.toLowerCase() : SEVERITY_TEXT[severity].many.toLowerCase()}`}
    </Badge>
  );
}
