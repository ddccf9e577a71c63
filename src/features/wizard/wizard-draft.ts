import { z } from 'zod';
import type { ApplyState, WizardPlan } from '@/domain/wizard';
import { planSchema } from './plan-schema';

/**
 * wizard-draft: the plan saved in localStorage as the admin goes, so a reload (or coming back
 * later) resumes at the same step, and a half-applied plan keeps the ids it created (a retry
 * then creates nothing twice). The key is versioned: a new draft shape gets a new key. The
 * plain setup key is never saved: it is shown once, from memory.
 */
export const DRAFT_KEY = 'nbrc.wizard-draft.v1';

export const STEPS = ['scenario', 'network', 'peers', 'install', 'access', 'review', 'apply', 'verify'] as const;
export type WizardStep = (typeof STEPS)[number];

export interface WizardDraft {
  plan: WizardPlan;
  step: WizardStep;
  apply: ApplyState;
  /** The peers the Verify step installed or saw join (ids), and the client chosen for the trace. */
  verify: { joined: string[]; client: string };
}

const draftSchema = z.object({
  plan: planSchema,
  step: z.enum(STEPS),
  apply: z.object({
    status: z.enum(['pending', 'running', 'failed', 'applied', 'undoing', 'undone']),
    created: z.record(z.string(), z.string()),
    failure: z.object({ id: z.string(), label: z.string(), message: z.string(), during: z.enum(['apply', 'undo']) }).nullable(),
  }),
  verify: z.object({ joined: z.array(z.string()), client: z.string() }),
});

export function loadDraft(storage: Storage = localStorage): WizardDraft | null {
  try {
    const raw = storage.getItem(DRAFT_KEY);
    if (raw === null) return null;
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    const d = parsed.data;
    // A page closed mid-call: the call's outcome is unknown, so resume as failed (retry finds it).
    if (d.apply.status === 'running' || d.apply.status === 'undoing') {
      d.apply = { ...d.apply, status: 'failed', failure: d.apply.failure ?? { id: '', label: 'The page was closed while applying', message: 'Retry to continue where it stopped.', during: d.apply.status === 'running' ? 'apply' : 'undo' } };
    }
    return d;
  } catch {
    return null;
  }
}

export function saveDraft(draft: WizardDraft, storage: Storage = localStorage): void {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the wizard still works, only without reload safety.
  }
}

export function clearDraft(storage: Storage = localStorage): void {
  try {
    storage.removeItem(DRAFT_KEY);
  } catch {
    // nothing saved
  }
}
