import { ApolloServer, HeaderMap } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import type { GraphQLContext } from '../../graphql/context.js';
import { resultsResponseCache } from './results.cache-plugin.js';
import { invalidateResults } from './results.data.js';

describe('resultsResponseCache', () => {
  let executions = 0;
  const cache = resultsResponseCache();
  const server = new ApolloServer<GraphQLContext>({
    typeDefs: 'type Query { ranking(year: Int!): Int! health: Int! }',
    resolvers: {
      Query: {
        ranking: (_p: unknown, args: { year: number }) => {
          executions++;
          if (args.year === 0) throw new Error('no such year');
          return args.year + executions;
        },
        health: () => ++executions,
      },
    },
    plugins: [cache.plugin],
    stringifyResult: (value) => cache.stringifyResult(value),
  });
  const viewer = { personId: 'p', name: 'n', email: 'e', memberships: [] };
  const run = async (query: string, signedIn = true) => {
    const res = await server.executeOperation(
      { query },
      { contextValue: { viewer: signedIn ? viewer : null } as unknown as GraphQLContext },
    );
    return res.body.kind === 'single' ? res.body.singleResult : undefined;
  };

  it('answers a repeated results query from memory until the data changes', async () => {
    executions = 0;
    const first = await run('{ ranking(year: 2025) }');
    expect(await run('{ ranking(year: 2025) }')).toEqual({ data: first!.data });
    expect(executions).toBe(1);
    await run('{ ranking(year: 2024) }');
    expect(executions).toBe(2);
    invalidateResults();
    await run('{ ranking(year: 2025) }');
    expect(executions).toBe(3);
  });

  it('never caches for anonymous callers, other fields, or errors', async () => {
    executions = 0;
    await run('{ ranking(year: 2023) }', false);
    await run('{ ranking(year: 2023) }', false);
    await run('{ health }');
    await run('{ health }');
    await run('{ ranking(year: 0) }');
    await run('{ ranking(year: 0) }');
    expect(executions).toBe(6);
  });

  it('sends a cached answer with the same bytes as the first one, in the format Apollo uses', async () => {
    executions = 0;
    invalidateResults();
    const ask = async (query: string) => {
      const res = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: 'POST',
          headers: new HeaderMap([['content-type', 'application/json']]),
          search: '',
          body: { query },
        },
        context: async () => ({ viewer }) as unknown as GraphQLContext,
      });
      return res.body.kind === 'complete' ? res.body.string : undefined;
    };
    const first = await ask('{ ranking(year: 2022) }');
    const second = await ask('{ ranking(year: 2022) }');
    expect(executions).toBe(1);
    expect(first).toBe(`{"data":{"ranking":2023}}\n`);
    expect(second).toBe(first);
    expect(cache.encoded(second!)?.equals(Buffer.from(first!, 'utf8'))).toBe(true);
    // Errors are serialized as they come, never from the cache.
    const failed = await ask('{ ranking(year: 0) }');
    expect(failed).toContain('"errors"');
    expect(cache.encoded(failed!)).toBeUndefined();
  });
});
