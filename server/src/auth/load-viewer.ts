import type { Request, Response } from 'express';
import { PersonModel, type PersonDoc } from '../modules/people/person.model.js';
import type { Viewer } from './viewer.js';
import { findSession, hashToken, requestToken, setSessionCookie } from './session.js';
import { cachedViewer, rememberViewer } from './viewer-cache.js';

/** Builds the Viewer contract from a person document. */
export function toViewer(person: Pick<PersonDoc, '_id' | 'name' | 'email' | 'memberships'>): Viewer {
  return {
    personId: person._id.toHexString(),
    name: person.name,
    email: person.email,
    memberships: person.memberships.map((m) => ({
      organisationId: m.organisationId.toHexString(),
      organisationCode: m.organisationCode,
      municipalityCode: m.municipalityCode,
      role: m.role,
    })),
  };
}

/** Resolves the request's session cookie to a viewer (renewing the cookie when the session slid), or null. */
export async function loadViewer(req: Request, res: Response, secureCookies: boolean): Promise<Viewer | null> {
  const token = requestToken(req);
  if (!token) return null;
  const tokenHash = hashToken(token);
  const cached = cachedViewer(tokenHash);
  if (cached) return cached;
  type ViewerPerson = Pick<PersonDoc, '_id' | 'name' | 'email' | 'memberships'>;
  const found = await findSession<ViewerPerson>(token, new Date(), {
    from: PersonModel.collection.collectionName,
    fields: { name: 1, email: 1, memberships: 1 },
  });
  const person = found?.person;
  if (!found || !person) return null;
  if (found.renewed) setSessionCookie(res, token, found.session.expiresAt, secureCookies);
  const viewer = toViewer(person);
  rememberViewer(tokenHash, viewer, found.session.expiresAt);
  return viewer;
}
