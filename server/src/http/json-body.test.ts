import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseInvalidUtf8 } from '../graphql/request-errors.js';
import { jsonBody } from './json-body.js';

// Each body goes to a server parsing with jsonBody and to one parsing with express.json: both
// must give the same parsed value, or fail with the same status and type.
function app(parser: RequestHandler): express.Express {
  const a = express();
  a.post('/', parser, (req, res) => void res.json({ body: req.body as unknown }));
  a.use((err: { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    res.status(err.status ?? 500).json({ type: err.type });
  });
  return a;
}

describe('jsonBody answers every body as express.json does', () => {
  const servers: Server[] = [];
  let fast: string;
  let general: string;
  beforeAll(async () => {
    const listen = async (handler: express.Express) => {
      const server = createServer(handler);
      servers.push(server);
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    };
    const verify = refuseInvalidUtf8;
    fast = await listen(app(jsonBody({ limit: 1024, verify })));
    general = await listen(app(express.json({ limit: 1024, verify })));
  });
  afterAll(async () => {
    for (const s of servers) await new Promise((r) => s.close(r));
  });

  const cases: [string, Uint8Array | string, string][] = [
    ['an object', '{"query":"{ a }","variables":{"x":"å"}}', 'application/json'],
    ['an array', '[{"query":"{ a }"}]', 'application/json'],
    ['leading whitespace', ' \n\t{"a":1}', 'application/json'],
    ['a byte order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('{"a":1}')]), 'application/json'],
    ['a charset', '{"a":1}', 'application/json; charset=utf-8'],
    ['an upper-case charset', '{"a":1}', 'application/json; charset=UTF-8'],
    ['another charset', '{"a":1}', 'application/json; charset=latin1'],
    ['a number at the top', '42', 'application/json'],
    ['a string at the top', '"x"', 'application/json'],
    ['whitespace only', '   ', 'application/json'],
    ['malformed JSON', '{"a":', 'application/json'],
    ['invalid UTF-8', new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]), 'application/json'],
    ['over the limit', `{"a":"${'x'.repeat(2000)}"}`, 'application/json'],
    ['another media type', '{"a":1}', 'text/plain'],
  ];
  it.each(cases)('%s', async (_name, body, type) => {
    const send = async (url: string) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': type }, body: body as BodyInit });
      return { status: res.status, body: (await res.json()) as unknown };
    };
    expect(await send(fast)).toEqual(await send(general));
  });
});
