import type { DocumentStore } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import type { ByteLru } from '../shared/byte-lru.js';
import { stringBytes } from '../shared/byte-lru.js';
import { budgetedCache } from '../shared/cache-budget.js';

/** Apollo's key-value cache interface (what `cache` and `documentStore` accept). */
interface KeyValueCache<V> {
  get(key: string): Promise<V | undefined>;
  set(key: string, value: V): Promise<void>;
  delete(key: string): Promise<boolean>;
}

function asKeyValueCache<V>(lru: ByteLru<string, V>): KeyValueCache<V> {
  return {
    get: async (key) => lru.get(key),
    // Time limits are not needed: keys are hashes of their values, so a kept entry is never wrong.
    set: async (key, value) => {
      lru.set(key, value);
    },
    delete: async (key) => lru.delete(key),
  };
}

/**
 * Apollo's own caches, within the process's cache budget instead of 30 MiB each: parsed and
 * validated documents by query hash, and the server cache that holds automatic persisted queries.
 */
export function apolloCaches(): { documentStore: DocumentStore; cache: KeyValueCache<string> } {
  return {
    documentStore: asKeyValueCache(
      budgetedCache<string, DocumentNode>('parsedQueries', {
        // Measured: a parsed document with its tokens and locations holds about four bytes of heap per
        // character of its JSON (Apollo's default counts one).
        sizeOf: (key, doc) => stringBytes(key) + 4 * JSON.stringify(doc).length,
      }),
    ),
    cache: asKeyValueCache(
      budgetedCache<string, string>('persistedQueries', {
        sizeOf: (key, query) => stringBytes(key) + stringBytes(query),
      }),
    ),
  };
}
