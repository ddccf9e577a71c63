import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiTargetProvider } from './api-target/api-target-provider';

/** AppProviders: one QueryClient and the API target (client + Settings controls); each tooltip brings its own provider. */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiTargetProvider>
        {children}
      </ApiTargetProvider>
    </QueryClientProvider>
  );
}
