import { backgroundKeys } from '../../indicators/index.js';
import type { MunicipalityYear } from './model.js';

/** A municipality and its distance to another one on the standardised background shares. */
export interface Neighbour {
  code: string;
  distance: number;
}

/**
 * The municipalities nearest to `code` by the three background shares the results model uses,
 * each share standardised (mean 0, standard deviation 1 across the year's municipalities that have
 * all three) so that no share weighs more for being spread wider. Nearest first, ties by code;
 * municipalities lacking a share are left out; empty when `code` lacks one.
 */
export function nearestByBackground(rows: readonly MunicipalityYear[], code: string, first: number): Neighbour[] {
  const complete = rows.filter((r) =>
    backgroundKeys.every((k) => typeof r.background[k] === 'number' && Number.isFinite(r.background[k])),
  );
  const own = complete.find((r) => r.code === code);
  if (!own || complete.length < 2) return [];
  const scale = backgroundKeys.map((k) => {
    const values = complete.map((r) => r.background[k] as number);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
    return { key: k, sd: sd || 1 };
  });
  return complete
    .filter((r) => r.code !== code)
    .map((r) => ({
      code: r.code,
      distance: Math.sqrt(
        scale.reduce(
          (s, { key, sd }) => s + (((r.background[key] as number) - (own.background[key] as number)) / sd) ** 2,
          0,
        ),
      ),
    }))
    .sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code))
    .slice(0, first);
}
