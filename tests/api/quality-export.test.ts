/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import JSZip from 'jszip';
import { startTestServer, type TestServer } from '../support/server.js';
import { ApiClient, makeMunicipality, makeSchoolUnit } from '../support/api.js';
import { signInCast } from '../support/roles.js';
import { pdfText } from '../support/pdf-text.js';
import { ensureDemoIndicators } from '../../server/src/demo/index.js';
import { MeasurementModel } from '../../server/src/modules/indicators/index.js';
import {
  CSV_FOLLOW_UP_HEADER,
  CSV_MEASURE_HEADER,
  MAX_CONCURRENT_REPORTS,
} from '../../server/src/modules/reports/index.js';

// A quality report downloaded as PDF, Word and CSV: read back in every format, the same 404 for a
// report the viewer may not read as for one that does not exist, a section at its length limit
// with emoji, and text that looks like a formula kept as text in the CSV.

type Who =
  | 'anonymous'
  | 'principal'
  | 'otherPrincipal'
  | 'teacher'
  | 'administration'
  | 'politician'
  | 'coach'
  | 'admin'
  | 'otherAdministration'
  | 'otherPolitician';
type ReportKey = 'approved' | 'draft' | 'organiser' | 'absent';

// Who gets which report (200); everything else is the same 404 as an absent report.
const sees: Record<Who, ReportKey[]> = {
  anonymous: [],
  principal: ['approved', 'draft'],
  otherPrincipal: ['approved'],
  teacher: ['approved'],
  administration: ['approved', 'draft', 'organiser'],
  politician: ['approved'],
  coach: [],
  admin: ['approved', 'draft', 'organiser'],
  otherAdministration: [],
  otherPolitician: [],
};
const FORMATS = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
} as const;
type Format = keyof typeof FORMATS;

const SENTENCE = 'Eleverna läser för lite längre texter i SO och NO 📚 och 🌱. ';
/** A heading at its limit of 20,000 characters, emoji included, with a first and a last word to find. */
const LONG = (() => {
  const head = 'BÖRJAN ';
  const tail = ' SLUTET';
  const body = SENTENCE.repeat(Math.ceil(20_000 / SENTENCE.length)).slice(0, 20_000 - head.length - tail.length);
  // Never end inside an emoji: cut back to the last space.
  return head + body.slice(0, body.lastIndexOf(' ')).padEnd(body.length, '.') + tail;
})();
const ANALYSIS = 'Orsaken är <otydliga> rutiner & "olika" förväntningar.\nAndra stycket: lärarnas samtal.';
const CAUSE = 'Eleverna läser för lite längre texter i SO och NO.';
const EVIDENCE = 'Lektionsbesök i sex klasser, vecka 40.';
const MEASURE = 'Läsloggar i alla ämnen';
const EFFECT = 'Fler elever når E i svenska.';
const FORMULA = '=HYPERLINK("http://example.invalid","klicka")';
const OLD_MEASURE = 'Gemensam lässtrategi';
const RETURN_COMMENT = 'Beskriv hur eleverna har varit delaktiga.';
const APPROVE_COMMENT = 'Godkänd av förvaltningen.';

const FIELDS = `id year status
  developmentAreas { version areas { id causes { id } } }
  measures { version }
  participation { version }
  followUps { version followUps { id text } }
  texts { section version }`;
const CREATE = `mutation($i: CreateQualityReportInput!) { createQualityReport(input: $i) { ${FIELDS} } }`;
const TEXT = `mutation($i: SaveQualityTextInput!) { saveQualityText(input: $i) { id } }`;
const AREAS = `mutation($i: SaveDevelopmentAreasInput!) { saveDevelopmentAreas(input: $i) { ${FIELDS} } }`;
const MEASURES = `mutation($i: SaveQualityMeasuresInput!) { saveQualityMeasures(input: $i) { id } }`;
const PARTICIPATION = `mutation($i: SaveParticipationInput!) { saveParticipation(input: $i) { id } }`;
const FOLLOW_UPS = `mutation($i: SaveFollowUpsInput!) { saveFollowUps(input: $i) { id } }`;
const SUBMIT = `mutation($id: ID!) { submitQualityReport(id: $id) { id status } }`;
const RETURN = `mutation($i: QualityCommentInput!) { returnQualityReport(input: $i) { id status } }`;
const APPROVE = `mutation($i: ApproveQualityReportInput!) { approveQualityReport(input: $i) { id status } }`;

const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

/** The text of a WordprocessingML body: each paragraph's runs joined, paragraphs one per line. */
function docxParagraphs(xml: string): Array<{ style: string | null; text: string }> {
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, p]) => ({
    style: /<w:pStyle w:val="(\w+)"\/>/.exec(p!)?.[1] ?? null,
    text: unescape(
      [...p!.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>|<w:(br|tab)\/>/g)]
        .map(([, t, tag]) => (tag === 'br' ? '\n' : tag === 'tab' ? '\t' : t))
        .join(''),
    ),
  }));
}

/** A CSV as Excel reads it: semicolons, quoted cells with doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe('quality report downloads (PDF, Word, CSV)', () => {
  let server: TestServer;
  let as: Record<Who, ApiClient>;
  const reports = {} as Record<ReportKey, string>;
  let absentBody: string;
  let year: number;

  async function download(who: Who, id: string, format: string) {
    const cookie = [...as[who].cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${server.url}/reports/quality/${id}.${format}`, { headers: cookie ? { cookie } : {} });
    return { res, bytes: Buffer.from(await res.arrayBuffer()) };
  }

  beforeAll(async () => {
    server = await startTestServer();
    const boras = await makeMunicipality('1490', 'Borås kommun');
    const orebro = await makeMunicipality('1880', 'Örebro kommun');
    const unit = await makeSchoolUnit(boras, '86215855', 'Engelbrektskolan 7-9');
    const otherUnit = await makeSchoolUnit(boras, '11112222', 'Annan skola');
    const ids = await ensureDemoIndicators([
      'ak9.allSubjects',
      'ak9.meritValue',
      'ak9.vocationalEligible',
      'ak9.pupils',
    ]);
    ({ clients: as } = await signInCast(
      server.url,
      Object.keys(sees) as Who[],
      { municipality: boras, unit, otherUnit, otherMunicipality: orebro },
      { names: { principal: 'Rektor Åsa' } },
    ));

    year = 2026;
    const base = { organisationCode: unit.code, organiserType: 'municipal', source: 'Statistik från Skolverket' };
    await MeasurementModel.insertMany([
      { ...base, indicatorId: ids.get('ak9.allSubjects'), year: year - 1, value: 71.5, importedAt: new Date() },
      {
        ...base,
        indicatorId: ids.get('ak9.allSubjects'),
        year,
        value: null,
        missingReason: 'tooFewPupils',
        rawMark: '..',
        importedAt: new Date(),
      },
    ]);

    // Last year's report with one measure, carried into this year's follow-up.
    const { createQualityReport: last } = await as.principal.ok(CREATE, {
      i: { organisationId: unit._id.toHexString(), year: year - 1 },
    });
    const { saveDevelopmentAreas: lastAreas } = await as.principal.ok(AREAS, {
      i: {
        reportId: last.id,
        expectedVersion: 1,
        areas: [
          {
            title: 'Läsning',
            theme: 'READING',
            causes: [{ text: 'Få lästillfällen', evidenceKind: 'OBSERVATION', evidence: 'Lektionsbesök' }],
          },
        ],
      },
    });
    await as.principal.ok(MEASURES, {
      i: {
        reportId: last.id,
        expectedVersion: 1,
        measures: [
          {
            text: OLD_MEASURE,
            ownerName: 'Förstelärare',
            expectedEffect: 'Högre andel med godkänt',
            causeId: lastAreas.developmentAreas.areas[0].causes[0].id,
          },
        ],
      },
    });

    const { createQualityReport: r } = await as.principal.ok(CREATE, {
      i: { organisationId: unit._id.toHexString(), year },
    });
    reports.approved = r.id;
    await as.principal.ok(FOLLOW_UPS, {
      i: {
        reportId: r.id,
        expectedVersion: r.followUps.version,
        followUps: [
          {
            id: r.followUps.followUps[0].id,
            carriedOut: 'YES',
            carriedOutEvidence: 'Alla ämneslag använder strategin.',
            effect: 'PARTLY',
            effectEvidence: 'Högre andel i svenska, inte i SO.',
          },
        ],
      },
    });
    await as.principal.ok(TEXT, { i: { reportId: r.id, section: 'CONDITIONS', expectedVersion: 1, text: LONG } });
    await as.principal.ok(TEXT, { i: { reportId: r.id, section: 'ANALYSIS', expectedVersion: 1, text: ANALYSIS } });
    const { saveDevelopmentAreas: s } = await as.principal.ok(AREAS, {
      i: {
        reportId: r.id,
        expectedVersion: r.developmentAreas.version,
        areas: [
          {
            title: 'Läsförståelse i åk 7',
            theme: 'READING',
            description: 'Läsförståelsen sjunker mellan åk 6 och 7.',
            causes: [{ text: CAUSE, evidenceKind: 'OBSERVATION', evidence: EVIDENCE }],
          },
        ],
      },
    });
    const causeId = s.developmentAreas.areas[0].causes[0].id;
    await as.principal.ok(MEASURES, {
      i: {
        reportId: r.id,
        expectedVersion: 1,
        measures: [
          {
            text: MEASURE,
            ownerName: 'Förstelärare Bo',
            dueDate: '2027-06-15',
            causeId,
            indicatorKey: 'ak9.allSubjects',
            expectedEffect: EFFECT,
          },
          { text: FORMULA, ownerName: '@rektor', causeId, expectedEffect: '+5 procentenheter' },
        ],
      },
    });
    await as.principal.ok(PARTICIPATION, {
      i: {
        reportId: r.id,
        expectedVersion: 1,
        teachers: true,
        teachersHow: 'Ämneslagen analyserade resultaten.',
        staff: true,
        pupils: false,
      },
    });
    await as.principal.ok(SUBMIT, { id: r.id });
    await as.administration.ok(RETURN, { i: { reportId: r.id, text: RETURN_COMMENT } });
    await as.principal.ok(SUBMIT, { id: r.id });
    await as.administration.ok(APPROVE, { i: { reportId: r.id, text: APPROVE_COMMENT } });

    reports.draft = (
      await as.principal.ok(CREATE, { i: { organisationId: unit._id.toHexString(), year: year + 1 } })
    ).createQualityReport.id;
    reports.organiser = (
      await as.administration.ok(CREATE, { i: { organisationId: boras._id.toHexString(), year } })
    ).createQualityReport.id;
    reports.absent = new mongoose.Types.ObjectId().toHexString();
    absentBody = (await download('administration', reports.absent, 'pdf')).bytes.toString('utf8');
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  const whos = Object.keys(sees) as Who[];
  const keys: ReportKey[] = ['approved', 'draft', 'organiser', 'absent'];
  const cases = whos.flatMap((who) => keys.map((report) => ({ who, report, ok: sees[who].includes(report) })));

  it.each(cases)('$who, $report report: 200 only where the report page opens ($ok)', async ({ who, report, ok }) => {
    for (const format of Object.keys(FORMATS) as Format[]) {
      const { res, bytes } = await download(who, reports[report], format);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      if (ok) {
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe(FORMATS[format]);
        expect(res.headers.get('content-disposition')).toMatch(
          new RegExp(`^attachment; filename="lyfta-kvalitetsrapport-[a-z0-9-]+-\\d{4}-\\d{2}-\\d{2}\\.${format}"$`),
        );
        expect(bytes.length).toBeGreaterThan(0);
      } else {
        expect(res.status).toBe(404);
        expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
        expect(bytes.toString('utf8')).toBe(absentBody);
      }
    }
    // The download agrees with the API: the same viewer reads the same reports.
    const body = await as[who].gql<any>('query($id: ID!) { qualityReport(id: $id) { id } }', { id: reports[report] });
    expect(body.data?.qualityReport?.id === reports[report]).toBe(ok);
  });

  it('answers an unknown format or a malformed id with the same 404 as an absent report', async () => {
    expect(JSON.parse(absentBody)).toEqual({
      error: {
        code: 'NOT_FOUND',
        messages: { sv: 'Kvalitetsrapporten finns inte.', en: 'The quality report was not found.' },
      },
    });
    const cookie = [...as.administration.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    for (const path of [
      `${reports.approved}.xlsx`,
      `${reports.approved}.DOCX`,
      `${reports.approved}`,
      `${reports.approved}.pdf.csv`,
      'not-an-id.pdf',
      `${'ä'.repeat(500)}.docx`,
    ]) {
      const res = await fetch(`${server.url}/reports/quality/${encodeURIComponent(path)}`, { headers: { cookie } });
      expect(res.status, path).toBe(404);
      expect(await res.text()).toBe(absentBody);
    }
  });

  const inOrder = (text: string, parts: string[]) => {
    let at = -1;
    for (const part of parts) {
      const next = text.indexOf(part, at + 1);
      expect(next, `"${part}" after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
  };

  it("the PDF holds the report in the page's order: title, figures with missing values as such, headings, follow-up, analysis, measures, participation, comments, history", async () => {
    const { res, bytes } = await download('politician', reports.approved, 'pdf');
    expect(res.status).toBe(200);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, text } = pdfText(bytes);
    // 20,000 characters take several pages.
    expect(pages).toBeGreaterThanOrEqual(5);
    inOrder(text, [
      'Kvalitetsrapport Engelbrektskolan 7-9 2025/26',
      `Skolenhetens rapport · Borås kommun · Läsår 2025/26 · Status: Godkänd · Rapportdatum ${today}`,
      'Resultat (ifyllt)',
      'Nyckeltal 2023/24 2024/25 2025/26',
      'Uppgift saknas 71,5 % För få elever',
      'Källa: Statistik från Skolverket',
      'Förutsättningar',
      'BÖRJAN Eleverna läser för lite',
      'SLUTET',
      'Uppföljning av förra årets åtgärder',
      OLD_MEASURE,
      'Beslutad läsåret 2024/25',
      'Genomfördes åtgärden? Ja',
      'Alla ämneslag använder strategin.',
      'Fick den avsedd effekt? Delvis',
      'Högre andel i svenska, inte i SO.',
      'Analys',
      'Orsaken är <otydliga> rutiner & "olika" förväntningar.',
      'Andra stycket: lärarnas samtal.',
      'Utvecklingsområden och orsaker',
      'Läsförståelse i åk 7',
      'Tema: Språk, läsande och skrivande',
      `Orsak: ${CAUSE}`,
      `Underlag (Iakttagelse): ${EVIDENCE}`,
      'Åtgärder',
      MEASURE,
      'Ansvarig: Förstelärare Bo · Klar senast: 2027-06-15',
      `Orsak som åtgärden riktar sig mot: ${CAUSE} (Läsförståelse i åk 7)`,
      `Förväntad effekt: ${EFFECT}`,
      'Aktivitet i handlingsplan: Ingen ännu',
      'Delaktighet',
      'Lärare Ja Ämneslagen analyserade resultaten.',
      'Elever Nej',
      'Eleverna har inte deltagit.',
      'Kommentarer',
      RETURN_COMMENT,
      APPROVE_COMMENT,
      'Historik',
      'Utkast',
      'Godkänd',
    ]);
    expect(text).toContain('Sida 1 av');
    expect(text).toContain('Lyfta');
    // pdfmake may break a long word at a slash; the words themselves are all there.
    expect(text.replace(/ /g, '')).toContain(FORMULA.replace(/ /g, ''));
  });

  it('the Word file is a package with its styles; the text is all there, escaped, with its emoji and line breaks', async () => {
    const { res, bytes } = await download('teacher', reports.approved, 'docx');
    expect(res.status).toBe(200);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'docProps/core.xml',
        'word/_rels/document.xml.rels',
        'word/document.xml',
        'word/styles.xml',
      ].sort(),
    );
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain(
      'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"',
    );
    const styles = await zip.file('word/styles.xml')!.async('string');
    for (const id of ['Title', 'Heading1', 'Heading2']) expect(styles).toContain(`w:styleId="${id}"`);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
    // Escaped as XML, nothing XML 1.0 forbids, emoji kept as characters.
    expect(xml).toContain('Orsaken är &lt;otydliga&gt; rutiner &amp; &quot;olika&quot; förväntningar.');
    expect(xml).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
    expect(xml).toContain('📚');

    const paragraphs = docxParagraphs(xml);
    expect(paragraphs[0]).toEqual({ style: 'Title', text: 'Kvalitetsrapport Engelbrektskolan 7-9 2025/26' });
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      'Resultat (ifyllt)',
      'Förutsättningar',
      'Uppföljning av förra årets åtgärder',
      'Analys',
      'Utvecklingsområden och orsaker',
      'Åtgärder',
      'Delaktighet',
      'Kommentarer',
      'Historik',
    ]);
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      OLD_MEASURE,
      'Läsförståelse i åk 7',
      MEASURE,
      FORMULA,
    ]);
    const texts = paragraphs.map((p) => p.text);
    expect(texts).toContain(LONG);
    expect(texts).toContain(ANALYSIS);
    const all = texts.join('\n');
    inOrder(all, [
      `Skolenhetens rapport · Borås kommun · Läsår 2025/26 · Status: Godkänd · Rapportdatum ${today}`,
      'Uppgift saknas',
      '71,5 %',
      'För få elever',
      'Genomfördes åtgärden? Ja',
      'Fick den avsedd effekt? Delvis',
      `Orsak: ${CAUSE}`,
      `Underlag (Iakttagelse): ${EVIDENCE}`,
      'Ansvarig: Förstelärare Bo · Klar senast: 2027-06-15',
      `Förväntad effekt: ${EFFECT}`,
      'Eleverna har inte deltagit.',
      RETURN_COMMENT,
      APPROVE_COMMENT,
    ]);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:title>Kvalitetsrapport Engelbrektskolan 7-9 2025/26</dc:title>');
  });

  it('the CSV lists the measures, then the follow-ups, with BOM, semicolons and formulas guarded', async () => {
    const { res, bytes } = await download('principal', reports.approved, 'csv');
    expect(res.status).toBe(200);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows).toEqual([
      CSV_MEASURE_HEADER,
      ['Läsförståelse i åk 7', CAUSE, MEASURE, 'Förstelärare Bo', '2027-06-15', expect.any(String), EFFECT, ''],
      ['Läsförståelse i åk 7', CAUSE, `'${FORMULA}`, "'@rektor", '', '', "'+5 procentenheter", ''],
      [''],
      CSV_FOLLOW_UP_HEADER,
      [
        OLD_MEASURE,
        '2024/25',
        'Förstelärare',
        '',
        'Högre andel med godkänt',
        '',
        'Ja',
        'Alla ämneslag använder strategin.',
        'Delvis',
        'Högre andel i svenska, inte i SO.',
      ],
    ]);
    expect(rows[1]![5]).not.toBe('');
    expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"",""klicka"")"`);
  });

  it(`shares the plan reports' cap of ${MAX_CONCURRENT_REPORTS} at once: one refused is a 503 with Retry-After`, async () => {
    const answers = await Promise.all(
      Array.from({ length: MAX_CONCURRENT_REPORTS + 4 }, (_, n) =>
        download('administration', reports.approved, n % 2 ? 'docx' : 'pdf'),
      ),
    );
    const statuses = answers.map((a) => a.res.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(MAX_CONCURRENT_REPORTS);
    for (const a of answers.filter((x) => x.res.status !== 200)) {
      expect(a.res.status).toBe(503);
      expect(a.res.headers.get('retry-after')).toBe('2');
    }
    expect((await download('administration', reports.approved, 'pdf')).res.status).toBe(200);
  });

  it("the organiser's report names itself and the units not handed in, without a participation section", async () => {
    const { res, bytes } = await download('administration', reports.organiser, 'pdf');
    expect(res.status).toBe(200);
    const { text } = pdfText(bytes);
    expect(text).toContain('Kvalitetsrapport Borås kommun 2025/26');
    expect(text).toContain('Huvudmannens rapport · Borås kommun');
    expect(text).toContain('Enheter som inte lämnat in');
    expect(text).not.toContain('Delaktighet');
    const docx = await JSZip.loadAsync((await download('admin', reports.organiser, 'docx')).bytes);
    const paragraphs = docxParagraphs(await docx.file('word/document.xml')!.async('string'));
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toContain('Enheter som inte lämnat in');
  });
});
