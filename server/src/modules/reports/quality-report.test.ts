import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { renderQualityDocx } from './quality-report.docx.js';
import { xmlText } from '../../shared/xml.js';
import { buildQualityReport, CAUSE_GONE } from './quality-report.model.js';
import { qualityReportFileName } from './report.routes.js';
import type { QualityReportData } from './quality-report.query.js';

type Data = NonNullable<QualityReportData['qualityReport']>;

const data = (patch: Partial<Data> = {}): Data => ({
  id: '0123456789abcdef01234567',
  kind: 'UNIT',
  year: 2026,
  schoolYear: '2025/26',
  status: 'DRAFT',
  headings: ['CONDITIONS', 'ANALYSIS'],
  organisation: {
    name: 'Kronan 7-9',
    kind: 'SCHOOL_UNIT',
    parent: { name: 'Trollhättans stad', kind: 'MUNICIPALITY', parent: null },
  },
  texts: [
    { section: 'CONDITIONS', text: '', updatedAt: null, updatedByName: null },
    { section: 'ANALYSIS', text: '', updatedAt: null, updatedByName: null },
  ],
  results: [],
  followUps: { followUps: [] },
  developmentAreas: { areas: [] },
  measures: { measures: [] },
  participation: {
    teachers: null,
    teachersHow: null,
    staff: null,
    staffHow: null,
    pupils: null,
    pupilsHow: null,
    guardiansOffered: null,
    guardiansDate: null,
    guardiansHow: null,
  },
  unitsNotSubmitted: [],
  comments: [],
  history: [],
  ...patch,
});
const now = new Date('2026-06-01T10:00:00Z');

describe('quality report export', () => {
  it('escapes XML and strips what XML 1.0 forbids, keeping emoji, tabs and line breaks', () => {
    expect(xmlText(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
    expect(xmlText('x\u0000\u0007\u001b\uFFFE\uFFFFy')).toBe('xy');
    expect(xmlText('lone \uD800 surrogate')).toBe('lone  surrogate');
    expect(xmlText('🌱 📚\t\n\r')).toBe('🌱 📚\t\n\r');
  });

  it('writes a document without forbidden characters, with line breaks as breaks', async () => {
    const report = buildQualityReport(
      data({
        texts: [{ section: 'ANALYSIS', text: 'Rad 1\nRad 2\u0007 🌱 <&>', updatedAt: null, updatedByName: 'Åsa' }],
      }),
      now,
    );
    const zip = await JSZip.loadAsync(await renderQualityDocx(report));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain(
      '<w:t xml:space="preserve">Rad 1</w:t><w:br/><w:t xml:space="preserve">Rad 2 🌱 &lt;&amp;&gt;</w:t>',
    );
    expect(xml).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
  });

  it('names a missing figure by its reason, leaves out empty optional headings, keeps the analysis', () => {
    const report = buildQualityReport(
      data({
        results: [
          {
            indicator: { key: 'k', name: { sv: 'Behöriga' }, unit: 'percent', decimals: 1, source: 'Skolverket' },
            figures: [
              { year: 2024, value: null, missingReason: 'SUPPRESSED', rawMark: '*', source: 'Skolverket' },
              { year: 2025, value: 0, missingReason: null, rawMark: null, source: 'Skolverket' },
              { year: 2026, value: null, missingReason: 'APPROXIMATE', rawMark: '~100', source: 'Skolverket' },
            ],
          },
        ],
        measures: {
          measures: [
            {
              text: 'Läsloggar',
              ownerName: 'Rektor',
              dueDate: '2027-06-14T22:00:00.000Z',
              causeId: 'gone',
              expectedEffect: 'Fler läser',
              cause: null,
              indicator: null,
              actionItem: null,
            },
          ],
        },
      }),
      now,
    );
    expect(report.figures).toEqual({
      years: ['2023/24', '2024/25', '2025/26'],
      rows: [
        {
          indicator: 'Behöriga',
          values: ['Sekretess', '0 %', '≈100 (1–4 elever saknas)'],
          missing: [true, false, true],
        },
      ],
      sources: ['Skolverket'],
    });
    expect(report.textsBefore).toEqual([]);
    expect(report.textsAfter.map((t) => t.heading)).toEqual(['Analys']);
    expect(report.municipality).toBe('Trollhättans stad');
    // A due date is the day in Sweden.
    expect(report.measures[0]).toMatchObject({ cause: CAUSE_GONE, dueDate: '2027-06-15' });
    expect(qualityReportFileName(report, 'docx')).toBe('lyfta-kvalitetsrapport-kronan-7-9-2025-26-2026-06-01.docx');
  });
});
