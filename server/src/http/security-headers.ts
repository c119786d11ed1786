import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * The Content-Security-Policy the built client satisfies: its scripts, styles, fonts and API
 * calls all come from this origin, so nothing inline and nothing from elsewhere is allowed.
 * Vue's `:style` bindings go through the CSSOM, which style-src does not govern.
 */
export function contentSecurityPolicy(production: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // Behind TLS in production; on http://localhost an upgrade would break the page.
    ...(production ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * Helmet's defaults with a strict CSP and HSTS in production only. With Vite's dev middleware
 * (hot reload injects styles and a WebSocket) the CSP is left out: it guards the built client.
 *
 * None of these headers depends on the request, so helmet runs once, at start, and every request
 * gets the headers it set then (and loses the ones it removed) without rebuilding them.
 */
export function securityHeaders(options: { production: boolean; devClient: boolean }): RequestHandler {
  const headers = helmetOutput(
    helmet({
      contentSecurityPolicy: options.devClient
        ? false
        : { useDefaults: false, directives: contentSecurityPolicy(options.production) },
      // A year, as browsers' preload lists expect; only where the site is served over TLS.
      strictTransportSecurity: options.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'same-origin' },
    }),
  );
  return (_req, res, next) => {
    for (const name of headers.removed) res.removeHeader(name);
    for (const [name, value] of headers.set) res.setHeader(name, value);
    next();
  };
}

/** The headers a helmet middleware sets and removes, from one run on a stand-in request. */
function helmetOutput(middleware: RequestHandler): { set: [string, string][]; removed: string[] } {
  const set = new Map<string, string>();
  const removed: string[] = [];
  const res = {
    setHeader(name: string, value: string) {
      set.set(name, String(value));
      return res;
    },
    removeHeader(name: string) {
      set.delete(name);
      removed.push(name);
    },
  };
  let done = false;
  middleware({ headers: {} } as never, res as never, (err?: unknown) => {
    if (err) throw err;
    done = true;
  });
  if (!done) throw new Error('the security headers middleware did not finish synchronously');
  return { set: [...set], removed };
}
