import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSkolverketFile } from '../../server/src/modules/results/index.js';
import { cacheUsage } from '../../server/src/shared/cache-budget.js';
import { createLogger } from '../../server/src/shared/logger.js';
import { projectRoot } from '../../server/src/shared/paths.js';
import { ApiClient, errorCode, makeMunicipality, makePerson, signedIn } from '../support/api.js';
import { startTestServer, type TestServer } from '../support/server.js';

const LONG = join(projectRoot, 'server/opendata/skolverket/ak9_betygsresultat_over_tid_kommun_long.csv.gz');
const CACHE_MB = 1;

const RANKING = `query($year: Int!, $weights: RankingWeights) {
  ranking(year: $year, weights: $weights) {
    year total weights
    municipalities { municipalityCode name rank score band incomplete
      factors { measure actual { value missingReason mark } modelValue deviation rank rankMissing deviationRank band } }
  }
}`;

// What a ranking page needs; a few hundred of these stay quick.
const LEAN = `query($year: Int!, $weights: RankingWeights) {
  ranking(year: $year, weights: $weights) { total municipalities { municipalityCode name rank score band } }
}`;

const responseCache = () => cacheUsage().find((c) => c.name === 'resultsResponses')!;

describe('memory: every cache is bounded by bytes, weights by range', () => {
  let server: TestServer;
  let teacher: ApiClient;

  beforeAll(async () => {
    server = await startTestServer({ env: { LYFTA_CACHE_MB: String(CACHE_MB) } });
    // One school year of the real file: every municipality ranked, imported in a few seconds.
    const lines = gunzipSync(readFileSync(LONG)).toString('utf8').split('\n');
    const file = join(server.dataDir, 'long-one-year.csv');
    writeFileSync(file, [lines[0], ...lines.slice(1).filter((l) => l.includes(',2024/25,'))].join('\n'));
    await importSkolverketFile(file, createLogger('silent'));
    const orebro = await makeMunicipality('1880', 'Örebro kommun');
    await makePerson('larare@orebro.test', [{ organisation: orebro, role: 'teacher' }]);
    teacher = await signedIn(server.url, 'larare@orebro.test');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses weights outside 0–100, or all zero, as BAD_USER_INPUT naming the field in Swedish and English', async () => {
    for (const [weights, field] of [
      [{ meritValue: 1e308 }, 'weights.meritValue'],
      [{ allSubjects: -1 }, 'weights.allSubjects'],
      [{ vocationalEligibleDeviation: 100.5 }, 'weights.vocationalEligibleDeviation'],
      [
        {
          allSubjects: 0,
          allSubjectsDeviation: 0,
          meritValue: 0,
          meritValueDeviation: 0,
          vocationalEligible: 0,
          vocationalEligibleDeviation: 0,
        },
        'weights',
      ],
    ] as const) {
      const res = await teacher.gql(RANKING, { year: 2025, weights });
      expect(errorCode(res), JSON.stringify(weights)).toBe('BAD_USER_INPUT');
      const problem = res.errors![0]!.extensions.fields![0]!;
      expect(problem.field).toBe(field);
      expect(problem.message.sv).toMatch(/[a-zåäö]/);
      expect(problem.message.en).toMatch(/[a-z]/);
    }
    // A literal too large for a double reaches the resolver as Infinity: refused the same way.
    const literal = await teacher.gql('{ ranking(year: 2025, weights: { meritValue: 1e400 }) { total } }');
    expect(errorCode(literal)).toBe('BAD_USER_INPUT');
    expect(literal.errors![0]!.extensions.fields![0]!.field).toBe('weights.meritValue');
    // The ends of the range are fine.
    const { ranking } = await teacher.ok(RANKING, { year: 2025, weights: { meritValue: 100, allSubjects: 0 } });
    expect(ranking.total).toBe(290);
    expect(ranking.weights).toEqual([0, 1, 100, 1, 1, 1]);
  });

  it('keeps the results cache within its share of LYFTA_CACHE_MB over hundreds of distinct weightings', async () => {
    const limit = responseCache().maxBytes;
    expect(limit).toBe((CACHE_MB * 1024 * 1024) / 2);
    let answered = 0;
    for (let i = 0; i < 200; i++) {
      // Distinct weightings: answered, never stored.
      const weights = { meritValue: 1 + (i % 99), allSubjectsDeviation: (i * 7) % 100, vocationalEligible: i / 200 };
      const entries = responseCache().entries;
      answered += (await teacher.ok(LEAN, { year: 2025, weights })).ranking.total;
      expect(responseCache().entries).toBe(entries);
      // Distinct query texts for the default ranking: each a new cache key.
      if (i % 5 === 0)
        answered += (await teacher.ok(LEAN.replace('query(', `query Lean${i}(`), { year: 2025 })).ranking.total;
      expect(responseCache().bytes).toBeLessThanOrEqual(limit);
    }
    expect(answered).toBe(240 * 290);
    // The cache is in use, not merely empty: full of default rankings, the oldest evicted.
    expect(responseCache().bytes).toBeGreaterThan(limit / 2);
    expect(responseCache().entries).toBeLessThan(40);
    for (const cache of cacheUsage()) expect(cache.bytes, cache.name).toBeLessThanOrEqual(cache.maxBytes);
  });

  it('still answers a repeated default ranking from the cache with the same bytes', async () => {
    const first = await teacher.gql(RANKING, { year: 2025 });
    const again = await teacher.gql(RANKING, { year: 2025 });
    expect(again).toEqual(first);
    expect(first.data).toBeTruthy();
  });
});
