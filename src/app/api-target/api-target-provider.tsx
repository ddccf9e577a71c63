import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { ApiClientProvider, queryKeys } from '@/api';
import { TargetSettingsProvider, type TargetSettings } from '@/components/target-settings';
import { loadEmbeddedPlane } from './embedded-plane';
import { targetStore } from './target-store';

/**
 * ApiTargetProvider: hands the current target's client to every feature (ApiClientProvider) and the
 * target controls to Settings (TargetSettingsProvider). Switching target drops the whole query
 * cache: answers of one account must never show up under another.
 */
export function ApiTargetProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const state = useSyncExternalStore(targetStore.subscribe, targetStore.get);

  const settings = useMemo<TargetSettings>(
    () => ({
      target: state.choice,
      setTarget(choice) {
        targetStore.set(choice);
        queryClient.clear();
      },
      async resetEmbedded(seed) {
        const plane = await loadEmbeddedPlane();
        plane.reset(seed);
        await targetStore.refreshLoadProblem();
        await queryClient.resetQueries({ queryKey: queryKeys.root });
      },
      embeddedLoadProblem: state.embeddedLoadProblem,
      async embeddedUnreadableData() {
        return (await loadEmbeddedPlane()).unreadable;
      },
      faultPlan: state.faultPlan,
      async setFaultPlan(plan) {
        await targetStore.setFaultPlan(plan);
        await targetStore.refreshLoadProblem();
      },
    }),
    [state.choice, state.embeddedLoadProblem, state.faultPlan, queryClient],
  );

  return (
    <ApiClientProvider client={state.client}>
      <TargetSettingsProvider value={settings}>{children}</TargetSettingsProvider>
    </ApiClientProvider>
  );
}
