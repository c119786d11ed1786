import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import type { ClientSession, PipelineStage, Types } from 'mongoose';
import { SessionModel, type SessionDoc } from './session.model.js';
import { forgetPerson, forgetSession } from './viewer-cache.js';

/** The cookie that carries the session token. */
export const SESSION_COOKIE = 'lyfta_session';
/** A session lives this long after its last renewal. */
export const SESSION_TTL_MS = 14 * 24 * 3600_000;
// Renewing on every request would write on every read; once a day is enough for a 14-day window.
const RENEW_AFTER_MS = 24 * 3600_000;

/** SHA-256 of a token, as stored in the database. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Reads one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Builds the Set-Cookie value: HTTP-only, SameSite=Lax, path /, Secure in production. */
export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  const parts = [
    `${SESSION_COOKIE}=${encodeURIComponent(token)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Expires=${expiresAt.toUTCString()}`,
    `Max-Age=${Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000))}`,
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

/** The Set-Cookie value that removes the session cookie. */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0${secure ? '; Secure' : ''}`;
}

/** Creates a session for a person (inside the caller's transaction, if given); returns the raw token (never stored) and its expiry. */
export async function createSession(
  personId: Types.ObjectId,
  ip: string | undefined,
  dbSession?: ClientSession,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await SessionModel.create(
    [{ tokenHash: hashToken(token), personId, createdAt: now, expiresAt, lastSeenAt: now, ip: ip ?? null }],
    { session: dbSession ?? null },
  );
  return { token, expiresAt };
}

/** Finds the live session for a token, renewing its expiry when it is due (sliding expiry). */
export async function findSession<P = never>(
  token: string,
  now = new Date(),
  withPerson?: { from: string; fields: Record<string, 1> },
): Promise<{ session: SessionDoc; person?: P; renewed: boolean } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  // One round trip per request: the session and, when asked, its person joined in the same query.
  const pipeline: PipelineStage[] = [{ $match: { tokenHash: hashToken(token) } }, { $limit: 1 }];
  if (withPerson) {
    pipeline.push(
      { $lookup: { from: withPerson.from, localField: 'personId', foreignField: '_id', as: 'person' } },
      { $set: { person: { $first: '$person' } } },
    );
  }
  const [found] = await SessionModel.aggregate<SessionDoc & { person?: P & Record<string, unknown> }>(pipeline);
  if (!found || found.expiresAt <= now) return null;
  const { person: joined, ...session } = found;
  const person = joined
    ? (Object.fromEntries(
        Object.keys(withPerson!.fields)
          .concat('_id')
          .map((k) => [k, joined[k]]),
      ) as P)
    : undefined;
  if (now.getTime() - session.lastSeenAt.getTime() < RENEW_AFTER_MS) return { session, person, renewed: false };
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await SessionModel.updateOne({ _id: session._id }, { $set: { expiresAt, lastSeenAt: now } });
  return { session: { ...session, expiresAt, lastSeenAt: now }, person, renewed: true };
}

/** Deletes the session behind a token so the cookie no longer works anywhere; returns whose it was. */
export async function deleteSession(token: string, dbSession?: ClientSession): Promise<Types.ObjectId | null> {
  forgetSession(hashToken(token));
  const deleted = await SessionModel.findOneAndDelete({ tokenHash: hashToken(token) }, { session: dbSession ?? null })
    .select({ personId: 1 })
    .lean<Pick<SessionDoc, 'personId'>>();
  return deleted?.personId ?? null;
}

/** Ends every session of a person inside the caller's transaction (they were deactivated); returns how many. */
export async function deleteSessionsOf(personId: Types.ObjectId, dbSession: ClientSession): Promise<number> {
  const { deletedCount } = await SessionModel.deleteMany({ personId }, { session: dbSession });
  forgetPerson(personId.toHexString());
  return deletedCount;
}

/** The session token the request carries, if any. */
export function requestToken(req: Request): string | undefined {
  return readCookie(req.headers.cookie, SESSION_COOKIE);
}

/** Sets the session cookie on the response. */
export function setSessionCookie(res: Response, token: string, expiresAt: Date, secure: boolean): void {
  res.append('Set-Cookie', sessionCookie(token, expiresAt, secure));
}
