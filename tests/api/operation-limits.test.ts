import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, Kind, print, specifiedRules, validate, type DocumentNode } from 'graphql';
import * as clientDocuments from '../../client/src/api/generated/graphql.js';
import { checkQueryText, OPERATION_LIMITS, operationLimits } from '../../server/src/graphql/limits.js';
import { loadTypeDefs } from '../../server/src/graphql/schema.js';
import { projectRoot } from '../../server/src/shared/paths.js';
import type { GqlResponse } from '../support/api.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { doublingFragments } from '../../server/src/test/hostile-queries.js';

/** Posts a body to /graphql; returns the status and parsed answer. */
async function post(url: string, body: unknown, timeoutMs = 30_000) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: res.status, body: (await res.json()) as GqlResponse<Record<string, unknown>> };
}

/** The codes of an answer's errors. */
const codes = (body: GqlResponse<unknown>) => (body.errors ?? []).map((e) => e.extensions.code);

/** Lyfta as it is deployed (`npm start`, NODE_ENV=production) in its own process, so a frozen event loop cannot freeze the test. */
async function startProductionProcess(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lyfta-limits-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      LYFTA_DATA_DIR: dataDir,
      LYFTA_DEMO: 'never',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Lyfta is running: (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`Lyfta exited (${code}) before listening: ${err}`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe('operation limits in production', () => {
  let lyfta: { url: string; stop: () => Promise<void> };
  beforeAll(async () => {
    lyfta = await startProductionProcess();
  });
  afterAll(async () => {
    await lyfta?.stop();
  });

  it('answers the 30-fragment doubling query at once and keeps answering /healthz meanwhile', async () => {
    // Before the fix this query froze the server for minutes (k = 21 alone took 8.6 s).
    const started = Date.now();
    const answer = post(lyfta.url, { query: doublingFragments(30) }, 10_000);
    const health = fetch(`${lyfta.url}/healthz`, { signal: AbortSignal.timeout(10_000) });
    const [{ status, body }, healthRes] = await Promise.all([answer, health]);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(healthRes.status).toBe(200);
    // Each spread counts: 2^30 selections of health is far over the cost limit.
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      messages: { sv: expect.stringContaining('för mycket'), en: expect.stringContaining('too much') },
    });
  });

  it('makes no "Did you mean" suggestions about the schema, in the query or its variables', async () => {
    const field = await post(lyfta.url, { query: '{ helth { ok } }' });
    expect(field.status).toBe(400);
    expect(codes(field.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(field.body.errors![0]!.message).toBe('Cannot query field "helth" on type "Query".');
    const enumValue = await post(lyfta.url, {
      query: 'query($k: OrganisationKind) { organisations(kind: $k) { totalCount } }',
      variables: { k: 'MUNICIPALITI' },
    });
    expect(codes(enumValue.body)).toEqual(['BAD_USER_INPUT']);
    expect(enumValue.body.errors![0]!.message).toMatch(/does not exist in "OrganisationKind" enum\.$/);
    const inputField = await post(lyfta.url, {
      query: 'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
      variables: { i: { targetId: 'x', txt: 'a' } },
    });
    expect(codes(inputField.body)).toContain('BAD_USER_INPUT');
    expect(inputField.body.errors!.map((e) => e.message).join('\n')).toMatch(/"txt" is not defined/);
    expect(JSON.stringify(inputField.body)).not.toMatch(/Did you mean/);
  });
});

describe('operation limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Asserts that a query is executed (no limit refusal) and the same with one more unit is refused. */
  async function expectLimit(under: string, over: string, en: string) {
    const ok = await post(server.url, { query: under });
    expect(ok.body.errors ?? []).toEqual([]);
    expect(ok.status).toBe(200);
    const refused = await post(server.url, { query: over });
    expect(refused.status).toBe(400);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors![0]!.extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      messages: { sv: expect.any(String), en },
    });
  }

  it(`allows ${OPERATION_LIMITS.aliases} aliases and refuses one more`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: health { ok }`).join(' ')} }`;
    await expectLimit(
      aliases(OPERATION_LIMITS.aliases),
      aliases(OPERATION_LIMITS.aliases + 1),
      `The query has too many aliases (at most ${OPERATION_LIMITS.aliases}).`,
    );
  });

  it(`allows ${OPERATION_LIMITS.tokens} tokens and refuses one more`, async () => {
    // `{`, `health`, `{`, `ok`, `}`, n × `__typename`, `}`.
    const tokens = (n: number) => `{ health { ok } ${'__typename '.repeat(n - 6)}}`;
    await expectLimit(
      tokens(OPERATION_LIMITS.tokens),
      tokens(OPERATION_LIMITS.tokens + 1),
      `The query is too long (at most ${OPERATION_LIMITS.tokens} tokens).`,
    );
  });

  it(`allows ${OPERATION_LIMITS.depth} levels of fields and refuses one more`, async () => {
    // organisation, then parents, then code.
    const levels = (n: number) =>
      `{ organisation(code: "1490") { ${'parent { '.repeat(n - 2)}code${' }'.repeat(n - 2)} } }`;
    await expectLimit(
      levels(OPERATION_LIMITS.depth),
      levels(OPERATION_LIMITS.depth + 1),
      `The query is nested too deeply (at most ${OPERATION_LIMITS.depth} levels).`,
    );
  });

  it('refuses a 10,000-level document with a clear client error, not a stack overflow', async () => {
    const query = `{ organisation(code: "1490") { ${'parent { '.repeat(10_000)}code${' }'.repeat(10_000)} } }`;
    const { status, body } = await post(server.url, { query });
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      messages: {
        sv: `Frågan har för många nivåer av klamrar (högst ${OPERATION_LIMITS.nesting}).`,
        en: `The query nests brackets too deeply (at most ${OPERATION_LIMITS.nesting} levels).`,
      },
    });
    expect(JSON.stringify(body)).not.toMatch(/call stack/i);
  });

  it(`allows ${OPERATION_LIMITS.directives} directives and refuses one more`, async () => {
    const directives = (n: number) => `{ health { ok } ${'__typename @skip(if: false) '.repeat(n)}}`;
    await expectLimit(
      directives(OPERATION_LIMITS.directives),
      directives(OPERATION_LIMITS.directives + 1),
      `The query has too many directives (at most ${OPERATION_LIMITS.directives}).`,
    );
  });

  it(`allows a cost of ${OPERATION_LIMITS.cost}, each page weighing its selection by \`first\`, and refuses one more`, async () => {
    expect(OPERATION_LIMITS.cost).toBe(50_000);
    // Each field costs 1 plus its selection, times `first` on a paginated field:
    // a and b: 1 + first × (nodes 1 + children (1 + 100 × (nodes 1 + code 1 + name 1))) = 1 + 302 × first
    // c: 1 + 83 × (nodes 1 + code 1) = 167; 2 + 302 × 165 + 167 = 49,999, and __typename makes 50,000.
    const page = (first: number) =>
      `organisations(first: ${first}) { nodes { children(first: 100) { nodes { code name } } } }`;
    const under = `{ a: ${page(100)} b: ${page(65)} c: organisations(first: 83) { nodes { code } } __typename }`;
    const over = under.replace('__typename', '__typename __typename');
    await expectLimit(
      under,
      over,
      `The query asks for too much at once (at most ${OPERATION_LIMITS.cost} fields, lists counted by page size). Split it up.`,
    );
  });

  it('refuses 100 aliases of organisations(first: 100) before running any of them', async () => {
    const query = `{ ${Array.from({ length: 100 }, (_, i) => `o${i}: organisations(first: 100) { nodes { code name } }`).join(' ')} }`;
    const { status, body } = await post(server.url, { query });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(codes(body)).toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('suggests names outside production, so the production checks above are meaningful', async () => {
    const field = await post(server.url, { query: '{ helth { ok } }' });
    expect(field.body.errors![0]!.message).toMatch(/Did you mean "health"\?/);
    const enumValue = await post(server.url, {
      query: 'query($k: OrganisationKind) { organisations(kind: $k) { totalCount } }',
      variables: { k: 'MUNICIPALITI' },
    });
    expect(enumValue.body.errors![0]!.message).toMatch(/Did you mean the enum value "MUNICIPALITY"\?/);
  });

  it('answers a persisted query whose hash does not match with a client error in both languages', async () => {
    const query = '{ health { ok } }';
    const { status, body } = await post(server.url, {
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } },
    });
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      {
        message: "The persisted query's hash (sha256Hash) does not match its query.",
        extensions: {
          code: 'BAD_REQUEST',
          messages: {
            sv: 'Den sparade frågans kontrollsumma (sha256Hash) stämmer inte med frågan.',
            en: "The persisted query's hash (sha256Hash) does not match its query.",
          },
        },
      },
    ]);
  });

  it('still runs persisted queries: registered with the right hash, then by hash alone', async () => {
    const query = '{ health { ok } }';
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const registered = await post(server.url, { query, extensions: { persistedQuery } });
    expect(registered.body).toEqual({ data: { health: { ok: true } } });
    const byHash = await post(server.url, { extensions: { persistedQuery } });
    expect(byHash.body).toEqual({ data: { health: { ok: true } } });
  });

  it('answers an unsupported persisted query version as a client error, not a server failure', async () => {
    const { status, body } = await post(server.url, {
      query: '{ health { ok } }',
      extensions: { persistedQuery: { version: 2, sha256Hash: 'ab'.repeat(32) } },
    });
    expect(status).toBe(400);
    expect(codes(body)).toEqual(['BAD_REQUEST']);
    expect(body.errors![0]!.extensions.messages?.sv).toBeTruthy();
  });
});

describe("the client's own operations", () => {
  const schema = buildSchema(loadTypeDefs().join('\n'));
  const operations = Object.entries(clientDocuments).filter(
    ([name, doc]) =>
      name.endsWith('Document') && (doc as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
  ) as Array<[string, DocumentNode]>;

  it('are all checked', () => {
    expect(operations.length).toBeGreaterThanOrEqual(20);
  });

  it.each(operations)('%s stays within half of every limit', (_name, document) => {
    const half = { ...OPERATION_LIMITS };
    for (const limit of Object.keys(half) as Array<keyof typeof half>) half[limit] = Math.floor(half[limit] / 2);
    expect(checkQueryText(print(document), half)).toBeUndefined();
    expect(validate(schema, document, [...specifiedRules, operationLimits(half)])).toEqual([]);
  });
});
