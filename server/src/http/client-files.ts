import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import express, { type Express, type Response } from 'express';

/** Hashed build output: its name changes with its content, so browsers may keep it for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Other public files (the favicon): an hour, then revalidated. */
const SHORT = 'public, max-age=3600';

type Variants = { br: boolean; gzip: boolean };

/**
 * Serves the built client: precompressed `.br`/`.gz` variants (written by the build) when the
 * browser accepts them, long cache lifetimes for hashed assets, and index.html for every other
 * GET so that the client's router can take the path. Returns false when the client is not built.
 */
export function serveBuiltClient(app: Express, clientDir: string): boolean {
  if (!existsSync(clientDir)) return false;
  const variants = compressedVariants(clientDir);

  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const found = variants.get(req.path);
    if (!found) return next();
    res.vary('Accept-Encoding');
    const encoding = chooseEncoding(req.headers['accept-encoding'], found);
    if (!encoding) return next();
    // The type is the original file's; send() keeps a Content-Type that is already set.
    res.type(extname(req.path));
    res.setHeader('Content-Encoding', encoding);
    const suffix = encoding === 'br' ? '.br' : '.gz';
    const query = req.url.indexOf('?');
    req.url = query < 0 ? req.url + suffix : req.url.slice(0, query) + suffix + req.url.slice(query);
    next();
  });
  app.use(express.static(clientDir, { index: false, setHeaders: cacheHeaders }));
  app.get('/{*splat}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(clientDir, 'index.html'));
  });
  return true;
}

/**
 * The variant to send: brotli where the browser takes it at least as gladly as gzip (browsers
 * list gzip first with equal weight, yet brotli is the smaller), then gzip, else the plain file.
 */
export function chooseEncoding(header: string | undefined, available: Variants): 'br' | 'gzip' | null {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  const br = available.br ? weight('br') : 0;
  const gzip = available.gzip ? weight('gzip') : 0;
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return null;
}

function cacheHeaders(res: Response, path: string): void {
  if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
  else if (path.includes(`${sep}assets${sep}`)) res.setHeader('Cache-Control', IMMUTABLE);
  else res.setHeader('Cache-Control', SHORT);
}

/** URL path → which compressed variants exist, read once at start (the build does not change under a running server). */
function compressedVariants(root: string): Map<string, Variants> {
  const found = new Map<string, Variants>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const match = /\.(br|gz)$/.exec(entry.name);
      if (!match) continue;
      const urlPath = '/' + relative(root, full.slice(0, -match[0].length)).split(sep).join('/');
      const v = found.get(urlPath) ?? { br: false, gzip: false };
      if (match[1] === 'br') v.br = true;
      else v.gzip = true;
      found.set(urlPath, v);
    }
  };
  walk(root);
  return found;
}
