/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser } from '../support/browser.js';
import { pdfText } from '../support/pdf-text.js';
import type { TestServer } from '../support/server.js';
import { demo, heading, poll, signedIn, startDemoServer } from './demo-server.js';

const PLAN = 'Lust att lära – möjlighet att lyckas!';

describe('the board report from the plan page, in Chromium on the demo database', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a principal downloads the PDF, which holds every situation the print view shows', async () => {
    const { context, page } = await signedIn(browser, server.url, demo.principalBoras);
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
});
