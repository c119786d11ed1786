import type { Request, Response } from 'express';
import {
  cachedViewer,
  findSession,
  hashToken,
  rememberViewer,
  requestToken,
  setSessionCookie,
  toViewer,
  type Viewer,
} from '../../auth/index.js';
import type { PersonDoc } from './person.model.js';
import { peopleCollection } from './person.repository.js';

/** Resolves the request's session cookie to a viewer (renewing the cookie when the session slid), or null. */
export async function loadViewer(req: Request, res: Response, secureCookies: boolean): Promise<Viewer | null> {
  const token = requestToken(req);
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
  if (found.renewed) setSessionCookie(res, token, found.session.expiresAt, secureCookies);
  const viewer = toViewer(person);
  rememberViewer(tokenHash, viewer, found.session.expiresAt);
  return viewer;
}
