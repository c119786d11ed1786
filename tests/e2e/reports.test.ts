/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { axeViolations } from '../support/browser.js';
import { pdfText } from '../support/pdf-text.js';
import { demo, heading, poll, signedIn, demoInChromium } from './demo-server.js';

const PLAN = 'Lust att lära – möjlighet att lyckas!';

/** The number in a value as the report shows it ("82,5", "82,5 %", "Plats 25", "1 234"), or null. */
function numberIn(shown: string): number | null {
  const match = /-?\d[\d\s\u00a0\u202f]*(,\d+)?/.exec(shown);
  return match ? Number(match[0].replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')) : null;
}

/** A cell's text (exceljs gives strings, numbers, or rich text). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return String(value);
}

describe('the board report from the plan page, in Chromium on the demo database', () => {
  const app = demoInChromium();

  it('a principal downloads the PDF, which holds every situation the print view shows', async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.principalBoras);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Handlingsplaner' }).click();
    await page.getByRole('link', { name: PLAN }).click();
    await poll(() => heading(page)).toBe(PLAN);
    const downloads = page.getByRole('navigation', { name: 'Ladda ner rapporten' });
    await poll(() => downloads.getByRole('link').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);

    // The print view: the report's sections, no filters or downloads.
    await page.emulateMedia({ media: 'print' });
    const report = page.getByTestId('board-report');
    expect(await report.isVisible()).toBe(true);
    expect(await downloads.isVisible()).toBe(false);
    expect(await page.getByLabel('Status', { exact: true }).isVisible()).toBe(false);
    const printed = (await report.textContent()) ?? '';
    for (const part of [
      'Rapport till nämnden',
      'Rapportdatum',
      'Planens framsteg',
      'Åtgärder per status',
      'Mål och senaste värden',
    ])
      expect(printed).toContain(part);
    const situations = (await report.getByTestId('situation').allTextContents()).map((s) => s.trim());
    expect(situations.length).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('link', { name: 'Ladda ner PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^lyfta-lust-att-lara-mojlighet-att-lyckas-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = await readFile((await download.path())!);
    const { text } = pdfText(pdf);
    const words = (s: string) => s.replace(/\s+/g, '');
    expect(text).toContain('Lyfta');
    expect(text).toContain('Borås');
    for (const situation of situations) expect(words(text)).toContain(words(situation));
    await context.close();
  });

  it('a principal downloads the Excel workbook: the items’ situations and the goals’ latest values', async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.principalBoras);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Handlingsplaner' }).click();
    await page.getByRole('link', { name: PLAN }).click();
    await poll(() => heading(page)).toBe(PLAN);
    const downloads = page.getByRole('navigation', { name: 'Ladda ner rapporten' });
    await poll(() => downloads.getByRole('link').count()).toBe(3);
    const report = page.getByTestId('board-report');
    const situations = (await report.getByTestId('situation').allTextContents()).map((s) => s.trim());
    expect(situations.length).toBeGreaterThan(0);
    // Each goal of the print view with the latest values of its targets ('–' where there is none).
    await poll(() => report.locator('h2 ~ table.report-table').count()).toBeGreaterThan(0);
    const goals = await report.evaluate((el) => {
      const found: Array<{ title: string; latest: string[] }> = [];
      const start = [...el.querySelectorAll('h2')].find((h) => h.textContent?.trim() === 'Mål och senaste värden');
      for (let node = start?.nextElementSibling; node; node = node.nextElementSibling) {
        if (node.tagName === 'H3') found.push({ title: node.textContent!.trim(), latest: [] });
        if (node.tagName === 'TABLE')
          for (const row of node.querySelectorAll('tbody tr'))
            found.at(-1)!.latest.push(row.querySelectorAll('td')[2]!.textContent!.trim());
      }
      return found;
    });
    expect(goals.length).toBeGreaterThan(0);
    expect(goals.flatMap((g) => g.latest).filter((v) => v !== '–').length).toBeGreaterThan(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('link', { name: 'Ladda ner Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^lyfta-lust-att-lara-mojlighet-att-lyckas-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    const rows = (name: string) => {
      const sheet = book.getWorksheet(name);
      expect(sheet, name).toBeDefined();
      const all: string[][] = [];
      sheet!.eachRow((row) => all.push((row.values as ExcelJS.CellValue[]).slice(1).map(cellText)));
      return all;
    };

    // Items: one row per item below the header, the situation in the column "Läget".
    const [itemHeader, ...itemRows] = rows('Åtgärder');
    const situationColumn = itemHeader!.indexOf('Läget');
    expect(situationColumn).toBeGreaterThanOrEqual(0);
    const sheetSituations = itemRows.map((r) => (r[situationColumn] ?? '').trim()).filter((s) => s !== '');
    expect([...sheetSituations].sort()).toEqual([...situations].sort());

    // Goals: every goal listed, and each one's latest values the numbers the print view shows.
    const [goalHeader, ...goalRows] = rows('Mål och värden');
    const [titleColumn, latestColumn] = [goalHeader!.indexOf('Mål'), goalHeader!.indexOf('Senaste värde')];
    expect([titleColumn, latestColumn].every((c) => c >= 0)).toBe(true);
    for (const goal of goals) {
      const ofGoal = goalRows.filter((r) => r[titleColumn] === goal.title);
      expect(ofGoal.length, goal.title).toBeGreaterThan(0);
      const sheetValues = ofGoal.map((r) => numberIn(r[latestColumn] ?? '')).filter((v) => v !== null);
      const shownValues = goal.latest.map(numberIn).filter((v) => v !== null);
      expect([...sheetValues].sort(), goal.title).toEqual([...shownValues].sort());
    }
    await context.close();
  });
});
