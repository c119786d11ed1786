/** What a {@link ByteLru} needs: its limit and how to weigh an entry. */
export interface ByteLruOptions<K, V> {
  /** The most bytes the cache may hold; read on every write, so a changed budget applies at once. */
  maxBytes: () => number;
  /** The bytes an entry keeps alive, key included (an honest estimate where it cannot be exact). */
  sizeOf: (key: K, value: V) => number;
  /** Called whenever an entry leaves: evicted, replaced, deleted or cleared. */
  onRemove?: (key: K, value: V) => void;
}

/**
 * A least-recently-used cache bounded by the bytes of what it keeps, not by a count: a count
 * says nothing about memory when one answer is 200 bytes and another 500 kB. An entry larger
 * than the whole limit is not kept at all.
 */
export class ByteLru<K, V> {
  // A Map iterates in insertion order; re-inserting on every read keeps the least recently used first.
  readonly #entries = new Map<K, { value: V; bytes: number }>();
  #bytes = 0;

  constructor(private readonly options: ByteLruOptions<K, V>) {}

  /** The bytes currently held, as `sizeOf` counted them. */
  get bytes(): number {
    return this.#bytes;
  }

  /** The number of entries. */
  get size(): number {
    return this.#entries.size;
  }

  /** The limit in bytes. */
  get maxBytes(): number {
    return this.options.maxBytes();
  }

  /** The value for a key, marking it as just used. */
  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Whether a key is held (without marking it as used). */
  has(key: K): boolean {
    return this.#entries.has(key);
  }

  /** Keeps a value, evicting the least recently used entries to stay within the limit; false if it is too large to keep. */
  set(key: K, value: V): boolean {
    this.delete(key);
    const bytes = this.options.sizeOf(key, value);
    const max = this.options.maxBytes();
    if (bytes > max) return false;
    this.#entries.set(key, { value, bytes });
    this.#bytes += bytes;
    for (const [oldKey] of this.#entries) {
      if (this.#bytes <= max) break;
      this.delete(oldKey);
    }
    return true;
  }

  /** Drops one entry; true if it was there. */
  delete(key: K): boolean {
    const entry = this.#entries.get(key);
    if (!entry) return false;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
    this.options.onRemove?.(key, entry.value);
    return true;
  }

  /** Drops every entry that matches. */
  deleteWhere(matches: (key: K, value: V) => boolean): void {
    for (const [key, entry] of this.#entries) if (matches(key, entry.value)) this.delete(key);
  }

  /** Drops every entry. */
  clear(): void {
    for (const key of [...this.#entries.keys()]) this.delete(key);
  }
}

/** Bytes a JavaScript string occupies on the heap: two per UTF-16 unit (V8 stores non-Latin-1 text so), plus its header. */
export function stringBytes(s: string): number {
  return 2 * s.length + 16;
}

/**
 * Bytes plain data (objects of numbers and short strings, as a JSON-shaped answer) occupies on the
 * heap, estimated generously from its JSON text: two bytes per character (measured about 0.8 for
 * number-heavy results, up to about 1.5 for short unique strings), plus a header.
 */
export function approximateBytes(value: unknown): number {
  return 2 * (JSON.stringify(value)?.length ?? 0) + 64;
}
