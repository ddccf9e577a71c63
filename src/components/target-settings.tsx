import { createContext, useContext, type ReactNode } from 'react';
import type { FaultPlan } from '@/api/fault-plan';

/**
 * ApiTargetChoice: which management API the console talks to. The app owns the choice (and the
 * embedded control plane); features such as Settings see it only through TargetSettings, so they
 * never import the app or the control plane.
 */
export type ApiTargetChoice =
  | { kind: 'embedded' }
  | {
      kind: 'remote';
      /** Normalized: http(s), no trailing slash, no `/api` suffix. */
      url: string;
      /** Personal access token; kept in sessionStorage unless `remember`. Never logged or put in URLs. */
      token: string;
      remember: boolean;
    };

/** The seeds the embedded control plane can start over from. */
export type EmbeddedSeed = 'demo' | 'empty';

export interface TargetSettings {
  target: ApiTargetChoice;
  /** Switches every request to another target and drops every cached answer of the old one. */
  setTarget: (choice: ApiTargetChoice) => void;
  /** Starts the embedded account over from a seed, then refetches what is on screen. */
  resetEmbedded: (seed: EmbeddedSeed) => Promise<void>;
  /** Why the saved embedded account could not be loaded (it then started from the demo seed), or null. */
  embeddedLoadProblem: string | null;
  /** The stored embedded data that could not be read, exactly as stored (for download), or null. */
  embeddedUnreadableData: () => Promise<{ key: string; raw: string } | null>;
  /** The embedded control plane's fault injection (null: off). */
  faultPlan: FaultPlan | null;
  setFaultPlan: (plan: FaultPlan | null) => Promise<void>;
}

const TargetSettingsContext = createContext<TargetSettings | null>(null);

export function TargetSettingsProvider({ value, children }: { value: TargetSettings; children: ReactNode }) {
  return <TargetSettingsContext.Provider value={value}>{children}</TargetSettingsContext.Provider>;
}

export function useTargetSettings(): TargetSettings {
  const value = useContext(TargetSettingsContext);
  if (!value) throw new Error('useTargetSettings must be used inside <TargetSettingsProvider>');
  return value;
}
