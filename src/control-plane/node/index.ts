export { startServer, type RunningServer, type ServerOptions } from './server';
export { readSnapshotFile, SnapshotFileError } from './snapshot-file';
export { MAX_BODY_BYTES } from './http-bridge';
