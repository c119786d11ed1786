import { isIP } from 'node:net';
import { z } from 'zod';

/** Express's `trust proxy` setting: nobody (false), everybody (true), a hop count, or trusted proxies' addresses. */
export type TrustProxy = boolean | number | string[];

// The names Express (proxy-addr) knows for whole address ranges.
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isContiguousIpv4Mask(mask: string): boolean {
  const bits = mask.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
  const inverted = 0xffffffff - bits;
  return (inverted & (inverted + 1)) === 0;
}

/** Whether one entry is an address, a CIDR range or a named range that Express accepts. */
export function isTrustedProxyEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const slash = entry.indexOf('/');
  const address = slash < 0 ? entry : entry.slice(0, slash);
  const family = isIP(address);
  if (family === 0) return false;
  if (slash < 0) return true;
  const range = entry.slice(slash + 1);
  if (/^\d{1,3}$/.test(range)) return Number(range) <= (family === 4 ? 32 : 128);
  return family === 4 && isIP(range) === 4 && isContiguousIpv4Mask(range);
}

/** Parses `TRUST_PROXY` as Express's setting; unset, empty or `false` trusts no proxy. */
export const trustProxySchema = z
  .string()
  .optional()
  .transform((raw, ctx): TrustProxy => {
    const text = raw?.trim() ?? '';
    if (text === '' || text === 'false') return false;
    if (text === 'true') return true;
    if (/^\d{1,3}$/.test(text)) return Number(text);
    const entries = text
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const bad = entries.filter((e) => !isTrustedProxyEntry(e));
    if (entries.length === 0 || bad.length > 0) {
      ctx.issues.push({
        code: 'custom',
        message: `not an address, CIDR range, loopback/linklocal/uniquelocal, hop count, true or false: ${bad.join(', ')}`,
        input: raw,
      });
      return z.NEVER;
    }
    return entries;
  });
