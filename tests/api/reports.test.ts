/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import ExcelJS from 'exceljs';
import { startTestServer, type TestServer } from '../support/server.js';
import { ApiClient, makeMunicipality, makePlan, makeSchoolUnit } from '../support/api.js';
import { signInCast } from '../support/roles.js';
import { pdfText } from '../support/pdf-text.js';
import { MeasurementModel } from '../../server/src/modules/indicators/index.js';
import { ensureDemoIndicators } from '../../server/src/demo/index.js';
import { GOALS_SHEET, ITEMS_SHEET, MAX_CONCURRENT_REPORTS } from '../../server/src/modules/reports/index.js';

type Who =
  | 'anonymous'
  | 'politician'
  | 'administration'
  | 'principal'
  | 'teacher'
  | 'coach'
  | 'admin'
  | 'otherAdministration'
  | 'otherPolitician';
type PlanKey = 'ownActive' | 'ownDraft' | 'otherActive' | 'absent';

// Who gets the report (200) of which plan; everything else is the same 404 as an absent plan.
const sees: Record<Who, PlanKey[]> = {
  anonymous: [],
  politician: ['ownActive'],
  administration: ['ownActive', 'ownDraft'],
  principal: ['ownActive'],
  teacher: ['ownActive'],
  coach: [],
  admin: ['ownActive', 'ownDraft', 'otherActive'],
  otherAdministration: ['otherActive'],
  otherPolitician: ['otherActive'],
};
const FORMATS = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

const SITUATION_1 = 'Läsfrämjande insatser på Sjöboskolan är igång; 62 % av eleverna läser dagligen.';
const SITUATION_2 = 'Två av tre skolor har börjat med kollegialt lärande.';
const EFFECT = 'Fler elever når godtagbara kunskaper i svenska.';
const FORMULA = '=HYPERLINK("http://example.invalid","klicka")';

describe('board report of a plan (PDF, XLSX, CSV)', () => {
  let server: TestServer;
  let clients: Record<Who, ApiClient>;
  const plans = {} as Record<PlanKey, string>;
  let absentBody: string;

  async function download(who: Who, planId: string, format: string) {
    const client = clients[who];
    const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${server.url}/reports/plans/${planId}.${format}`, {
      headers: cookie ? { cookie } : {},
    });
    return { res, bytes: Buffer.from(await res.arrayBuffer()) };
  }

  beforeAll(async () => {
    server = await startTestServer();
    const boras = await makeMunicipality('1490', 'Borås kommun');
    const orebro = await makeMunicipality('1880', 'Örebro kommun');
    const unit = await makeSchoolUnit(boras, '86215855', 'Sjöboskolan');
    ({ clients } = await signInCast(
      server.url,
      Object.keys(sees) as Who[],
      { municipality: boras, unit, otherMunicipality: orebro },
      { names: { administration: 'Åsa Förvaltare' } },
    ));
    const ownActive = await makePlan({ owner: boras, status: 'active', areas: 2, itemsPerArea: 2, updatesPerItem: 1 });
    const ownDraft = await makePlan({ owner: boras, status: 'draft' });
    const otherActive = await makePlan({ owner: orebro, status: 'active' });
    plans.ownActive = ownActive.plan._id.toHexString();
    plans.ownDraft = ownDraft.plan._id.toHexString();
    plans.otherActive = otherActive.plan._id.toHexString();
    plans.absent = new mongoose.Types.ObjectId().toHexString();

    // Situations, an effect and a would-be formula, written as a user would.
    const [i1, i2, i3, i4] = ownActive.itemIds.map((id) => id.toHexString());
    const record = (itemId: string, input: Record<string, unknown>) =>
      clients.administration.ok('mutation($i: RecordStatusUpdateInput!) { recordStatusUpdate(input: $i) { id } }', {
        i: { itemId, expectedVersion: 1, ...input },
      });
    await record(i1!, { status: 'IN_PROGRESS', progress: 40, text: SITUATION_1 });
    await record(i2!, { status: 'DONE', progress: 100, text: SITUATION_2, effect: EFFECT });
    await record(i3!, { status: 'AT_RISK', progress: 10, text: FORMULA });
    await record(i4!, { status: 'CANCELLED', progress: 0, text: 'Ersatt av en annan åtgärd.' });

    const ids = await ensureDemoIndicators(['oj.compositeRank']);
    await MeasurementModel.insertMany(
      [2022, 2023, 2024].map((year, n) => ({
        indicatorId: ids.get('oj.compositeRank'),
        organisationCode: '1490',
        year,
        value: 120 - 30 * n,
        source: 'test',
        importedAt: new Date(),
      })),
    );
    await clients.administration.ok('mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }', {
      i: {
        organisationId: boras._id.toHexString(),
        planId: plans.ownActive,
        title: 'Topp 25 år 2027',
        status: 'ACTIVE',
        targets: [
          {
            indicatorKey: 'oj.compositeRank',
            scopeOrganisationId: boras._id.toHexString(),
            kind: 'RANK',
            targetRank: 25,
            targetYear: 2027,
          },
        ],
      },
    });
    absentBody = (await download('administration', plans.absent, 'pdf')).bytes.toString('utf8');
  });
  afterAll(async () => {
    await server?.stop();
  });

  const whos = Object.keys(sees) as Who[];
  const planKeys: PlanKey[] = ['ownActive', 'ownDraft', 'otherActive', 'absent'];
  const cases = whos.flatMap((who) => planKeys.map((plan) => ({ who, plan, ok: sees[who].includes(plan) })));

  it.each(cases)('$who, $plan plan: 200 only where the plan page opens ($ok)', async ({ who, plan, ok }) => {
    for (const format of Object.keys(FORMATS) as Array<keyof typeof FORMATS>) {
      const { res, bytes } = await download(who, plans[plan], format);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      if (ok) {
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe(FORMATS[format]);
        expect(res.headers.get('content-disposition')).toMatch(
          new RegExp(`^attachment; filename="lyfta-plan-[a-z0-9-]+-\\d{4}-\\d{2}-\\d{2}\\.${format}"$`),
        );
        expect(bytes.length).toBeGreaterThan(0);
      } else {
        expect(res.status).toBe(404);
        expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
        expect(bytes.toString('utf8')).toBe(absentBody);
      }
    }
    // The report agrees with the API: the same viewer opens the same plans.
    const body = await clients[who].gql<any>('query($id: ID!) { actionPlan(id: $id) { id } }', { id: plans[plan] });
    expect(body.data?.actionPlan?.id === plans[plan]).toBe(ok);
  });

  it('answers an unknown format or a malformed id with the same 404 as an absent plan', async () => {
    expect(JSON.parse(absentBody)).toEqual({
      error: { code: 'NOT_FOUND', messages: { sv: 'Planen finns inte.', en: 'The plan was not found.' } },
    });
    for (const path of [
      `${plans.ownActive}.exe`,
      `${plans.ownActive}.PDF`,
      'not-an-id.pdf',
      `${plans.ownActive}`,
      `${plans.ownActive}.pdf.csv`,
      `${'ä'.repeat(500)}.pdf`,
    ]) {
      const cookie = [...clients.administration.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const res = await fetch(`${server.url}/reports/plans/${encodeURIComponent(path)}`, { headers: { cookie } });
      expect(res.status, path).toBe(404);
      expect(await res.text()).toBe(absentBody);
    }
  });

  it('the PDF holds the date, counts, progress and how it is computed, every situation, the effect, the goals, page numbers, Lyfta and the municipality', async () => {
    const { res, bytes } = await download('politician', plans.ownActive, 'pdf');
    expect(res.status).toBe(200);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, text } = pdfText(bytes);
    expect(pages).toBeGreaterThanOrEqual(1);
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    for (const expected of [
      'Lyfta',
      'Borås kommun',
      `Rapportdatum ${today}`,
      SITUATION_1,
      SITUATION_2,
      `Effekt: ${EFFECT}`,
      'Ersatt av en annan åtgärd.',
      'Planens framsteg',
      // Done counts as 100, cancelled is left out: (40 + 100 + 10) / 3 = 50.
      '50 % klart',
      '150 procentenheter delat med 3 åtgärder',
      'Inställda åtgärder (1) räknas inte.',
      'Ej påbörjad Pågår I riskzonen Klar Inställd Totalt 0 1 1 1 1 4',
      'Topp 25 år 2027',
      'Plats 25 eller bättre år 2027',
      'Plats 60',
      `Sida 1 av ${pages}`,
    ]) {
      expect(text).toContain(expected);
    }
    // pdfmake may break a long word at a slash; the words themselves are all there.
    expect(text.replace(/ /g, '')).toContain(FORMULA.replace(/ /g, ''));
  });

  it('the workbook has the items on "Åtgärder" and the goals with their latest values on "Mål och värden"', async () => {
    const { res, bytes } = await download('teacher', plans.ownActive, 'xlsx');
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const items = book.getWorksheet(ITEMS_SHEET)!;
    const goals = book.getWorksheet(GOALS_SHEET)!;
    expect(items.getRow(1).values).toEqual([
      undefined,
      'Område',
      'Åtgärd',
      'Ansvarig',
      'Klar senast',
      'Status',
      'Framsteg (%)',
      'Läget',
      'Läget skrivet av',
      'Läget skrivet',
      'Effekt',
    ]);
    expect(items.rowCount).toBe(5);
    const rows = [2, 3, 4, 5].map((n) => items.getRow(n));
    const bySituation = new Map(rows.map((r) => [r.getCell(7).value, r]));
    const first = bySituation.get(SITUATION_1)!;
    expect([first.getCell(1).value, first.getCell(2).value, first.getCell(5).value, first.getCell(6).value]).toEqual([
      'Område 1',
      'Åtgärd 1.1',
      'Pågår',
      40,
    ]);
    expect(first.getCell(8).value).toBe('Åsa Förvaltare');
    const done = bySituation.get(SITUATION_2)!;
    expect([done.getCell(5).value, done.getCell(6).value, done.getCell(10).value]).toEqual(['Klar', 100, EFFECT]);
    // A text that looks like a formula stays text.
    const risky = bySituation.get(`'${FORMULA}`)!;
    expect(risky).toBeDefined();
    expect(risky.getCell(7).type).toBe(ExcelJS.ValueType.String);
    expect(
      items
        .getSheetValues()
        .flat()
        .some((v) => typeof v === 'object' && v && 'formula' in v),
    ).toBe(false);

    expect(goals.getRow(2).values).toEqual([
      undefined,
      'Topp 25 år 2027',
      'Aktiv',
      expect.any(String),
      'Borås kommun',
      'Plats 25 eller bättre år 2027',
      'Plats 60',
      2024,
      expect.stringMatching(/^(I fas|Risk|Ur fas)$/),
      expect.any(String),
    ]);
  });

  it('the CSV is UTF-8 with a BOM, semicolon-separated, with formulas guarded', async () => {
    const { res, bytes } = await download('principal', plans.ownActive, 'csv');
    expect(res.status).toBe(200);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'Område;Åtgärd;Ansvarig;Klar senast;Status;Framsteg (%);Läget;Läget skrivet av;Läget skrivet;Effekt',
    );
    expect(lines).toHaveLength(6);
    const row = lines.find((l) => l.includes('Sjöboskolan'))!;
    // A semicolon in a cell is quoted.
    expect(row).toContain(`"${SITUATION_1}"`);
    expect(lines.find((l) => l.includes('HYPERLINK'))).toContain(
      `"'=HYPERLINK(""http://example.invalid"",""klicka"")"`,
    );
    expect(lines.find((l) => l.includes(EFFECT))).toMatch(/;Klar;100;/);
  });

  it(`makes at most ${MAX_CONCURRENT_REPORTS} reports at once: one refused is a 503 with Retry-After`, async () => {
    const answers = await Promise.all(
      Array.from({ length: MAX_CONCURRENT_REPORTS + 4 }, () => download('administration', plans.ownActive, 'pdf')),
    );
    const statuses = answers.map((a) => a.res.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(MAX_CONCURRENT_REPORTS);
    for (const a of answers.filter((x) => x.res.status !== 200)) {
      expect(a.res.status).toBe(503);
      expect(a.res.headers.get('retry-after')).toBe('2');
    }
    // Afterwards the next one is made again.
    expect((await download('administration', plans.ownActive, 'pdf')).res.status).toBe(200);
  });
});
