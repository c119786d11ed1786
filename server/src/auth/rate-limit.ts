import mongoose from 'mongoose';
import { AppError } from '../shared/errors.js';
import { LoginFailureModel } from './login-attempt.model.js';

/** How many failed sign-ins are allowed per key within the window. */
export const LOGIN_LIMITS = { windowMs: 15 * 60_000, perAccount: 10, perIp: 30 } as const;

/** Raised when too many sign-ins failed recently; says when to try again. */
export class LoginRateLimitedError extends AppError {
  constructor(retryAt: Date) {
    const time = retryAt.toISOString();
    super(
      'FORBIDDEN',
      {
        sv: `För många misslyckade inloggningar. Försök igen efter ${time.slice(11, 16)} UTC.`,
        en: `Too many failed sign-ins. Try again after ${time.slice(11, 16)} UTC.`,
      },
      {
        reason: 'RATE_LIMITED',
        retryAt: time,
        retryAfterSeconds: Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 1000)),
      },
    );
  }
}

/** The keys a sign-in attempt counts against. */
export function loginKeys(email: string, ip: string): { account: string; ip: string } {
  return { account: `email:${email.trim().toLowerCase()}`, ip: `ip:${ip}` };
}

/** When the key may try again, or null while it is under the limit. Pure: takes the failure times in the window. */
export function retryTime(failures: Date[], limit: number, windowMs: number): Date | null {
  if (failures.length < limit) return null;
  const sorted = [...failures].sort((a, b) => a.getTime() - b.getTime());
  // The attempt is allowed again once enough of the oldest failures have left the window.
  const unlocking = sorted[sorted.length - limit]!;
  return new Date(unlocking.getTime() + windowMs);
}

/** Throws LoginRateLimitedError if the account or the IP has too many recent failures. */
export async function assertLoginAllowed(email: string, ip: string, now = new Date()): Promise<void> {
  const keys = loginKeys(email, ip);
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMs);
  const recent = await LoginFailureModel.find({
    key: mongoose.trusted({ $in: [keys.account, keys.ip] }),
    at: mongoose.trusted({ $gt: since }),
  })
    .select({ key: 1, at: 1 })
    .lean();
  const at = (key: string) => recent.filter((f) => f.key === key).map((f) => f.at);
  const retry = [
    retryTime(at(keys.account), LOGIN_LIMITS.perAccount, LOGIN_LIMITS.windowMs),
    retryTime(at(keys.ip), LOGIN_LIMITS.perIp, LOGIN_LIMITS.windowMs),
  ].filter((d): d is Date => d !== null && d > now);
  if (retry.length) throw new LoginRateLimitedError(new Date(Math.max(...retry.map((d) => d.getTime()))));
}

/** Counts one failed sign-in against the account and the IP. */
export async function recordLoginFailure(email: string, ip: string, now = new Date()): Promise<void> {
  const keys = loginKeys(email, ip);
  await LoginFailureModel.insertMany([
    { key: keys.account, at: now },
    { key: keys.ip, at: now },
  ]);
}

/** Forgets an account's failures after a successful sign-in (the IP's stay counted). */
export async function clearLoginFailures(email: string): Promise<void> {
  await LoginFailureModel.deleteMany({ key: loginKeys(email, '').account });
}
