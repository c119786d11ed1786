import { Decimal128, Int32, Long } from 'bson';
import { describe, expect, it } from 'vitest';
import { MongoServerError } from '../errors.js';
import { compileFilter } from './match.js';

const matches = (filter: unknown, doc: unknown): boolean => compileFilter(filter)(doc);

describe('query matching', () => {
  it('matches missing fields with null', () => {
    expect(matches({ a: null }, {})).toBe(true);
    expect(matches({ a: null }, { a: null })).toBe(true);
    expect(matches({ a: null }, { a: 1 })).toBe(false);
    expect(matches({ a: { $ne: null } }, {})).toBe(false);
    expect(matches({ a: { $exists: false } }, { a: null })).toBe(false);
  });

  it('brackets comparisons by type', () => {
    expect(matches({ a: { $gt: new Int32(5) } }, { a: 'zzz' })).toBe(false);
    expect(matches({ a: { $gt: new Int32(5) } }, { a: Long.fromNumber(6) })).toBe(true);
    expect(matches({ a: { $lte: Decimal128.fromString('5') } }, { a: 5 })).toBe(true);
    expect(matches({ a: { $gt: 'a' } }, { a: 7 })).toBe(false);
  });

  it('matches arrays element-wise and as a whole', () => {
    expect(matches({ tags: 'x' }, { tags: ['y', 'x'] })).toBe(true);
    expect(matches({ tags: ['y', 'x'] }, { tags: ['y', 'x'] })).toBe(true);
    expect(matches({ 'items.n': 2 }, { items: [{ n: 1 }, { n: 2 }] })).toBe(true);
    expect(matches({ items: { $elemMatch: { n: { $gt: 1 }, m: 1 } } }, { items: [{ n: 2 }, { m: 1 }] })).toBe(false);
    expect(matches({ a: { $size: 2 } }, { a: [1, 2] })).toBe(true);
    expect(matches({ a: { $all: [1, 2] } }, { a: [2, 3, 1] })).toBe(true);
  });

  it('supports logical operators, $in with regex, $type and $not', () => {
    expect(matches({ $or: [{ a: 1 }, { b: 2 }] }, { b: 2 })).toBe(true);
    expect(matches({ name: { $in: [/^an/i, 'x'] } }, { name: 'Anna' })).toBe(true);
    expect(matches({ n: { $type: 'number' } }, { n: new Int32(1) })).toBe(true);
    expect(matches({ n: { $type: 'long' } }, { n: new Int32(1) })).toBe(false);
    expect(matches({ n: { $not: { $gt: 3 } } }, { n: 1 })).toBe(true);
    expect(matches({ $expr: { $gt: ['$a', '$b'] } }, { a: new Int32(3), b: 2 })).toBe(true);
  });

  it('refuses unknown operators and user JavaScript', () => {
    const code = (f: unknown): number | undefined => {
      try {
        compileFilter(f);
      } catch (err) {
        return err instanceof MongoServerError ? err.code : -1;
      }
      return undefined;
    };
    expect(code({ a: { $foo: 1 } })).toBe(2);
    expect(code({ $foo: 1 })).toBe(2);
    expect(code({ $where: 'true' })).toBe(2);
    expect(code({ $expr: { $function: { body: 'function(){return true}', args: [], lang: 'js' } } })).toBeDefined();
  });
});
