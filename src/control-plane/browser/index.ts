export { createEmbeddedControlPlane, EMBEDDED_STORAGE_KEY, EMBEDDED_STORAGE_PREFIX, unreadableKey, type EmbeddedControlPlane, type EmbeddedControlPlaneOptions } from './embedded-control-plane';
export { EMBEDDED_BASE_URL } from './embedded-fetch';
export { MemoryStorage } from './memory-storage';
