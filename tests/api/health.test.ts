import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

describe('the service shell', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers /healthz with the database in use', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; database: { kind: string; connected: boolean } };
    expect(body.status).toBe('ok');
    expect(body.database).toEqual({ kind: process.env.MONGODB_URI ? 'mongodb' : 'embedded', connected: true });
  });

  it('serves Query.health over GraphQL POST', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { ok database version } }' }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { health: { ok: boolean; database: string } } };
    expect(body.data.health.ok).toBe(true);
    expect(body.data.health.database).toBe(process.env.MONGODB_URI ? 'MONGODB' : 'EMBEDDED');
  });

  it('refuses a simple GET query (CSRF guard) without leaking internals', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ health { ok } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/at .*\.js:\d+/);
  });

  it('answers malformed JSON with 400 and no stack trace', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/SyntaxError|node_modules/);
    const body = JSON.parse(text) as {
      errors: Array<{ extensions: { code: string; messages: { sv: string; en: string } } }>;
    };
    expect(body.errors[0]?.extensions).toEqual({
      code: 'BAD_REQUEST',
      messages: { sv: 'Begärans innehåll är inte giltig JSON.', en: 'The request body is not valid JSON.' },
    });
  });

  it('answers a query the schema refuses, or bad variables, in both languages naming the field', async () => {
    const post = async (body: unknown) =>
      (await (
        await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).json()) as { errors: Array<{ extensions: { code: string; messages: { sv: string; en: string } } }> };
    const unknownField = await post({ query: '{ healthy { ok } }' });
    expect(unknownField.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(unknownField.errors[0]?.extensions.messages.sv).toMatch(/^Frågan stämmer inte med API:et: .*"healthy"/);
    expect(unknownField.errors[0]?.extensions.messages.en).toMatch(/^The query does not fit the API: .*"healthy"/);
    const unparsable = await post({ query: '{ health { ok }' });
    expect(unparsable.errors[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(unparsable.errors[0]?.extensions.messages.sv).toMatch(/^Frågan kunde inte läsas: /);
    const badVariable = await post({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { expiresAt } }',
      variables: { e: 42, p: null },
    });
    expect(badVariable.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(badVariable.errors[0]?.extensions.messages.sv).toMatch(/^Ogiltigt värde i frågans variabler: .*\$e/);
  });

  it('answers a body over the 1 MB limit with 413 in both languages', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ health { ok } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string; messages: { sv: string } } }> };
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0]?.extensions.messages.sv).toBe('Begäran är för stor (högst 1 MB).');
  });

  it('refuses a query nested deeper than the limit', async () => {
    const deep =
      '{ __schema { types { fields { type ' + '{ ofType '.repeat(8) + '{ name }' + ' }'.repeat(8) + ' } } } }';
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: deep }),
    });
    const body = (await res.json()) as {
      data?: unknown;
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0]?.message).toMatch(/at most 12 levels/);
  });

  it('serves the client for any browser route', async () => {
    const res = await fetch(`${server.url}/handlingsplaner`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="app">');
  });
});
