import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeasurementModel, indicatorIdsByKey } from '../../server/src/modules/indicators/index.js';
import { importKoladaFile, importSkolverketFile, koladaMappingSchema } from '../../server/src/modules/results/index.js';
import { createLogger } from '../../server/src/shared/logger.js';
import { projectRoot } from '../../server/src/shared/paths.js';
import { type ApiClient, makeMunicipality, makePerson, signedIn } from '../support/api.js';
import { startTestServer, type TestServer } from '../support/server.js';

// Kolada's hemkommun KPIs (pupils living in the municipality) are their own perspective, HOME:
// imported there, ranked apart, and never part of Skolverket's ALL ranking or its model.
const LONG = join(projectRoot, 'server/opendata/skolverket/ak9_betygsresultat_over_tid_kommun_long.csv.gz');
const MAPPING = koladaMappingSchema.parse(
  JSON.parse(readFileSync(join(projectRoot, 'scripts/kolada-kpis.json'), 'utf8')),
).kpis;
const HOME_KPI: Record<string, string> = Object.fromEntries(
  Object.entries(MAPPING)
    .filter(([, m]) => m.organiserType === 'home')
    .map(([id, m]) => [m.indicator, id]),
);
const MEASURES = ['ak9.allSubjects', 'ak9.meritValue', 'ak9.vocationalEligible'] as const;
const ENUM = {
  'ak9.allSubjects': 'ALL_SUBJECTS',
  'ak9.meritValue': 'MERIT_VALUE',
  'ak9.vocationalEligible': 'VOCATIONAL_ELIGIBLE',
};

const RANKING = `query($organiserType: OrganiserType) {
  ranking(year: 2025, organiserType: $organiserType) {
    year organiserType total source
    municipalities { municipalityCode rank score band incomplete
      factors { measure actual { value missingReason mark } modelValue deviation rank deviationRank } }
  }
}`;

describe('the home-municipality perspective (Kolada hemkommun)', () => {
  let server: TestServer;
  let teacher: ApiClient;
  let allBefore: unknown;
  /** The 40 municipalities given hemkommun values, and those values by measure. */
  const home = new Map<string, Record<string, number>>();
  const logger = createLogger('silent');

  beforeAll(async () => {
    server = await startTestServer();
    const lines = gunzipSync(readFileSync(LONG)).toString('utf8').split('\n');
    const longFile = join(server.dataDir, 'long-one-year.csv');
    writeFileSync(longFile, [lines[0], ...lines.slice(1).filter((l) => l.includes(',2024/25,'))].join('\n'));
    await importSkolverketFile(longFile, logger);
    const orebro = await makeMunicipality('1880', 'Örebro kommun');
    await makePerson('larare@orebro.test', [{ organisation: orebro, role: 'teacher' }]);
    teacher = await signedIn(server.url, 'larare@orebro.test');
    allBefore = await teacher.ok(RANKING, {});

    // Hemkommun values: the municipality's Samtliga value moved by a known amount, for 40 municipalities.
    const ids = await indicatorIdsByKey();
    const codes = [
      '1880',
      ...(allBefore as { ranking: { municipalities: { municipalityCode: string }[] } }).ranking.municipalities
        .map((m) => m.municipalityCode)
        .filter((c) => c !== '1880')
        .slice(0, 39),
    ];
    for (const [i, code] of codes.entries()) {
      const values: Record<string, number> = {};
      for (const key of MEASURES) {
        const own = await MeasurementModel.findOne({
          indicatorId: ids.get(key),
          organisationCode: code,
          organiserType: 'all',
          year: 2025,
        }).lean<{ value: number | null }>();
        values[key] = Math.round(((own?.value ?? 80) + ((i % 7) - 3) / 2) * 10) / 10;
      }
      home.set(code, values);
    }
    const file = join(server.dataDir, 'kolada-home.json');
    writeFileSync(
      file,
      JSON.stringify({
        kpis: {
          [HOME_KPI['ak9.allSubjects']!]: {
            title: 'Elever i åk 9 som uppnått kunskapskraven i alla ämnen, hemkommun, andel (%)',
          },
          [HOME_KPI['ak9.meritValue']!]: { title: 'Elever i åk 9, meritvärde hemkommun, genomsnitt (17 ämnen)' },
          [HOME_KPI['ak9.vocationalEligible']!]: {
            title: 'Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)',
          },
        },
        values: [...home].flatMap(([code, values]) =>
          MEASURES.map((key) => ({
            kpi: HOME_KPI[key],
            municipality: code,
            period: 2025,
            values: [{ gender: 'T', count: 1, status: '', value: values[key] }],
          })),
        ),
        count: home.size * 3,
        next_url: null,
      }),
    );
    const summary = await importKoladaFile(file, MAPPING, logger);
    expect(summary.inserted).toBe(home.size * 3);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('files the hemkommun rows under home and none under all', async () => {
    expect(Object.keys(HOME_KPI).sort()).toEqual([...MEASURES].sort());
    const docs = await MeasurementModel.find({}, { _id: 0, source: 1, organiserType: 1 }).lean<
      Array<{ source: string; organiserType: string }>
    >();
    const fromKolada = docs.filter((d) => d.source.startsWith('Kolada'));
    expect(fromKolada.filter((d) => d.organiserType === 'home')).toHaveLength(home.size * 3);
    expect(fromKolada.filter((d) => d.organiserType !== 'home')).toEqual([]);
  });

  it('leaves the ALL ranking and its model exactly as they were', async () => {
    expect(await teacher.ok(RANKING, {})).toEqual(allBefore);
    expect(await teacher.ok(RANKING, { organiserType: 'ALL' })).toEqual(allBefore);
  });

  it('ranks HOME on its own: the hemkommun values, the ALL model applied to them', async () => {
    const { ranking } = await teacher.ok(RANKING, { organiserType: 'HOME' });
    expect(ranking).toMatchObject({ year: 2025, organiserType: 'HOME', total: home.size });
    expect(ranking.municipalities.map((m: { rank: number }) => m.rank)[0]).toBe(1);
    const all = new Map(
      (
        allBefore as {
          ranking: {
            municipalities: Array<{ municipalityCode: string; factors: Array<{ modelValue: number | null }> }>;
          };
        }
      ).ranking.municipalities.map((m) => [m.municipalityCode, m]),
    );
    for (const row of ranking.municipalities as Array<{
      municipalityCode: string;
      factors: Array<{ measure: string; actual: { value: number }; modelValue: number; deviation: number }>;
    }>) {
      const values = home.get(row.municipalityCode)!;
      expect(values).toBeDefined();
      for (const [m, key] of MEASURES.entries()) {
        const f = row.factors[m]!;
        expect(f.measure).toBe(ENUM[key]);
        expect(f.actual.value).toBe(values[key]);
        // The same model and the municipality's own background shares: the same model value.
        const allModel = all.get(row.municipalityCode)!.factors[m]!.modelValue;
        if (allModel === null) expect(f.modelValue).toBeNull();
        else {
          expect(f.modelValue).toBeCloseTo(allModel, 6);
          expect(f.deviation).toBeCloseTo(values[key]! - f.modelValue, 6);
        }
      }
    }
    const ids = await indicatorIdsByKey();
    expect(
      await MeasurementModel.countDocuments({
        indicatorId: ids.get('oj.compositeRank'),
        organiserType: 'home',
        year: 2025,
      }),
    ).toBe(home.size);
  });

  it('lists HOME among the populations with a ranking once hemkommun data is imported', async () => {
    const { resultPerspectives } = await teacher.ok('{ resultPerspectives }');
    expect(resultPerspectives).toEqual(['ALL', 'MUNICIPAL', 'INDEPENDENT', 'HOME']);
  });

  it("serves a municipality's HOME results", async () => {
    const { municipalityResults } = await teacher.ok(
      `{ municipalityResults(code: "1880", organiserType: HOME) { organiserType years { year total factors { actual { value } } } } }`,
    );
    expect(municipalityResults.organiserType).toBe('HOME');
    expect(municipalityResults.years).toHaveLength(1);
    expect(municipalityResults.years[0]).toMatchObject({ year: 2025, total: home.size });
    expect(municipalityResults.years[0].factors[1].actual.value).toBe(home.get('1880')!['ak9.meritValue']);
  });
});
