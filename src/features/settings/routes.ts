import type { FeatureRoute } from '@/components/feature-route';

/** settingsRoutes: where the console's API target is chosen. Nothing to prefetch: it reads no account data. */
export const settingsRoutes: FeatureRoute[] = [{ path: 'settings', load: () => import('./settings-page') }];
