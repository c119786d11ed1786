import type { Resolvers } from './generated/resolvers-types.js';
import { DateTime } from './scalars.js';
import { healthResolvers } from '../modules/health/index.js';

// Each module contributes its resolver map; they are merged per type here.
const moduleResolvers: Resolvers[] = [healthResolvers];

/** All resolvers of the API, merged from the modules. */
export function buildResolvers(): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of moduleResolvers) {
    for (const [type, fields] of Object.entries(part)) {
      merged[type] = { ...(merged[type] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return { ...(merged as Resolvers), DateTime };
}
