import { randomBytes } from 'node:crypto';
import type { ClientSession, Types } from 'mongoose';
import { PasswordTokenModel } from './password-token.model.js';
import { hashToken } from './session.js';

/** A set-password link is valid this long after it was made. */
export const PASSWORD_TOKEN_TTL_MS = 7 * 24 * 3600_000;

/** The shape of a token this module makes; anything else is refused before the database is asked. */
export const PASSWORD_TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/**
 * Makes a new one-time set-password token for a person inside the caller's transaction; every
 * earlier token of theirs stops working. Returns the raw token (never stored) and its expiry.
 */
export async function issuePasswordToken(
  personId: Types.ObjectId,
  session: ClientSession,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + PASSWORD_TOKEN_TTL_MS);
  await PasswordTokenModel.deleteMany({ personId }, { session });
  await PasswordTokenModel.create([{ tokenHash: hashToken(token), personId, createdAt: now, expiresAt }], {
    session,
  });
  return { token, expiresAt };
}

/**
 * Uses up a token inside the caller's transaction: whose it was, or null when it is malformed,
 * unknown, already used or expired. Deleting is the use, so of two concurrent uses one wins.
 */
export async function consumePasswordToken(
  token: string,
  session: ClientSession,
  now = new Date(),
): Promise<Types.ObjectId | null> {
  if (!PASSWORD_TOKEN_FORMAT.test(token)) return null;
  const used = await PasswordTokenModel.findOneAndDelete({ tokenHash: hashToken(token) }, { session })
    .select({ personId: 1, expiresAt: 1 })
    .lean<{ personId: Types.ObjectId; expiresAt: Date }>();
  if (!used || used.expiresAt <= now) return null;
  return used.personId;
}

/** Drops every set-password token of a person (they were deactivated). */
export async function dropPasswordTokens(personId: Types.ObjectId, session: ClientSession): Promise<void> {
  await PasswordTokenModel.deleteMany({ personId }, { session });
}
