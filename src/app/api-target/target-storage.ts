import * as z from '@/api/schemas/zod';
import { parseFaultPlan, type FaultPlan } from '@/api/fault-plan';
import type { ApiTargetChoice } from '@/components/target-settings';

/**
 * Where the API target choice is kept. The URL and the "remember" flag go to localStorage; the
 * token goes to sessionStorage (gone when the browser closes) unless the user asked to remember
 * it on this device, then to localStorage. The token is never written anywhere else.
 */
export const TARGET_KEY = 'nbrc.target';
export const TOKEN_KEY = 'nbrc.token';

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface TargetStorages {
  local: KeyValueStorage | undefined;
  session: KeyValueStorage | undefined;
}

const savedTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('embedded') }),
  z.object({ kind: z.literal('remote'), url: z.string().check(z.minLength(1)), remember: z.boolean() }),
]);

/** loadTargetChoice: the saved target, or the embedded control plane when nothing valid is saved. */
export function loadTargetChoice(s: TargetStorages): ApiTargetChoice {
  const raw = read(s.local, TARGET_KEY);
  if (!raw) return { kind: 'embedded' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'embedded' };
  }
  const parsed = savedTargetSchema.safeParse(json);
  if (!parsed.success) return { kind: 'embedded' };
  const saved = parsed.data;
  switch (saved.kind) {
    case 'embedded':
      return saved;
    case 'remote': {
      const token = (saved.remember ? read(s.local, TOKEN_KEY) : read(s.session, TOKEN_KEY)) ?? '';
      return { kind: 'remote', url: saved.url, token, remember: saved.remember };
    }
  }
}

/** saveTargetChoice: persists a choice; a token is only ever in one of the two storages. */
export function saveTargetChoice(s: TargetStorages, choice: ApiTargetChoice): void {
  remove(s.local, TOKEN_KEY);
  remove(s.session, TOKEN_KEY);
  switch (choice.kind) {
    case 'embedded':
      write(s.local, TARGET_KEY, JSON.stringify({ kind: 'embedded' }));
      return;
    case 'remote':
      write(s.local, TARGET_KEY, JSON.stringify({ kind: 'remote', url: choice.url, remember: choice.remember }));
      if (choice.token) write(choice.remember ? s.local : s.session, TOKEN_KEY, choice.token);
      return;
  }
}

/** browserStorages: the page's storages; either may be missing (privacy modes, sandboxed frames). */
export function browserStorages(): TargetStorages {
  return { local: tryGet(() => window.localStorage), session: tryGet(() => window.sessionStorage) };
}

function tryGet<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

function read(st: KeyValueStorage | undefined, key: string): string | null {
  return tryGet(() => st?.getItem(key) ?? null) ?? null;
}

function write(st: KeyValueStorage | undefined, key: string, value: string): void {
  tryGet(() => st?.setItem(key, value));
}

function remove(st: KeyValueStorage | undefined, key: string): void {
  tryGet(() => st?.removeItem(key));
}

/** FAULTS_KEY: the demo's fault injection plan, per browser tab (sessionStorage), so a reload keeps it. */
export const FAULTS_KEY = 'nbrc.faults';

export function loadFaultPlan(s: TargetStorages): FaultPlan | null {
  const raw = read(s.session, FAULTS_KEY);
  if (!raw) return null;
  try {
    return parseFaultPlan(JSON.parse(raw));
  } catch {
    return null;
  }
}

export function saveFaultPlan(s: TargetStorages, plan: FaultPlan | null): void {
  if (plan === null) remove(s.session, FAULTS_KEY);
  else write(s.session, FAULTS_KEY, JSON.stringify(plan));
}
