import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLContext } from '../../../graphql/context.js';
import { DEFAULT_CACHE_MB, setCacheBudget } from '../../../shared/cache-budget.js';
import { resultsResponseCache } from './response-cache.js';
import { invalidateResults } from '../analysis/data.js';

// A full collection before reading the heap, so the figures compare what is kept, not what is garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heldBytes = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

// Answers the size of a mid-sized open-data answer, with Swedish text as the real ones have
// (which makes V8 keep them two bytes per character).
const ANSWER_CHARS = 20_000;
const MiB = 1024 * 1024;

describe('resultsResponseCache', () => {
  let executions = 0;
  const cache = resultsResponseCache();
  const server = new ApolloServer<GraphQLContext>({
    typeDefs: `input RankingWeights { meritValue: Float = 1, allSubjects: Float = 1 }
      type Query { ranking(year: Int!, weights: RankingWeights, large: Boolean = false): String! health: Int! }`,
    resolvers: {
      Query: {
        ranking: (_p: unknown, args: { year: number; large: boolean }) => {
          executions++;
          if (args.year === 0) throw new Error('no such year');
          const head = `${args.year}:${executions}`;
          return args.large ? head + ' Statistik från Skolverket'.padEnd(ANSWER_CHARS, ' åäö') : head;
        },
        health: () => ++executions,
      },
    },
    plugins: [cache.plugin],
    stringifyResult: (value) => cache.stringifyResult(value),
  });
  const viewer = { personId: 'p', name: 'n', email: 'e', memberships: [] };
  /** Over HTTP, as the app serves it: the answer's text. */
  const ask = async (query: string, variables: Record<string, unknown> = {}, signedIn = true) => {
    const res = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        search: '',
        body: { query, variables },
      },
      context: async () => ({ viewer: signedIn ? viewer : null }) as unknown as GraphQLContext,
    });
    return res.body.kind === 'complete' ? res.body.string : undefined;
  };
  beforeAll(() => server.start());
  afterAll(async () => {
    setCacheBudget(DEFAULT_CACHE_MB);
    await server.stop();
  });

  it('answers a repeated results query from memory until the data changes', async () => {
    executions = 0;
    const first = await ask('{ ranking(year: 2025) }');
    expect(await ask('{ ranking(year: 2025) }')).toBe(first);
    expect(executions).toBe(1);
    await ask('{ ranking(year: 2024) }');
    expect(executions).toBe(2);
    invalidateResults();
    await ask('{ ranking(year: 2025) }');
    expect(executions).toBe(3);
  });

  it('never caches for anonymous callers, other fields, errors or custom weights', async () => {
    executions = 0;
    invalidateResults();
    const twice = async (query: string, variables?: Record<string, unknown>, signedIn = true) => {
      await ask(query, variables, signedIn);
      await ask(query, variables, signedIn);
    };
    await twice('{ ranking(year: 2023) }', {}, false);
    await twice('{ health }');
    await twice('{ ranking(year: 0) }');
    await twice('{ ranking(year: 2023, weights: { meritValue: 2 }) }');
    await twice('query($w: RankingWeights) { ranking(year: 2023, weights: $w) }', { w: { allSubjects: 0 } });
    await twice('query($w: RankingWeights = { meritValue: 3 }) { ranking(year: 2023, weights: $w) }');
    expect(executions).toBe(12);
    expect(cache.bytes).toBe(0);
    // Default weights, spelled out or not, are the shared ranking and are kept.
    await twice('{ ranking(year: 2023, weights: { meritValue: 1 }) }');
    expect(executions).toBe(13);
  });

  it('answers in-process calls (no HTTP) from execution, with their full data', async () => {
    executions = 0;
    await ask('{ ranking(year: 2021) }');
    const res = await server.executeOperation(
      { query: '{ ranking(year: 2021) }' },
      { contextValue: { viewer } as unknown as GraphQLContext },
    );
    expect(res.body.kind === 'single' && res.body.singleResult.data).toEqual({ ranking: '2021:2' });
  });

  it('sends a cached answer with the same bytes as the first one, in the format Apollo uses', async () => {
    executions = 0;
    invalidateResults();
    const first = await ask('{ ranking(year: 2022) }');
    const second = await ask('{ ranking(year: 2022) }');
    expect(executions).toBe(1);
    expect(first).toBe(`{"data":{"ranking":"2022:1"}}\n`);
    expect(second).toBe(first);
    expect(cache.encoded(second!)?.equals(Buffer.from(first!, 'utf8'))).toBe(true);
    // Errors are serialized as they come, never from the cache.
    const failed = await ask('{ ranking(year: 0) }');
    expect(failed).toContain('"errors"');
    expect(cache.encoded(failed!)).toBeUndefined();
  });

  it('holds at most its share of the budget, evicting the least recently used answer', async () => {
    invalidateResults();
    const query = 'query($y: Int!) { ranking(year: $y, large: true) }';
    await ask(query, { y: 1 });
    // Kept as JSON text (two bytes a character) and its UTF-8 bytes; a budget whose half fits five such answers.
    const perAnswer = cache.bytes;
    expect(perAnswer).toBeGreaterThan(3 * ANSWER_CHARS);
    setCacheBudget((2 * 5.5 * perAnswer) / MiB);
    const limit = 5.5 * perAnswer;
    for (let y = 2; y <= 5; y++) await ask(query, { y });
    expect(cache.bytes).toBeLessThanOrEqual(limit);
    executions = 0;
    await ask(query, { y: 1 }); // served, and now the most recently used
    expect(executions).toBe(0);
    for (let y = 6; y <= 8; y++) await ask(query, { y }); // pushes out 2, 3 and 4
    expect(cache.bytes).toBeLessThanOrEqual(limit);
    executions = 0;
    await ask(query, { y: 1 });
    await ask(query, { y: 5 });
    expect(executions).toBe(0);
    await ask(query, { y: 2 });
    expect(executions).toBe(1);
  });

  it(
    'keeps the process within a fixed bound over 10,000 distinct weighted rankings and 2,000 distinct answers',
    { timeout: 120_000 },
    async () => {
      setCacheBudget(8);
      invalidateResults();
      const limit = 4 * MiB;
      const before = heldBytes();
      const weighted = 'query($w: RankingWeights) { ranking(year: 2025, weights: $w, large: true) }';
      const distinct = 'query($y: Int!) { ranking(year: $y, large: true) }';
      for (let i = 0; i < 10_000; i++) {
        expect(await ask(weighted, { w: { meritValue: 1 + i / 10_000, allSubjects: i % 7 } })).toContain('från');
        if (i % 5 === 0) expect(await ask(distinct, { y: 10_000 + i })).toContain('från');
        if (i % 1000 === 999) expect(cache.bytes).toBeLessThanOrEqual(limit);
      }
      // Each answer holds ~115 kB as objects, JSON and bytes: the old count limit (5,000 entries) let
      // these grow to ~575 MB. Now: the 4 MiB share, plus garbage the collector has not returned.
      expect(cache.bytes).toBeGreaterThan(limit / 2);
      expect(heldBytes() - before).toBeLessThan(64 * MiB);
      // The most recent answers are the ones kept.
      executions = 0;
      await ask(distinct, { y: 10_000 + 9_995 });
      expect(executions).toBe(0);
    },
  );
});
