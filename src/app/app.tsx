import { targetStore } from './api-target/target-store';
import { createQueryClient } from './query-client';
import { AppProviders } from './providers';
import { createAppRouter } from './router';

const queryClient = createQueryClient();
const AppRouter = createAppRouter({ queryClient, getClient: () => targetStore.get().client });

/** App: the console. The QueryClient and router are created once per page load. */
export function App() {
  return (
    <AppProviders queryClient={queryClient}>
      <AppRouter />
    </AppProviders>
  );
}
