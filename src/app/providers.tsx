import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { TooltipProvider } from '@/components/ui/tooltip';
import { ApiTargetProvider } from './api-target/api-target-provider';

/** AppProviders: one QueryClient, the API target (client + Settings controls), tooltips. */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiTargetProvider>
        <TooltipProvider delayDuration={300}>{children}</TooltipProvider>
      </ApiTargetProvider>
    </QueryClientProvider>
  );
}
