import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeasurementModel, ensureIndicators, indicatorCatalog } from '../../server/src/modules/indicators/index.js';
import { ApiClient, errorCode, makeMunicipality, makePerson, signedIn } from '../support/api.js';
import { startTestServer, type TestServer } from '../support/server.js';

const SERIES = `query($id: ID!, $orgs: [String!]!, $from: Int, $to: Int) {
  indicatorSeries(indicatorId: $id, organisationIds: $orgs, fromYear: $from, toYear: $to) {
    indicator { key name { sv en } unit direction decimals source }
    organiserType
    series { organisationCode measurements { year value missingReason rawMark pupils source organiserType } }
  }
}`;

describe('indicators and their series', () => {
  let server: TestServer;
  let client: ApiClient;
  let meritId: string;
  let borasId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const ids = await ensureIndicators();
    meritId = ids.get('ak9.meritValue')!;
    const rows = [];
    for (const code of ['1880', '0180', '1490', '1488'])
      for (let year = 2016; year <= 2025; year++)
        rows.push({
          indicatorId: meritId,
          organisationCode: code,
          organiserType: 'all',
          year,
          value: code === '1488' && year === 2020 ? null : 200 + year - 2016,
          missingReason: code === '1488' && year === 2020 ? 'tooFewPupils' : null,
          rawMark: code === '1488' && year === 2020 ? '..' : null,
          pupils: 100,
          source: 'Statistik från Skolverket',
          importedAt: new Date(),
        });
    await MeasurementModel.insertMany(rows);
    const boras = await makeMunicipality('1490');
    borasId = String(boras._id);
    await makePerson('politiker@boras.test', [{ organisation: boras, role: 'politician' }]);
    client = await signedIn(server.url, 'politiker@boras.test');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('lists the built-in indicators with their keys and sources', async () => {
    const { indicators } = await client.ok('{ indicators { key unit direction source } }');
    expect(indicators.map((i: { key: string }) => i.key).sort()).toEqual(indicatorCatalog.map((d) => d.key).sort());
    const rank = indicators.find((i: { key: string }) => i.key === 'oj.compositeRank');
    expect(rank).toMatchObject({ unit: 'rank', direction: 'LOWER_IS_BETTER' });
    const { indicator } = await client.ok('{ indicator(key: "ak9.meritValue") { source } }');
    expect(indicator.source).toBe('Statistik från Skolverket');
  });

  it('returns each organisation its series by indicator id or key, missing values with their reason', async () => {
    for (const id of [meritId, 'ak9.meritValue']) {
      const { indicatorSeries } = await client.ok(SERIES, { id, orgs: ['1880', '1488', '2480'], from: 2019, to: 2021 });
      expect(indicatorSeries.indicator.key).toBe('ak9.meritValue');
      expect(indicatorSeries.series.map((s: { organisationCode: string }) => s.organisationCode)).toEqual([
        '1880',
        '1488',
        '2480',
      ]);
      expect(
        indicatorSeries.series[0].measurements.map((m: { year: number; value: number }) => [m.year, m.value]),
      ).toEqual([
        [2019, 203],
        [2020, 204],
        [2021, 205],
      ]);
      expect(indicatorSeries.series[1].measurements[1]).toMatchObject({
        year: 2020,
        value: null,
        missingReason: 'TOO_FEW_PUPILS',
        rawMark: '..',
        source: 'Statistik från Skolverket',
        organiserType: 'ALL',
      });
      expect(indicatorSeries.series[2].measurements).toEqual([]);
    }
  });

  it('accepts organisation ids as well as codes', async () => {
    const { indicatorSeries } = await client.ok(
      `query($orgs: [String!]!) { indicatorSeries(indicatorId: "ak9.meritValue", organisationIds: $orgs, fromYear: 2025) {
        series { organisationCode organisationId measurements { year value } } } }`,
      { orgs: [borasId, '1880'] },
    );
    expect(indicatorSeries.series).toEqual([
      { organisationCode: '1490', organisationId: borasId, measurements: [{ year: 2025, value: 209 }] },
      { organisationCode: '1880', organisationId: null, measurements: [{ year: 2025, value: 209 }] },
    ]);
    const unknown = await client.gql(SERIES, { id: 'ak9.meritValue', orgs: ['0123456789abcdef01234567'] });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });

  it('reads all organisations in one query on the measurements collection', async () => {
    const operations: string[] = [];
    mongoose.set('debug', (collection: string, method: string) => {
      operations.push(`${collection}.${method}`);
    });
    try {
      await client.ok(SERIES, { id: 'ak9.meritValue', orgs: ['1880', '0180', '1490', '1488'] });
    } finally {
      mongoose.set('debug', false);
    }
    expect(operations.filter((o) => o.startsWith('measurements.'))).toEqual(['measurements.find']);
  });

  it('refuses bad input and anonymous readers', async () => {
    expect(errorCode(await client.gql(SERIES, { id: 'no.such', orgs: ['1880'] }))).toBe('NOT_FOUND');
    expect(errorCode(await client.gql(SERIES, { id: 'ak9.meritValue', orgs: ['18 80'] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await client.gql(SERIES, { id: 'ak9.meritValue', orgs: ['1880'], from: 2025, to: 2020 }))).toBe(
      'BAD_USER_INPUT',
    );
    const tooMany = Array.from({ length: 301 }, (_, i) => String(1000 + i));
    expect(errorCode(await client.gql(SERIES, { id: 'ak9.meritValue', orgs: tooMany }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await new ApiClient(server.url).gql(SERIES, { id: 'ak9.meritValue', orgs: ['1880'] }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});
