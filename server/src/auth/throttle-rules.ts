import { z } from 'zod';

/**
 * One sign-in throttling rule. Within any `windowMs` (a sliding window, estimated from the
 * current and the previous fixed window) the first `freeFailures` counted attempts pass at once;
 * after that each further attempt must wait `firstDelayMs` after the previous one, then twice as
 * long, and so on, at most `maxDelayMs`.
 */
export interface LoginThrottleRule {
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
  windowMs: number;
}

/** The rules for one account (also used per trusted browser) and for one client address. */
export interface LoginThrottleRules {
  account: LoginThrottleRule;
  address: LoginThrottleRule;
}

/** `LOGIN_THROTTLE_ACCOUNT`'s default: 5 free failures in 24 hours, then 1 s doubling to at most 15 min. */
export const DEFAULT_ACCOUNT_RULE = '5:1:900:86400';
/** `LOGIN_THROTTLE_ADDRESS`'s default: 100 free failures an hour, then 1 s doubling to at most 1 min. */
export const DEFAULT_ADDRESS_RULE = '100:1:60:3600';

const RULE_FORMAT = /^(\d{1,6}):(\d{1,6}):(\d{1,7}):(\d{1,7})$/;
const WEEK_S = 7 * 24 * 3600;

/** Parses `FREE:FIRST:MAX:WINDOW` (a count, then seconds); a string says what is wrong. */
export function parseThrottleRule(text: string): LoginThrottleRule | string {
  const m = RULE_FORMAT.exec(text.trim());
  if (!m) return 'must be FREE_FAILURES:FIRST_DELAY_S:MAX_DELAY_S:WINDOW_S, e.g. 5:1:900:86400';
  const [free, first, max, window] = m.slice(1).map(Number) as [number, number, number, number];
  if (first < 1) return 'the first delay must be at least 1 second';
  if (max < first) return 'the longest delay must not be shorter than the first';
  if (max > WEEK_S || window < 1 || window > WEEK_S)
    return 'delays and the window must lie between 1 second and a week';
  return { freeFailures: free, firstDelayMs: first * 1000, maxDelayMs: max * 1000, windowMs: window * 1000 };
}

/** A zod schema for one `LOGIN_THROTTLE_*` variable, falling back to its default when unset. */
export function throttleRuleSchema(fallback: string) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): LoginThrottleRule => {
      const parsed = parseThrottleRule(raw?.trim() ? raw : fallback);
      if (typeof parsed === 'string') {
        ctx.issues.push({ code: 'custom', message: parsed, input: raw });
        return z.NEVER;
      }
      return parsed;
    });
}

/** The rules when nothing is configured. */
export const DEFAULT_LOGIN_THROTTLE: LoginThrottleRules = {
  account: parseThrottleRule(DEFAULT_ACCOUNT_RULE) as LoginThrottleRule,
  address: parseThrottleRule(DEFAULT_ADDRESS_RULE) as LoginThrottleRule,
};
