import { ApolloServer } from '@apollo/server';
import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../shared/logger.js';
import { createFormatError, databaseUnavailablePlugin } from './errors.js';

const { MongoNetworkError, MongoServerError, MongoServerSelectionError } = mongoose.mongo;

// Errors the driver throws when the database goes away mid-request (built as the driver builds
// them); a database is not needed to see how the API words them.
const lostConnection = (): Error => new MongoNetworkError('connection 3 to /tmp/db/mongod.sock closed');
// A commit the restarted embedded database has no record of: NoSuchTransaction, not labelled transient.
const lostTransaction = (): Error =>
  new MongoServerError({ ok: 0, code: 251, codeName: 'NoSuchTransaction', errmsg: 'no record of it' });
const bareEpipe = (): Error => Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write', errno: -32 });

function server() {
  return new ApolloServer({
    typeDefs: `type Query { item: String, other: String }
      type Mutation { save: String, saveBare: String, saveLostTxn: String, fail: String }`,
    resolvers: {
      Query: {
        item: () => {
          throw lostConnection();
        },
        other: () => 'fine',
      },
      Mutation: {
        save: () => {
          throw lostConnection();
        },
        saveBare: () => {
          throw bareEpipe();
        },
        saveLostTxn: () => {
          throw lostTransaction();
        },
        fail: () => {
          throw new Error('a bug');
        },
      },
    },
    formatError: createFormatError(createLogger('silent')),
    plugins: [databaseUnavailablePlugin],
  });
}

async function run(query: string) {
  const apollo = server();
  await apollo.start();
  try {
    const res = await apollo.executeOperation({ query });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return { status: res.http.status, retryAfter: res.http.headers.get('retry-after'), ...res.body.singleResult };
  } finally {
    await apollo.stop();
  }
}

describe('errors when the database cannot be reached', () => {
  it('a read answers UNAVAILABLE with 503 and Retry-After, in both languages', async () => {
    const res = await run('{ item }');
    expect(res.status).toBe(503);
    expect(res.retryAfter).toBe('1');
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'UNAVAILABLE',
      messages: {
        sv: 'Databasen är inte tillgänglig just nu. Försök igen om en stund.',
        en: 'The database is not available right now. Please try again shortly.',
      },
    });
  });

  it('a mutation that lost the connection says its outcome is unknown and that an edit can be repeated', async () => {
    for (const field of ['save', 'saveBare', 'saveLostTxn']) {
      const res = await run(`mutation { ${field} }`);
      expect(res.status).toBe(503);
      const ext = res.errors?.[0]?.extensions as { code: string; outcomeUnknown: boolean; messages: { en: string } };
      expect(ext.code).toBe('UNAVAILABLE');
      expect(ext.outcomeUnknown).toBe(true);
      expect(ext.messages.en).toMatch(/may or may not have been saved/);
      expect(ext.messages.en).toMatch(/safe to repeat/);
    }
  });

  it('no server to select is UNAVAILABLE too; other errors stay masked as before', async () => {
    const selection = new MongoServerSelectionError('Server selection timed out after 5000 ms', {
      type: 'Unknown',
      servers: new Map(),
    } as never);
    const apollo = new ApolloServer({
      typeDefs: 'type Query { a: String }',
      resolvers: {
        Query: {
          a: () => {
            throw selection;
          },
        },
      },
      formatError: createFormatError(createLogger('silent')),
      plugins: [databaseUnavailablePlugin],
    });
    await apollo.start();
    const res = await apollo.executeOperation({ query: '{ a }' });
    await apollo.stop();
    expect(res.body.kind === 'single' && res.body.singleResult.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');

    const bug = await run('mutation { fail }');
    expect(bug.status).toBeUndefined();
    expect(bug.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
