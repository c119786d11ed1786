import { randomBytes } from 'node:crypto';
import type { Request } from 'express';
import type { ClientSession, Types } from 'mongoose';
import { DeviceModel } from './device.model.js';
import { hashToken, readCookie } from './session.js';

/** The cookie that marks a browser as one that has signed in to an account before. */
export const DEVICE_COOKIE = 'lyfta_device';
/** A device cookie lives this long after the last successful sign-in that issued it. */
export const DEVICE_TTL_MS = 180 * 24 * 3600_000;

/** The device token the request carries, if any. */
export function requestDeviceToken(req: Request): string | undefined {
  return readCookie(req.headers.cookie, DEVICE_COOKIE);
}

/**
 * Builds the Set-Cookie value. Only sign-in needs it, so it is sent to /graphql only;
 * HTTP-only so scripts cannot copy it, SameSite=Strict as sign-in is never cross-site.
 */
export function deviceCookie(token: string, expiresAt: Date, secure: boolean): string {
  const parts = [
    `${DEVICE_COOKIE}=${encodeURIComponent(token)}`,
    'Path=/graphql',
    'HttpOnly',
    'SameSite=Strict',
    `Expires=${expiresAt.toUTCString()}`,
    `Max-Age=${Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000))}`,
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

/** The hash of the request's device token if it is a live device cookie of this person, else null. */
export async function trustedDeviceHash(
  token: string | undefined,
  personId: Types.ObjectId | undefined,
  now = new Date(),
): Promise<string | null> {
  if (!token || !personId || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const tokenHash = hashToken(token);
  const device = await DeviceModel.findOne({ tokenHash }).select({ personId: 1, expiresAt: 1 }).lean();
  return device && device.personId.equals(personId) && device.expiresAt > now ? tokenHash : null;
}

/** Issues a fresh device cookie for a person after a successful sign-in, retiring the one it replaces. */
export async function issueDevice(
  personId: Types.ObjectId,
  replacedHash: string | null,
  dbSession?: ClientSession,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + DEVICE_TTL_MS);
  if (replacedHash) await DeviceModel.deleteOne({ tokenHash: replacedHash, personId }, { session: dbSession });
  await DeviceModel.create([{ tokenHash: hashToken(token), personId, createdAt: now, expiresAt }], {
    session: dbSession ?? null,
  });
  return { token, expiresAt };
}
