import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { MeasurementModel, indicatorIdsByKey } from '../../server/src/modules/indicators/index.js';
import { ResultsDataVersionModel } from '../../server/src/modules/results/data-version.model.js';
import {
  ImportValidationError,
  importKoladaFile,
  importSkolverketFile,
  loadBundledOpenData,
} from '../../server/src/modules/results/index.js';
import { createLogger } from '../../server/src/shared/logger.js';
import { projectRoot } from '../../server/src/shared/paths.js';
import { ApiClient, errorCode, makeMunicipality, makePerson, signedIn } from '../support/api.js';
import { startTestServer, type TestServer } from '../support/server.js';

// The real long file cut to two school years (all 290 municipalities, every organiser type),
// so the test imports in seconds and still ranks the whole country.
const LONG = join(projectRoot, 'server/opendata/skolverket/ak9_betygsresultat_over_tid_kommun_long.csv.gz');
const UNITS = join(projectRoot, 'server/opendata/skolverket/slutbetyg_ak9_skolenhet_2024-25.csv');
const YEARS = ['2023/24', '2024/25'];

const RANKING = `query($year: Int!, $weights: RankingWeights) {
  ranking(year: $year, weights: $weights) {
    year total weights source
    municipalities { municipalityCode name rank score band incomplete
      factors { measure actual { value missingReason mark } modelValue deviation rank rankMissing deviationRank band } }
  }
}`;

describe('open data: imports, model values, ranking, peers, school units', () => {
  let server: TestServer;
  let teacher: ApiClient;
  let longFile: string;
  const logger = createLogger('silent');

  beforeAll(async () => {
    server = await startTestServer();
    const lines = gunzipSync(readFileSync(LONG)).toString('utf8').split('\n');
    longFile = join(server.dataDir, 'long-two-years.csv');
    writeFileSync(
      longFile,
      [lines[0], ...lines.slice(1).filter((l) => YEARS.some((y) => l.includes(`,${y},`)))].join('\n'),
    );
    await importSkolverketFile(longFile, logger);
    await importSkolverketFile(UNITS, logger);
    const orebro = await makeMunicipality('1880', 'Örebro kommun');
    await makePerson('larare@orebro.test', [{ organisation: orebro, role: 'teacher' }]);
    teacher = await signedIn(server.url, 'larare@orebro.test');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('needs a signed-in viewer', async () => {
    const anonymous = new ApiClient(server.url);
    for (const q of [
      '{ ranking(year: 2025) { total } }',
      '{ municipalityResults(code: "1880") { name } }',
      '{ resultYears }',
    ]) {
      expect(errorCode(await anonymous.gql(q))).toBe('UNAUTHENTICATED');
    }
  });

  it('ranks all 290 municipalities; stored composite ranks match the API', async () => {
    const { ranking } = await teacher.ok(RANKING, { year: 2025 });
    expect(ranking.total).toBe(290);
    expect(ranking.source).toMatch(/Statistik från Skolverket/);
    expect(ranking.municipalities[0].rank).toBe(1);
    const ids = await indicatorIdsByKey();
    const stored = await MeasurementModel.find({
      indicatorId: ids.get('oj.compositeRank'),
      organiserType: 'all',
      year: 2025,
    }).lean();
    expect(stored).toHaveLength(290);
    const storedRank = new Map(stored.map((m) => [m.organisationCode, m.value]));
    for (const m of ranking.municipalities) expect(storedRank.get(m.municipalityCode)).toBe(m.rank);
    // A goal on rank tracks every year with data.
    const years = await MeasurementModel.distinct('year', { indicatorId: ids.get('oj.compositeRank') });
    expect(years.sort()).toEqual([2024, 2025]);
  });

  it('recomputes the composite from the factor ranks it reports', async () => {
    const { ranking } = await teacher.ok(RANKING, { year: 2024 });
    const scores = ranking.municipalities.map(
      (m: { factors: Array<{ rank: number; deviationRank: number }> }) =>
        m.factors.reduce((s, f) => s + f.rank + f.deviationRank, 0) / 6,
    );
    ranking.municipalities.forEach((m: { rank: number; score: number }, i: number) => {
      expect(m.score).toBeCloseTo(scores[i]!, 9);
      expect(m.rank).toBe(1 + scores.filter((s: number) => s < scores[i]! - 1e-9).length);
    });
  });

  it('applies custom weights: only merit value counts', async () => {
    const weights = {
      allSubjects: 0,
      allSubjectsDeviation: 0,
      meritValue: 1,
      meritValueDeviation: 0,
      vocationalEligible: 0,
      vocationalEligibleDeviation: 0,
    };
    const { ranking } = await teacher.ok(RANKING, { year: 2025, weights });
    for (const m of ranking.municipalities) expect(m.rank).toBe(m.factors[1].rank);
    const bad = await teacher.gql(RANKING, { year: 2025, weights: { ...weights, meritValue: 0 } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('shows ~100 as missing with reason APPROXIMATE, never as zero', async () => {
    const { ranking } = await teacher.ok(RANKING, { year: 2025 });
    const approx = ranking.municipalities.flatMap((m: { factors: Array<{ actual: { mark: string | null } }> }) =>
      m.factors.filter((f) => f.actual.mark === '~100'),
    );
    expect(approx.length).toBeGreaterThan(0);
    for (const f of approx) expect(f.actual).toEqual({ value: null, missingReason: 'APPROXIMATE', mark: '~100' });
  });

  it("gives one municipality's history of all six factors and its rank per year", async () => {
    const q = `{ municipalityResults(code: "1880") { municipalityCode name countyName source
      years { year rank total band pupils factors { measure actual { value } modelValue deviation rank deviationRank } } } }`;
    const { municipalityResults: r } = await teacher.ok(q);
    expect(r.name).toBe('Örebro');
    expect(r.countyName).toBe('Örebro län');
    expect(r.years.map((y: { year: number }) => y.year)).toEqual([2024, 2025]);
    const y2025 = r.years[1];
    expect(y2025.pupils).toBe(1987);
    expect(y2025.factors.map((f: { measure: string }) => f.measure)).toEqual([
      'ALL_SUBJECTS',
      'MERIT_VALUE',
      'VOCATIONAL_ELIGIBLE',
    ]);
    expect(y2025.factors[1].actual.value).toBe(222.5);
    expect(y2025.factors[1].deviation).toBeCloseTo(222.5 - y2025.factors[1].modelValue, 9);
    const { ranking } = await teacher.ok(RANKING, { year: 2025 });
    expect(y2025.rank).toBe(
      ranking.municipalities.find((m: { municipalityCode: string }) => m.municipalityCode === '1880').rank,
    );
    expect(errorCode(await teacher.gql('{ municipalityResults(code: "9999") { name } }'))).toBe('NOT_FOUND');
    expect(errorCode(await teacher.gql('{ municipalityResults(code: "x") { name } }'))).toBe('BAD_USER_INPUT');
  });

  it('exposes the model coefficients and R² per year, and stores model values', async () => {
    const q = `{ resultsModel(year: 2025) { year method fits { measure variables intercept r2 n usedBy full coefficients { variable estimate } } } }`;
    const { resultsModel } = await teacher.ok(q);
    // Whose model it is: Lyfta's, in the manner of SKL's Öppna jämförelser, and never called SALSA.
    expect(resultsModel.method).toMatch(/Lyfta's model-calculated values, in the manner of SKL's Öppna jämförelser/);
    expect(resultsModel.method).toMatch(/not Skolverket's SALSA/);
    const full = resultsModel.fits.filter((f: { full: boolean }) => f.full);
    expect(full.map((f: { measure: string }) => f.measure)).toEqual([
      'ALL_SUBJECTS',
      'MERIT_VALUE',
      'VOCATIONAL_ELIGIBLE',
    ]);
    for (const f of full) {
      expect(f.variables).toEqual(['ak9.parentsPostSecondary', 'ak9.foreignBackground', 'ak9.shareBoys']);
      expect(f.r2).toBeGreaterThan(0);
      expect(f.r2).toBeLessThan(1);
      expect(f.n).toBeGreaterThan(250);
    }
    const ids = await indicatorIdsByKey();
    const dev = await MeasurementModel.findOne({
      indicatorId: ids.get('ak9.meritValue.deviation'),
      organisationCode: '1880',
      organiserType: 'all',
      year: 2025,
    }).lean();
    expect(dev!.value! + dev!.modelValue!).toBeCloseTo(222.5, 9);
  });

  it('names who made the figures and the comparison groups in Swedish and English', async () => {
    const both = '{ sv en }';
    const q = `{ ranking(year: 2025) { source attribution ${both} }
      municipalityResults(code: "1880") { source attribution ${both} }
      schoolUnitResults(municipalityCode: "1880") { attribution ${both} }
      peerComparison(code: "1880", year: 2025, peers: []) { attribution ${both}
        national { name ${both} } county { name ${both} } } }`;
    const r = await teacher.ok(q);
    const lyfta = {
      sv: 'Statistik från Skolverket; modellberäknade värden och rankning beräknade av Lyfta',
      en: 'Statistics from Skolverket; model values and ranking computed by Lyfta',
    };
    expect(r.ranking.attribution).toEqual(lyfta);
    expect(r.ranking.source).toBe(lyfta.sv);
    expect(r.municipalityResults.attribution).toEqual(lyfta);
    expect(r.peerComparison.attribution).toEqual(lyfta);
    expect(r.schoolUnitResults.attribution).toEqual({
      sv: 'Statistik från Skolverket',
      en: 'Statistics from Skolverket',
    });
    expect(r.peerComparison.national.name).toEqual({ sv: 'Riket', en: 'Sweden' });
    expect(r.peerComparison.county.name).toEqual({ sv: 'Örebro län', en: 'Örebro län' });
  });

  it('compares with the national median, the county and chosen peers, flagging small groups', async () => {
    const q = `{ peerComparison(code: "1880", year: 2025, peers: ["0180", "1490", "2480"]) {
      municipality { name pupils unreliable rank }
      national { label municipalities medians { factor median count } }
      county { label code municipalities medians { factor median } }
      peers { municipalityCode unreliable pupils } } }`;
    const { peerComparison: c } = await teacher.ok(q);
    expect(c.municipality).toMatchObject({ name: 'Örebro', pupils: 1987, unreliable: false });
    expect(c.national.municipalities).toBe(290);
    expect(c.national.medians.map((m: { factor: string }) => m.factor)).toEqual([
      'ak9.allSubjects',
      'ak9.allSubjects.deviation',
      'ak9.meritValue',
      'ak9.meritValue.deviation',
      'ak9.vocationalEligible',
      'ak9.vocationalEligible.deviation',
    ]);
    expect(c.county).toMatchObject({ code: '18', municipalities: 12 });
    expect(c.peers.map((p: { municipalityCode: string }) => p.municipalityCode)).toEqual(['0180', '1490', '2480']);
    // Independent schools in a small municipality: few pupils, flagged.
    const small = await teacher.ok(
      `{ peerComparison(code: "1880", year: 2025, organiserType: INDEPENDENT, peers: ["2121"]) { peers { pupils unreliable } } }`,
    );
    for (const p of small.peerComparison.peers) expect(p.unreliable).toBe(p.pupils === null || p.pupils < 15);
  });

  it("lists the school units' results within a municipality", async () => {
    const { schoolUnitResults: r } = await teacher.ok(
      `{ schoolUnitResults(municipalityCode: "1880") { year source units { schoolUnitCode name organiserType pupils unreliable meritValue { value missingReason mark } } } }`,
    );
    expect(r.year).toBe(2025);
    expect(r.source).toBe('Statistik från Skolverket');
    expect(r.units.length).toBeGreaterThan(10);
    for (const u of r.units) {
      expect(u.schoolUnitCode).toMatch(/^\d{8}$/);
      if (u.meritValue.value === null) expect(u.meritValue.missingReason).not.toBeNull();
    }
  });

  it('re-importing the same file changes nothing', async () => {
    const before = await MeasurementModel.find({}, { importedAt: 1, value: 1 }).lean();
    const again = await importSkolverketFile(longFile, logger);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 64_710 / 5 });
    expect(again.derived).toBeUndefined();
    const after = await MeasurementModel.find({}, { importedAt: 1, value: 1 }).lean();
    expect(after).toEqual(before);
  });

  it('rejects a malformed file with line numbers and writes nothing', async () => {
    const bad = join(server.dataDir, 'bad.csv');
    const good = 'Samtliga,1880,Örebro,18,Örebro län,Genomsnittligt meritvärde (17 ämnen),2024/25,999,999';
    writeFileSync(
      bad,
      [
        'huvudman_typ,kommunkod,kommun,lanskod,lan,uppgift,lasar,value_raw,value',
        good,
        'Samtliga,1880,Örebro,18,Örebro län,Genomsnittligt meritvärde (17 ämnen),2023/24,abc,',
        'Samtliga,1880',
      ].join('\n'),
    );
    const count = await MeasurementModel.countDocuments({});
    const error = await importSkolverketFile(bad, logger).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as ImportValidationError).problems.map((p) => p.line)).toEqual([3, 4]);
    expect((error as Error).message).toMatch(/nothing was imported/);
    expect(await MeasurementModel.countDocuments({})).toBe(count);
    const { municipalityResults } = await teacher.ok(
      '{ municipalityResults(code: "1880") { years { factors { actual { value } } } } }',
    );
    expect(municipalityResults.years[1].factors[1].actual.value).toBe(222.5);
  });

  it('imports a Kolada file idempotently and serves it', async () => {
    const mapping = { N15419: { indicator: 'ak9.allSubjects', organiserType: 'municipal' as const } };
    const fixture = join(projectRoot, 'tests/fixtures/kolada-sample.json');
    const first = await importKoladaFile(fixture, mapping, logger);
    expect(first.unmapped).toEqual({ N99999: 1 });
    expect(first.inserted + first.updated).toBeGreaterThan(0);
    const second = await importKoladaFile(fixture, mapping, logger);
    expect(second).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
    const { indicatorSeries } = await teacher.ok(
      `{ indicatorSeries(indicatorId: "ak9.allSubjects", organisationIds: ["1880", "SE"], organiserType: MUNICIPAL, fromYear: 2024) {
        series { organisationCode measurements { year value girls boys source } } } }`,
    );
    const orebro = indicatorSeries.series[0].measurements;
    expect(orebro).toEqual([
      { year: 2024, value: 71.2, girls: 74, boys: 68.5, source: 'Kolada (RKA), N15419' },
      { year: 2025, value: 70.9, girls: null, boys: null, source: 'Kolada (RKA), N15419' },
    ]);
    expect(indicatorSeries.series[1].measurements[0]).toMatchObject({ year: 2025, value: 73.1 });
  });

  it('loads the bundled data only on an empty collection and never with LYFTA_DEMO=never', async () => {
    const count = await MeasurementModel.countDocuments({});
    await loadBundledOpenData({ config: loadConfig({ LYFTA_DEMO: 'never' }), logger });
    await loadBundledOpenData({ config: loadConfig({ LYFTA_DEMO: 'auto' }), logger });
    expect(await MeasurementModel.countDocuments({})).toBe(count);
  });

  it('notices an import made by another process within seconds', async () => {
    const q = '{ municipalityResults(code: "1880") { years { year factors { actual { value } } } } }';
    const meritOf = (r: { municipalityResults: { years: Array<{ factors: Array<{ actual: { value: number } }> }> } }) =>
      r.municipalityResults.years[1]!.factors[1]!.actual.value;
    expect(meritOf(await teacher.ok(q))).toBe(222.5);
    // What another process's import leaves behind: changed measurements and a bumped shared counter.
    const ids = await indicatorIdsByKey();
    await MeasurementModel.updateOne(
      { indicatorId: ids.get('ak9.meritValue'), organisationCode: '1880', organiserType: 'all', year: 2025 },
      { $set: { value: 250 } },
    );
    await ResultsDataVersionModel.updateOne({ _id: 'results' }, { $inc: { version: 1 } });
    let seen = 222.5;
    for (let i = 0; i < 60 && seen !== 250; i++) {
      await new Promise((r) => setTimeout(r, 500));
      seen = meritOf(await teacher.ok(q));
    }
    expect(seen).toBe(250);
  });
});
