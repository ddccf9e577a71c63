import type { z } from 'zod';
import type { FieldIssue } from '@/domain/rules/validate/field-issue';

/** FieldPath: a form field path as zod and react-hook-form spell it. */
export type FieldPath = (string | number)[];

/** toPath: "rules.0.ports.1" -> ["rules", 0, "ports", 1]. */
export function toPath(field: string): FieldPath {
  return field === '' ? [] : field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * addIssues: reports domain validator issues from a zod `superRefine`, so a form shows exactly what
 * the control plane would refuse, under the field it concerns. `mapField` renames request fields
 * to form fields (a form may hold `groups` as `groupIds`); returning undefined puts the message on
 * the form root, where FormError-style summaries show it.
 */
export function addIssues(ctx: z.RefinementCtx, issues: readonly FieldIssue[], mapField: (field: string) => string | undefined = (f) => f): void {
  for (const i of issues) {
    const field = mapField(i.field);
    ctx.addIssue({ code: 'custom', message: i.message, path: field === undefined ? [] : toPath(field) });
  }
}

/** issuesToFieldErrors: issues keyed by field path, first message each (for panels outside a form). */
export function issuesToFieldErrors(issues: readonly FieldIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) out[i.field] ??= i.message;
  return out;
}
