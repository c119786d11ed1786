export { DurableStore, StoreClosedError, type DurableStoreOptions, type OpenedStore } from './durable-store.js';
export { DataDirLockedError } from './lock.js';
export { SnapshotCorruptError } from './snapshot.js';
export type { WriterStats } from './journal-writer.js';
