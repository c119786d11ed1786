import { Binary, Decimal128, Double, Int32, Long, MaxKey, MinKey, ObjectId, Timestamp } from 'bson';
import { describe, expect, it } from 'vitest';
import { addNumbers, compareValues, hashKey, valuesEqual } from './values.js';

describe('BSON values', () => {
  it('orders types as MongoDB does', () => {
    const ordered = [
      new MinKey(),
      null,
      new Int32(1),
      'a',
      { a: 1 },
      [1],
      new Binary(Buffer.from('x')),
      new ObjectId(),
      false,
      new Date(0),
      new Timestamp({ t: 1, i: 1 }),
      /re/,
      new MaxKey(),
    ];
    for (let i = 0; i < ordered.length - 1; i++) expect(compareValues(ordered[i], ordered[i + 1])).toBe(-1);
  });

  it('compares numbers across int32, int64, double and decimal', () => {
    const ones = [
      1,
      new Int32(1),
      new Double(1),
      Long.fromNumber(1),
      Decimal128.fromString('1'),
      Decimal128.fromString('1.0'),
    ];
    for (const a of ones) for (const b of ones) expect(valuesEqual(a, b)).toBe(true);
    expect(new Set(ones.map(hashKey)).size).toBe(1);
    expect(compareValues(Long.fromString('9007199254740993'), new Double(9007199254740992))).toBe(1);
    expect(compareValues(new Double(NaN), new Int32(-5))).toBe(-1);
  });

  it('treats null and missing alike', () => {
    expect(valuesEqual(null, undefined)).toBe(true);
    expect(hashKey(null)).toBe(hashKey(undefined));
  });

  it('keeps numeric types when adding', () => {
    expect(addNumbers(new Int32(1), new Int32(2))).toEqual(new Int32(3));
    expect(addNumbers(new Int32(0x7fffffff), new Int32(1))).toEqual(Long.fromNumber(0x80000000));
    expect(addNumbers(new Int32(1), new Double(0.5))).toEqual(new Double(1.5));
    expect(addNumbers(Long.fromNumber(1), new Int32(1))).toEqual(Long.fromNumber(2));
    expect(String(addNumbers(Decimal128.fromString('1.5'), new Int32(1)))).toBe('2.5');
  });
});
