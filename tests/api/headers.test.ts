import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { projectRoot } from '../../server/src/shared/paths.js';
import { createApp } from '../../server/src/app.js';
import { createLogger } from '../../server/src/shared/logger.js';

const clientDir = join(projectRoot, 'dist/client');

/** A GET with exactly the headers given: fetch would add its own Accept-Encoding and decode the body. */
function rawGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The entry script the built page loads, e.g. /assets/index-abc123.js. */
function entryScript(): string {
  const html = readFileSync(join(clientDir, 'index.html'), 'utf8');
  const src = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error('the built index.html names no entry script');
  return src;
}

describe('response headers and static files', () => {
  let dev: TestServer;
  // Only the headers are looked at in production mode; mongoose holds one connection per process,
  // so that app runs beside the test server on the same database rather than on a second one.
  let prod: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    dev = await startTestServer();
    const { app, stop } = await createApp({
      logger: createLogger('silent'),
      database: { kind: 'embedded', isConnected: () => true },
      production: true,
    });
    const listener = createServer(app);
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    prod = {
      url: `http://127.0.0.1:${(listener.address() as AddressInfo).port}`,
      close: async () => {
        await new Promise((resolve) => listener.close(resolve));
        await stop();
      },
    };
  });
  afterAll(async () => {
    await prod?.close();
    await dev?.stop();
  });

  it('sends a strict Content-Security-Policy and helmet’s other defaults on pages and API answers', async () => {
    for (const path of ['/', '/handlingsplaner', '/healthz']) {
      const res = await rawGet(`${dev.url}${path}`);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('sends HSTS and upgrade-insecure-requests in production only', async () => {
    const inProd = await rawGet(`${prod.url}/`);
    expect(inProd.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(String(inProd.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    const inDev = await rawGet(`${dev.url}/`);
    expect(inDev.headers['strict-transport-security']).toBeUndefined();
    expect(String(inDev.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
  });

  it('serves hashed assets precompressed, brotli first, with the same bytes once decoded', async () => {
    const script = entryScript();
    const plain = readFileSync(join(clientDir, script));

    const br = await rawGet(`${dev.url}${script}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.body.length).toBeLessThan(plain.length / 2);
    expect(brotliDecompressSync(br.body).equals(plain)).toBe(true);

    const gz = await rawGet(`${dev.url}${script}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain)).toBe(true);

    const identity = await rawGet(`${dev.url}${script}`);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.equals(plain)).toBe(true);

    const refused = await rawGet(`${dev.url}${script}`, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.equals(plain)).toBe(true);
  });

  it('lets browsers keep hashed assets for a year and revalidates the page itself', async () => {
    const asset = await rawGet(`${dev.url}${entryScript()}`, { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/mal/123']) {
      const page = await rawGet(`${dev.url}${path}`);
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.body.toString()).toContain('<div id="app">');
    }
    const icon = await rawGet(`${dev.url}/favicon.svg`);
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('does not serve a compressed variant for a path outside the build', async () => {
    const res = await rawGet(`${dev.url}/assets/../../package.json`, { 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).not.toContain('"devDependencies"');
  });
});
