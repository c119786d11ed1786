import { describe, expect, it } from 'vitest';
import { KnownLoader, mapKnown, valuesOf } from './known-loader.js';

/** A loader of squares that counts its batches. */
function squares() {
  const batches: string[][] = [];
  const loader = new KnownLoader<number | Error>(async (keys) => {
    batches.push([...keys]);
    return keys.map((k) => (k === 'bad' ? new Error('no such key') : Number(k) ** 2));
  });
  return { loader, batches };
}

describe('KnownLoader', () => {
  it('answers a primed key at once and an unknown one with a promise of one batch', async () => {
    const { loader, batches } = squares();
    loader.prime('3', 9);
    expect(loader.value('3')).toBe(9);
    const pending = [loader.value('4'), loader.value('5')];
    expect(pending[0]).toBeInstanceOf(Promise);
    expect(await Promise.all(pending)).toEqual([16, 25]);
    expect(batches).toEqual([['4', '5']]);
    // Loaded once, known from then on.
    expect(loader.value('4')).toBe(16);
  });

  it('forgets a cleared key and does not remember errors', async () => {
    const { loader, batches } = squares();
    loader.prime('2', 4);
    loader.clear('2');
    expect(await loader.value('2')).toBe(4);
    expect(batches).toEqual([['2']]);
    await expect(loader.load('bad')).rejects.toThrow('no such key');
    const again = loader.value('bad');
    expect(again).toBeInstanceOf(Promise);
    await expect(again).rejects.toThrow('no such key');
    loader.clearAll();
    expect(loader.value('2')).toBeInstanceOf(Promise);
  });

  it('maps and gathers values without a promise when all are known', async () => {
    const { loader } = squares();
    loader.prime('1', 1);
    loader.prime('2', 4);
    expect(valuesOf(loader, ['1', '2'])).toEqual([1, 4]);
    expect(mapKnown(loader.value('2'), (v) => Number(v) + 1)).toBe(5);
    const later = valuesOf(loader, ['1', '7']);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toEqual([1, 49]);
    expect(await mapKnown(loader.value('8'), (v) => Number(v) + 1)).toBe(65);
  });
});
