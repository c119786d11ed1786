import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';
import {
  cachedViewer,
  findSession,
  hashToken,
  readCookie,
  rememberViewer,
  SESSION_COOKIE,
  requestToken,
  setSessionCookie,
  toViewer,
  type Viewer,
} from '../../auth/index.js';
import type { PersonDoc } from './person.model.js';
import { peopleCollection } from './person.repository.js';

/** Resolves the request's session cookie to a viewer (renewing the cookie when the session slid), or null. */
export function loadViewer(req: Request, res: Response, secureCookies: boolean): Promise<Viewer | null> {
  return viewerOfToken(requestToken(req), (token, expiresAt) => setSessionCookie(res, token, expiresAt, secureCookies));
}

/**
 * Resolves the session cookie of a WebSocket upgrade to a viewer, or null. The upgrade has no
 * response to renew the cookie on; the page's next HTTP request renews it.
 */
export function loadSocketViewer(req: IncomingMessage): Promise<Viewer | null> {
  return viewerOfToken(readCookie(req.headers.cookie, SESSION_COOKIE), () => {});
}

async function viewerOfToken(
  token: string | undefined,
  renew: (token: string, expiresAt: Date) => void,
): Promise<Viewer | null> {
  if (!token) return null;
  const tokenHash = hashToken(token);
  const cached = cachedViewer(tokenHash);
  if (cached) return cached;
  type ViewerPerson = Pick<PersonDoc, '_id' | 'name' | 'email' | 'memberships' | 'active'>;
  const found = await findSession<ViewerPerson>(token, new Date(), {
    from: peopleCollection(),
    fields: { name: 1, email: 1, memberships: 1, active: 1 },
  });
  const person = found?.person;
  // Deactivating ends the person's sessions; a session that outlived that in a race still counts for nothing.
  if (!found || !person || person.active === false) return null;
  if (found.renewed) renew(token, found.session.expiresAt);
  const viewer = toViewer(person);
  rememberViewer(tokenHash, viewer, found.session.expiresAt);
  return viewer;
}
