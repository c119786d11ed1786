import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { MAX_COMPILED_FIELDS, selectedFields } from './compiled-execution.js';
import { doublingFragments, doublingTypenames } from '../test/hostile-queries.js';

const count = (query: string, operationName: string | null = null, cap = 10_000) =>
  selectedFields(parse(query), operationName, cap);

describe('selectedFields: what an operation selects with its fragments spread out', () => {
  it('counts fields and nested fields, inline fragments and every spread of a fragment', () => {
    expect(count('{ health { ok } }')).toBe(2);
    expect(count('{ a: health { ok } b: health { ok } ... on Query { health { ok } } }')).toBe(6);
    expect(count('{ ...H ...H } fragment H on Query { health { ok } }')).toBe(4);
  });

  it('counts only the named operation', () => {
    const doc = 'query A { health { ok } } query B { health { ok } b: health { ok } }';
    expect(count(doc, 'A')).toBe(2);
    expect(count(doc, 'B')).toBe(4);
  });

  it('stops a little past the cap however far the fragments double, without walking every spread', () => {
    // 2^60 selections spread out: counted in linear time, and over the cap.
    const huge = doublingFragments(60);
    expect(count(huge, null, 1000)).toBeGreaterThan(1000);
    expect(count(doublingFragments(5))).toBe(31 * 2);
  });

  it('puts the API test’s pad (a doubling chain of fragments) past the bound for compiling', () => {
    const pad = `query { health { ok } ...Pad0 }\n${doublingTypenames('Query', Math.ceil(Math.log2(MAX_COMPILED_FIELDS)) + 1)}`;
    expect(count(pad, null, MAX_COMPILED_FIELDS)).toBeGreaterThan(MAX_COMPILED_FIELDS);
    expect(count(`query { health { ok } ...Pad0 }\n${doublingTypenames('Query', 8)}`)).toBe(2 + 255);
  });

  it('counts a fragment cycle (refused by validation) and an unknown fragment as nothing', () => {
    expect(count('{ ...A } fragment A on Query { health { ok } ...B } fragment B on Query { ...A }')).toBe(2);
    expect(count('{ health { ok } ...Missing }')).toBe(2);
  });
});
