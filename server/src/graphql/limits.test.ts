import { describe, expect, it } from 'vitest';
import { buildSchema, parse, specifiedRules, validate, type GraphQLError } from 'graphql';
import { loadTypeDefs } from './schema.js';
import { OPERATION_LIMITS, checkQueryText, operationLimits, type OperationLimits } from './limits.js';
import { doublingFragments } from '../test/hostile-queries.js';

const schema = buildSchema(loadTypeDefs().join('\n'));

/** The limits a document breaks under the given limits (everything else at Lyfta's). */
function broken(query: string, limits: Partial<OperationLimits> = {}): unknown[] {
  const errors = validate(schema, parse(query), [operationLimits({ ...OPERATION_LIMITS, ...limits })]);
  return errors.map((e: GraphQLError) => e.extensions.limit);
}

describe('operationLimits', () => {
  it('measures fragments spreading each other twice once each, so 300 of them validate at once', () => {
    // Walking every spread would visit 2^300 selections; the old depth rule took 8.6 s at 21.
    const document = parse(doublingFragments(300));
    const started = Date.now();
    const errors = validate(schema, document, [operationLimits()]);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(errors.map((e) => e.extensions.limit)).toEqual(['cost']);
  });

  it("keeps graphql-js's own rules quick on the same shape", () => {
    const document = parse(doublingFragments(100));
    const started = Date.now();
    validate(schema, document, [...specifiedRules, operationLimits()]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('follows a chain of 5,000 fragments without running out of stack', () => {
    let query = 'query { ...F0 }\n';
    for (let i = 0; i < 5000; i++)
      query += `fragment F${i} on Query { ${i < 4999 ? `...F${i + 1}` : 'health { ok }'} }\n`;
    expect(() => validate(schema, parse(query), [operationLimits()])).not.toThrow();
    expect(broken(query)).toEqual([]);
  });

  it('counts depth through fragments and inline fragments', () => {
    const query = `
      query { organisation(code: "1490") { ...P } }
      fragment P on Organisation { parent { ... on Organisation { parent { code } } } }`;
    expect(broken(query, { depth: 4 })).toEqual([]);
    expect(broken(query, { depth: 3 })).toEqual(['depth']);
  });

  it('counts aliases and directives once per place a fragment is spread', () => {
    const query = `
      query { health { ...H } again: health { ...H } }
      fragment H on Health { a: ok b: ok @include(if: true) }`;
    // Two spreads of two aliases, plus the alias `again`; two spreads of one directive.
    expect(broken(query, { aliases: 5, directives: 2 })).toEqual([]);
    expect(broken(query, { aliases: 4 })).toEqual(['aliases']);
    expect(broken(query, { directives: 1 })).toEqual(['directives']);
  });

  it("weighs a paginated field's selection by its page size: given, defaulted, or the largest for a variable", () => {
    // organisations: 1 + first × (nodes: 1 + code: 1).
    expect(broken('{ organisations(first: 100) { nodes { code } } }', { cost: 201 })).toEqual([]);
    expect(broken('{ organisations(first: 100) { nodes { code } } }', { cost: 200 })).toEqual(['cost']);
    expect(broken('{ organisations { nodes { code } } }', { cost: 51 })).toEqual([]);
    expect(broken('{ organisations { nodes { code } } }', { cost: 50 })).toEqual(['cost']);
    const withVariable = 'query($n: Int) { organisations(first: $n) { nodes { code } } }';
    expect(broken(withVariable, { cost: 201 })).toEqual([]);
    expect(broken(withVariable, { cost: 200 })).toEqual(['cost']);
    // Nested pages multiply: 100 organisations with 100 children each.
    const nested = '{ organisations(first: 100) { nodes { children(first: 100) { nodes { code } } } } }';
    expect(broken(nested, { cost: 20_201 })).toEqual([]);
    expect(broken(nested, { cost: 20_200 })).toEqual(['cost']);
  });

  it('weighs a list that is not paginated by the @listSize the schema declares for it', () => {
    // coachingBoard: 1 + (engagements: 1 + 500 × id: 1).
    const board = '{ coachingBoard(municipalityCode: "1490") { engagements { id } } }';
    expect(broken(board, { cost: 502 })).toEqual([]);
    expect(broken(board, { cost: 501 })).toEqual(['cost']);
    // Every engagement's every entry in one request: 500 × 1,000 entries, refused at Lyfta's limits…
    const everything = '{ coachingBoard(municipalityCode: "1490") { engagements { content { entries { text } } } } }';
    expect(broken(everything)).toEqual(['cost']);
    // …while one engagement's entries, as its page asks for them, are well within.
    expect(broken('{ coachingEngagement(id: "x") { content { entries { id kind text } } } }')).toEqual([]);
  });

  it('treats a fragment that spreads itself as nothing, leaving the cycle to graphql-js', () => {
    const query = 'query { ...A } fragment A on Query { health { ok } ...B } fragment B on Query { ...A }';
    expect(broken(query)).toEqual([]);
    const errors = validate(schema, parse(query), [...specifiedRules, operationLimits()]);
    expect(errors.some((e) => /Cannot spread fragment/.test(e.message))).toBe(true);
  });

  it('gives each refusal its text in Swedish and English', () => {
    const [error] = validate(schema, parse('{ a: health { ok } }'), [
      operationLimits({ ...OPERATION_LIMITS, aliases: 0 }),
    ]);
    expect(error?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      messages: { sv: 'Frågan har för många alias (högst 0).', en: 'The query has too many aliases (at most 0).' },
    });
  });
});

describe('checkQueryText', () => {
  it('refuses one token over the limit, not at it, comments and commas not counted', () => {
    const fields = (n: number) => '__typename, '.repeat(n);
    // `{` and `}` are two tokens.
    expect(checkQueryText(`# a comment\n{ ${fields(OPERATION_LIMITS.tokens - 2)}}`)).toBeUndefined();
    expect(checkQueryText(`{ ${fields(OPERATION_LIMITS.tokens - 1)}}`)?.extensions.limit).toBe('tokens');
  });

  it('refuses brackets nested one level over the limit before the parser recurses into them', () => {
    const nested = (levels: number) => '{'.repeat(levels) + 'a' + '}'.repeat(levels);
    expect(checkQueryText(nested(OPERATION_LIMITS.nesting))).toBeUndefined();
    expect(checkQueryText(nested(OPERATION_LIMITS.nesting + 1))?.extensions.limit).toBe('nesting');
    const deepList = `{ a(x: ${'['.repeat(10_000)}) }`;
    expect(checkQueryText(deepList)?.extensions.limit).toBe('nesting');
  });

  it('stops a 10,000-level document with its own message instead of a stack overflow', () => {
    const query = '{' + 'a {'.repeat(10_000) + 'b' + '}'.repeat(10_000) + '}';
    expect(checkQueryText(query)?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      messages: { en: `The query nests brackets too deeply (at most ${OPERATION_LIMITS.nesting} levels).` },
    });
  });

  it('leaves text the lexer cannot read to the parser', () => {
    expect(checkQueryText('{ "unterminated }')).toBeUndefined();
  });
});
