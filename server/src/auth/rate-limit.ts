import mongoose from 'mongoose';
import { AppError } from '../shared/errors.js';
import { LoginAttemptModel, type LoginAttemptDoc } from './login-attempt.model.js';
import type { LoginThrottleRule, LoginThrottleRules } from './throttle-rules.js';

/** Raised when a sign-in must wait before it may be tried; says how long. */
export class LoginRateLimitedError extends AppError {
  constructor(retryAt: Date, now = new Date()) {
    const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
    const minutes = Math.ceil(seconds / 60);
    const wait =
      seconds < 120
        ? {
            sv: `${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}`,
            en: `${seconds} second${seconds === 1 ? '' : 's'}`,
          }
        : { sv: `${minutes} minuter`, en: `${minutes} minutes` };
    super(
      'FORBIDDEN',
      {
        sv: `För många misslyckade inloggningar. Försök igen om ${wait.sv}.`,
        en: `Too many failed sign-ins. Try again in ${wait.en}.`,
      },
      { reason: 'RATE_LIMITED', retryAt: retryAt.toISOString(), retryAfterSeconds: seconds },
    );
  }
}

/** What a sign-in attempt is counted against. */
export type ThrottleKind = 'account' | 'address' | 'device';

/** The counter's key for one kind and id in the window that `now` falls in. */
export function throttleKey(kind: ThrottleKind, id: string, rule: LoginThrottleRule, now: Date): string {
  return `${kind}:${id}:${windowOf(now, rule)}`;
}

const windowOf = (at: Date, rule: LoginThrottleRule) => Math.floor(at.getTime() / rule.windowMs);

/**
 * How many of the previous window's attempts still count at `now`: all of them as the window
 * ends, none as the next one ends, in proportion between. The count of the last `windowMs` is
 * estimated from two fixed windows (a sliding-window counter), so a window's end neither resets
 * a running wait nor gives a fresh batch of free attempts. Rounded up. Pure.
 */
export function carriedOver(previousCount: number, rule: LoginThrottleRule, now: Date): number {
  const intoWindow = (now.getTime() % rule.windowMs) / rule.windowMs;
  return Math.ceil(previousCount * (1 - intoWindow));
}

/** How long after the latest counted attempt the next one must wait, given how many are counted. Pure. */
export function waitAfter(counted: number, rule: LoginThrottleRule): number {
  if (counted < rule.freeFailures) return 0;
  return Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** (counted - rule.freeFailures));
}

/** When the next attempt may start, or null if it may start now. Pure. */
export function nextAttemptAt(
  state: { count: number; lastAt: Date } | null,
  rule: LoginThrottleRule,
  now: Date,
): Date | null {
  if (!state) return null;
  const wait = waitAfter(state.count, rule);
  if (wait === 0) return null;
  const at = state.lastAt.getTime() + wait;
  return at > now.getTime() ? new Date(at) : null;
}

/** One counted attempt on one key; `previousLastAt` is set when it took a slot after a wait. */
interface Reservation {
  key: string;
  at: Date;
  previousLastAt: Date | null;
}

// Conditional updates lose only to another attempt that was counted; past this many rounds the
// key is under a flood, and waiting one first delay is the honest answer.
const MAX_ROUNDS = 20;

function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 11000;
}

const later = (a: Date | undefined, b: Date | undefined) => (a && b ? (a > b ? a : b) : (a ?? b));

/** Counts one attempt against a counter before the password is checked, or says when it may be tried. */
async function reserve(
  kind: ThrottleKind,
  id: string,
  rule: LoginThrottleRule,
  now: Date,
): Promise<Reservation | { retryAt: Date }> {
  const window = windowOf(now, rule);
  const key = `${kind}:${id}:${window}`;
  // A window's document is read again through the next window, so it lives until that one ends.
  const expiresAt = new Date((window + 2) * rule.windowMs);
  const previous = await LoginAttemptModel.findOne({ key: `${kind}:${id}:${window - 1}` })
    .select({ count: 1, lastAt: 1 })
    .lean<LoginAttemptDoc>();
  const carried = previous ? carriedOver(previous.count, rule, now) : 0;
  // Attempts of this window that still pass at once, after what the previous window carries.
  const freeLeft = rule.freeFailures - carried;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    // While attempts are free, one conditional increment decides: the database counts them one
    // at a time, so no more than the free number pass however many arrive together.
    if (freeLeft > 0) {
      try {
        const free = await LoginAttemptModel.updateOne(
          { key, count: mongoose.trusted({ $lt: freeLeft }) },
          { $inc: { count: 1 }, $max: { lastAt: now }, $setOnInsert: { expiresAt } },
          { upsert: true },
        );
        if (free.matchedCount + free.upsertedCount === 1) return { key, at: now, previousLastAt: null };
      } catch (err) {
        // The key's count is already at the free number (the upsert collided with it), or another
        // attempt created the document first: read it and decide below.
        if (!isDuplicateKey(err)) throw err;
      }
    }
    const state = await LoginAttemptModel.findOne({ key }).select({ count: 1, lastAt: 1 }).lean<LoginAttemptDoc>();
    if (state && state.count < freeLeft) continue;
    const lastAt = later(state?.lastAt, previous?.lastAt) ?? now;
    const retryAt = nextAttemptAt({ count: carried + (state?.count ?? 0), lastAt }, rule, now);
    if (retryAt) return { retryAt };
    // The wait is over: exactly one attempt takes the next slot, the others see the new wait.
    if (state) {
      const taken = await LoginAttemptModel.updateOne(
        { key, count: state.count, lastAt: state.lastAt },
        { $set: { count: state.count + 1, lastAt: now } },
      );
      if (taken.matchedCount === 1) return { key, at: now, previousLastAt: state.lastAt };
    } else {
      // The first attempt of a window that the previous one still slows down.
      try {
        const opened = await LoginAttemptModel.updateOne(
          { key },
          { $setOnInsert: { count: 1, lastAt: now, expiresAt } },
          { upsert: true },
        );
        if (opened.upsertedCount === 1) return { key, at: now, previousLastAt: null };
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    }
  }
  return { retryAt: new Date(now.getTime() + rule.firstDelayMs) };
}

/** Takes back an attempt that turned out to be a successful sign-in, so it does not count as a failure. */
async function giveBack(r: Reservation): Promise<void> {
  if (r.previousLastAt) {
    // Nobody took a slot after this one yet: restore the wait that was running before it.
    const restored = await LoginAttemptModel.updateOne(
      { key: r.key, lastAt: r.at, count: mongoose.trusted({ $gt: 0 }) },
      { $inc: { count: -1 }, $set: { lastAt: r.previousLastAt } },
    );
    if (restored.matchedCount === 1) return;
  }
  await LoginAttemptModel.updateOne({ key: r.key, count: mongoose.trusted({ $gt: 0 }) }, { $inc: { count: -1 } });
}

/** Who is signing in, as far as throttling is concerned. */
export interface LoginSubject {
  /** The normalised email address tried (whether or not such an account exists). */
  email: string;
  /** The client's address as Express determined it (trusting only configured proxies). */
  ip: string;
  /** The hash of a device cookie this account issued to this browser, if the browser has one. */
  trustedDeviceHash: string | null;
}

/** A sign-in attempt that has been counted; tell it when the password proved right. */
export interface LoginAttemptHold {
  /** The attempt signed in: it stops counting, and a trusted browser's own failures are forgotten. */
  succeeded(): Promise<void>;
}

/**
 * Counts a sign-in attempt before its password is checked, and throws LoginRateLimitedError when
 * it must wait. A trusted browser counts only against itself, so failures from elsewhere never
 * slow the account's owner down there; other browsers count against the account and the address.
 */
export async function reserveLoginAttempt(
  subject: LoginSubject,
  rules: LoginThrottleRules,
  now = new Date(),
): Promise<LoginAttemptHold> {
  const counters: Array<[ThrottleKind, string, LoginThrottleRule]> = subject.trustedDeviceHash
    ? [['device', subject.trustedDeviceHash, rules.account]]
    : [
        ['account', subject.email, rules.account],
        ['address', subject.ip, rules.address],
      ];
  const held: Reservation[] = [];
  for (const [kind, id, rule] of counters) {
    const outcome = await reserve(kind, id, rule, now);
    if ('retryAt' in outcome) {
      await Promise.all(held.map(giveBack));
      throw new LoginRateLimitedError(outcome.retryAt, now);
    }
    held.push(outcome);
  }
  return {
    async succeeded() {
      if (subject.trustedDeviceHash) {
        // Both windows' counts, so nothing of the browser's own failures carries over.
        const earlier = new Date(now.getTime() - rules.account.windowMs);
        const keys = [now, earlier].map((at) => throttleKey('device', subject.trustedDeviceHash!, rules.account, at));
        await LoginAttemptModel.deleteMany({ key: mongoose.trusted({ $in: keys }) });
      } else await Promise.all(held.map(giveBack));
    },
  };
}
