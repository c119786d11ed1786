import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../shared/paths.js';
import { parseCsv, readTextFile } from '../csv.js';
import { koladaMappingSchema, parseKoladaJson } from './kolada.parse.js';
import { analysisValue, readCell } from '../measurement-input.js';
import { parseSkolverketCsv, schoolYearEnd } from './skolverket.parse.js';

const opendata = (f: string) => join(projectRoot, 'server/opendata/skolverket', f);
const LONG_HEADER = 'huvudman_typ,kommunkod,kommun,lanskod,lan,uppgift,lasar,value_raw,value';

describe('parseCsv', () => {
  it('handles quoted cells with commas, quotes and line breaks, CRLF and blank lines', () => {
    const records = parseCsv('a,b\r\n"x, y","say ""hi"""\r\n\r\n"two\nlines",z\n');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 4, cells: ['two\nlines', 'z'] },
    ]);
  });
});

describe('suppression marks', () => {
  it('reads marks as missing values with a reason, never zero', () => {
    expect(readCell('..')).toEqual({ ok: true, value: null, missingReason: 'tooFewPupils', rawMark: '..' });
    expect(readCell('.')).toEqual({ ok: true, value: null, missingReason: 'noData', rawMark: '.' });
    expect(readCell('*')).toEqual({ ok: true, value: null, missingReason: 'suppressed', rawMark: '*' });
    expect(readCell('~100')).toEqual({ ok: true, value: null, missingReason: 'approximate', rawMark: '~100' });
    expect(readCell('')).toEqual({ ok: true, value: null, missingReason: 'noData', rawMark: null });
    expect(readCell('12,5')).toMatchObject({ ok: true, value: 12.5 });
    expect(readCell('12a').ok).toBe(false);
  });

  it('lets analyses read ~100 as 100 and nothing else', () => {
    expect(analysisValue({ value: null, rawMark: '~100' })).toBe(100);
    expect(analysisValue({ value: null, rawMark: '..' })).toBeNull();
    expect(analysisValue({ value: 0, rawMark: null })).toBe(0);
  });

  it('turns school years into the year they end in', () => {
    expect(schoolYearEnd('2024/25')).toBe(2025);
    expect(schoolYearEnd('1999/00')).toBe(2000);
    expect(schoolYearEnd('2024/26')).toBeNull();
  });
});

describe('parseSkolverketCsv', () => {
  it('reads the bundled long file: 64,710 rows, marks kept, pupils attached', () => {
    const parsed = parseSkolverketCsv(readTextFile(opendata('ak9_betygsresultat_over_tid_kommun_long.csv.gz')));
    expect(parsed.kind).toBe('long');
    expect(parsed.problems).toEqual([]);
    expect(parsed.measurements).toHaveLength(64_710);
    const orebro = parsed.measurements.find(
      (m) =>
        m.organisationCode === '1880' &&
        m.year === 2025 &&
        m.organiserType === 'all' &&
        m.indicatorKey === 'ak9.meritValue',
    );
    expect(orebro).toMatchObject({ value: 222.5, pupils: 1987, missingReason: null });
    const marks = parsed.measurements.filter((m) => m.rawMark);
    expect(marks.every((m) => m.value === null && m.missingReason)).toBe(true);
    expect(marks.filter((m) => m.rawMark === '~100').length).toBe(555);
  });

  it('reads the wide file and the school unit file', () => {
    const wide = parseSkolverketCsv(readTextFile(opendata('ak9_betygsresultat_kommun_samtliga_wide.csv')));
    expect(wide.kind).toBe('wide');
    expect(wide.problems).toEqual([]);
    expect(wide.measurements).toHaveLength(2900 * 9);
    const units = parseSkolverketCsv(readTextFile(opendata('slutbetyg_ak9_skolenhet_2024-25.csv')));
    expect(units.kind).toBe('schoolUnit');
    expect(units.problems).toEqual([]);
    expect(units.schoolUnits).toHaveLength(1714);
    expect(units.measurements.every((m) => /^\d{8}$/.test(m.organisationCode) && m.year === 2025)).toBe(true);
  });

  it('rejects a wrong header', () => {
    const parsed = parseSkolverketCsv('kommun,varde\nÖrebro,1\n');
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]!.message).toMatch(/unrecognised header/);
  });

  it('reports every bad line by number: bad number, wrong column count, unknown measure, duplicate', () => {
    const text = [
      LONG_HEADER,
      'Samtliga,1880,Örebro,18,Örebro län,Totalt antal elever årskurs 9,2024/25,1987,1987',
      'Samtliga,1880,Örebro,18,Örebro län,Genomsnittligt meritvärde (17 ämnen),2024/25,22x,',
      'Samtliga,1880,Örebro,18,Örebro län,Genomsnittligt meritvärde (16 ämnen),2024/25,215',
      'Samtliga,1880,Örebro,18,Örebro län,Okänt mått,2024/25,1,1',
      'Samtliga,1880,Örebro,18,Örebro län,Totalt antal elever årskurs 9,2024/25,1987,1987',
      'Privat,188,Örebro,18,Örebro län,Totalt antal elever årskurs 9,2024/2025,1,1',
    ].join('\n');
    const parsed = parseSkolverketCsv(text);
    expect(parsed.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 7, 7]);
    expect(parsed.problems[0]!.message).toMatch(/neither a number/);
    expect(parsed.problems[1]!.message).toMatch(/expected 9 columns, found 8/);
    expect(parsed.problems[2]!.message).toMatch(/not a known measure/);
    expect(parsed.problems[3]!.message).toMatch(/duplicate of line 2/);
  });
});

describe('parseKoladaJson', () => {
  const mapping = { N15419: { indicator: 'ak9.allSubjects', organiserType: 'municipal' as const } };

  it('maps KPIs to indicators, genders to the split, 0000 to SE, and skips unmapped KPIs', () => {
    const parsed = parseKoladaJson(
      readFileSync(join(projectRoot, 'tests/fixtures/kolada-sample.json'), 'utf8'),
      mapping,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.unmapped).toEqual({ N99999: 1 });
    expect(parsed.measurements).toHaveLength(4);
    expect(parsed.measurements[0]).toMatchObject({
      indicatorKey: 'ak9.allSubjects',
      organisationCode: '1880',
      organiserType: 'municipal',
      year: 2024,
      value: 71.2,
      gender: { girls: 74, boys: 68.5 },
    });
    expect(parsed.measurements[2]).toMatchObject({
      organisationCode: '0180',
      value: null,
      missingReason: 'noData',
      rawMark: 'Missing',
    });
    expect(parsed.measurements[3]).toMatchObject({ organisationCode: 'SE', value: 73.1 });
  });

  it('rejects malformed entries with their line numbers', () => {
    const text = JSON.stringify(
      {
        values: [
          { kpi: 'N15419', municipality: '1880', period: 2024, values: [{ gender: 'T', value: 1 }] },
          { kpi: 'N15419', municipality: '18800', period: 2024, values: [{ gender: 'T', value: 'x' }] },
          { kpi: 'N15419', municipality: '1880', period: 2024, values: [{ gender: 'K', value: 1 }] },
        ],
        count: 3,
        next_url: null,
      },
      null,
      0,
    ).replace(/\},\{"kpi"/g, '},\n{"kpi"');
    const parsed = parseKoladaJson(text, mapping);
    expect(parsed.problems.map((p) => p.line)).toEqual([2, 2, 3]);
    expect(parseKoladaJson('{"values": [', mapping).problems[0]!.message).toMatch(/not valid JSON/);
    expect(parseKoladaJson('{"rows": []}', mapping).problems[0]!.message).toMatch(/not a Kolada data file/);
  });

  it('skips rows and values Kolada marks isdeleted, reads an integer or digit-string period, and keeps status on a null value', () => {
    const text = JSON.stringify({
      values: [
        { kpi: 'N15419', municipality: '1880', period: 2024, isdeleted: true, values: [{ gender: 'T', value: 9 }] },
        { kpi: 'N15419', municipality: '1880', period: 2025, values: [{ gender: 'T', value: 70.9 }] },
        {
          kpi: 'N15419',
          municipality: '0180',
          period: '2025',
          values: [
            { gender: 'T', count: 0, status: 'Missing', value: null },
            { gender: 'K', value: 1, isdeleted: true },
          ],
        },
      ],
      count: 3,
      next_url: null,
    });
    const parsed = parseKoladaJson(text, mapping);
    expect(parsed.problems).toEqual([]);
    expect(parsed.deleted).toBe(1);
    expect(parsed.measurements.map((m) => [m.organisationCode, m.year, m.value])).toEqual([
      ['1880', 2025, 70.9],
      ['0180', 2025, null],
    ]);
    expect(parsed.measurements[1]).toMatchObject({ missingReason: 'noData', rawMark: 'Missing' });
    expect(parsed.measurements[1]!.gender).toBeUndefined();
  });

  it('files a hemkommun KPI under organiser type home, never under all', () => {
    const kpis = koladaMappingSchema.parse(
      JSON.parse(readFileSync(join(projectRoot, 'scripts/kolada-kpis.json'), 'utf8')),
    ).kpis;
    const hemkommun = Object.entries(kpis).filter(([, m]) => m.name?.includes('hemkommun'));
    expect(hemkommun.map(([id]) => id).sort()).toEqual(['N15418', 'N15428', 'N15507']);
    const text = JSON.stringify({
      kpis: { N15507: { title: 'Elever i åk 9, meritvärde hemkommun, genomsnitt (17 ämnen)' } },
      values: [{ kpi: 'N15507', municipality: '1880', period: 2025, values: [{ gender: 'T', value: 231.4 }] }],
      count: 1,
      next_url: null,
    });
    const parsed = parseKoladaJson(text, kpis);
    expect(parsed.problems).toEqual([]);
    expect(parsed.measurements).toEqual([
      expect.objectContaining({ indicatorKey: 'ak9.meritValue', organiserType: 'home', value: 231.4 }),
    ]);
    for (const [, m] of hemkommun) expect(m.organiserType).toBe('home');
  });

  it('refuses a file whose stored KPI title does not match the measure the KPI is mapped to', () => {
    const file = (title: string) =>
      JSON.stringify({ kpis: { N15419: { title } }, values: [], count: 0, next_url: null });
    expect(
      parseKoladaJson(
        file('Elever i åk 9 som uppnått kunskapskraven i alla ämnen, kommunala skolor, andel (%)'),
        mapping,
      ).problems,
    ).toEqual([]);
    const wrong = parseKoladaJson(file('Elever i åk 9, meritvärde kommunala skolor, genomsnitt (17 ämnen)'), mapping);
    expect(wrong.problems).toEqual([
      {
        line: 1,
        message:
          "N15419 is mapped to ak9.allSubjects (municipal) but Kolada's title is " +
          '"Elever i åk 9, meritvärde kommunala skolor, genomsnitt (17 ämnen)", which lacks "alla ämnen"',
      },
    ]);
  });
});
