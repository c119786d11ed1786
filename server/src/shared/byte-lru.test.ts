import { describe, expect, it } from 'vitest';
import { ByteLru, approximateBytes } from './byte-lru.js';

const lru = (maxBytes: number, removed: string[] = []) =>
  new ByteLru<string, string>({
    maxBytes: () => maxBytes,
    sizeOf: (_key, value) => value.length,
    onRemove: (key) => removed.push(key),
  });

describe('ByteLru', () => {
  it('evicts the least recently used entries to stay within its bytes, whatever their count', () => {
    const removed: string[] = [];
    const cache = lru(10, removed);
    cache.set('a', 'xxxx');
    cache.set('b', 'xxxx');
    expect(cache.get('a')).toBe('xxxx'); // a is now the most recently used
    cache.set('c', 'xxxx');
    expect(removed).toEqual(['b']);
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
    expect(cache.bytes).toBe(8);
    // One large entry pushes out several small ones.
    cache.set('d', 'xxxxxxxxx');
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(9);
  });

  it('does not keep an entry larger than the whole limit, and replacing counts the new size only', () => {
    const cache = lru(10);
    cache.set('a', 'xx');
    expect(cache.set('big', 'x'.repeat(11))).toBe(false);
    expect(cache.has('big')).toBe(false);
    expect(cache.has('a')).toBe(true);
    cache.set('a', 'xxxxx');
    expect(cache.bytes).toBe(5);
    cache.deleteWhere((key) => key === 'a');
    expect(cache.bytes).toBe(0);
  });

  it('follows a limit that changes', () => {
    let max = 100;
    const cache = new ByteLru<number, string>({ maxBytes: () => max, sizeOf: (_k, v) => v.length });
    for (let i = 0; i < 10; i++) cache.set(i, 'x'.repeat(10));
    expect(cache.size).toBe(10);
    max = 30;
    cache.set(10, 'x'.repeat(10));
    expect(cache.size).toBe(3);
    expect(cache.bytes).toBeLessThanOrEqual(30);
  });

  it('estimates plain data generously from its JSON', () => {
    const answer = { rows: Array.from({ length: 100 }, (_, i) => ({ code: String(1000 + i), rank: i, score: i / 3 })) };
    expect(approximateBytes(answer)).toBeGreaterThan(JSON.stringify(answer).length);
  });
});
