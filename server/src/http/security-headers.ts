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
 */
export function securityHeaders(options: { production: boolean; devClient: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: options.devClient
      ? false
      : { useDefaults: false, directives: contentSecurityPolicy(options.production) },
    // A year, as browsers' preload lists expect; only where the site is served over TLS.
    strictTransportSecurity: options.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
  });
}
