/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser.js';
import { heading, poll, signedIn, demoInChromium } from './demo-server.js';

// Stockholm's demo: the coach's two engagements (the teacher's active one in svenska, a colleague's
// closed one). The coach reads the statistics, every figure of so few engagements held back as
// "för få" and their own caseload in full; the education administration sets the retention after
// a number out of range is refused on its field; the registrar takes the teacher's engagement out
// for a secrecy assessment after the confirmation and downloads it; the teacher is told, by whom,
// and follows the notice to the engagement.
const COACH = 'Nora Falk';
const DIRECTOR = 'Karin Alm';
const REGISTRAR = 'Lovisa Norén';
const TEACHER = 'Johan Strand';

const focused = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('coaching records: statistics, retention and the registrar’s export', () => {
  const app = demoInChromium();

  it('shows the statistics held back below five, sets the retention, exports one engagement for a secrecy assessment and tells its teacher; axe finds nothing', async () => {
    // The coach: statistics through the navigation, nothing shown below the threshold.
    const coach = await signedIn(app.browser, app.server.url, COACH);
    const c = coach.page;
    await c.getByRole('link', { name: 'Coachningsstatistik', exact: true }).click();
    await poll(() => heading(c)).toBe('Coachningsstatistik');
    const bySubject = c.getByTestId('statistics-by-subject');
    await poll(() => bySubject.locator('caption').textContent()).toContain('Coachningar per skolenhet och ämne');
    expect(await bySubject.locator('thead th').allTextContents()).toEqual(
      expect.arrayContaining(['Skolenhet', 'Alla coachningar', 'Svenska', 'Svenska som andraspråk']),
    );
    const schoolRow = bySubject.locator('tbody tr').filter({ hasText: 'Aspuddens skola' });
    expect(await schoolRow.locator('th[scope="row"]').textContent()).toContain('Aspuddens skola');
    // Two engagements in one school: no figure of the school may show, nor of the municipality.
    expect(await schoolRow.locator('td [data-figure="too-few"]').count()).toBeGreaterThan(0);
    expect(await bySubject.locator('td').allTextContents()).not.toContain('2');
    expect(await bySubject.locator('td').allTextContents()).not.toContain('1');
    expect(await c.getByTestId('statistics-legend').textContent()).toContain('färre än 5 coachningar');
    expect(await c.getByTestId('statistics-by-duration').locator('caption').textContent()).toContain(
      'Coachningar per skolenhet och längd',
    );
    const caseload = c.getByTestId('coaching-caseload');
    await poll(() => caseload.locator('tbody tr').allInnerTexts()).toEqual([
      'Pågående\t1',
      'Avslutade\t1',
      'Avslutade och gallrade\t0',
      'Totalt\t2',
    ]);
    // The coach reads the retention but may not change it.
    expect(await c.getByTestId('coaching-retention').textContent()).toContain(
      'månader efter att coachningen avslutades',
    );
    expect(await c.getByTestId('retention-months').count()).toBe(0);
    expect(await axeViolations(c)).toEqual([]);
    expect(coach.cspViolations).toEqual([]);

    // The administration sets the retention: out of range refused on its field, then saved.
    const director = await signedIn(app.browser, app.server.url, DIRECTOR);
    const d = director.page;
    await d.goto('/coachning/statistik');
    await poll(() => heading(d)).toBe('Coachningsstatistik');
    const retention = d.getByTestId('coaching-retention');
    const months = retention.getByLabel('Månader efter avslut');
    await poll(() => months.inputValue()).toMatch(/^\d+$/);
    await months.fill('200');
    await retention.getByRole('button', { name: 'Spara gallringstiden' }).click();
    await poll(() => retention.locator('.field-error').count()).toBe(1);
    // The message above says to correct the marked field, not the API's name for it.
    expect(await retention.getByRole('alert').first().textContent()).toContain(
      'Inget sparades. Rätta det som är markerat i formuläret.',
    );
    expect(await retention.textContent()).not.toContain('input.months');
    expect(await months.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await months.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(d)).toEqual([]);
    await months.fill('18');
    await retention.getByRole('button', { name: 'Spara gallringstiden' }).click();
    await poll(() => focused(d)).toBe('Sparat. Innehållet gallras nu 18 månader efter avslut.');
    await poll(() => d.getByTestId('retention-current').textContent()).toContain('18 månader');
    expect(await retention.locator('.field-error').count()).toBe(0);
    expect(await axeViolations(d)).toEqual([]);

    // The registrar: the start page leads to the records; the export after the confirmation.
    const registrar = await signedIn(app.browser, app.server.url, REGISTRAR);
    const r = registrar.page;
    await r.getByRole('link', { name: 'Till coachningarna i registret' }).click();
    await poll(() => heading(r)).toBe('Coachningar i registret');
    const records = r.getByTestId('coaching-records');
    await poll(() => records.locator('tbody tr').count()).toBe(2);
    const listed = await records.textContent();
    // Facts only: neither names nor content.
    for (const name of [TEACHER, COACH]) expect(listed).not.toContain(name);
    expect(await r.locator('main').textContent()).toContain('offentlighets- och sekretesslagen (2009:400) 39 kap.');
    expect(await axeViolations(r)).toEqual([]);
    await r.getByRole('button', { name: /^Ta fram för sekretessprövning: Svenska, Aspuddens skola/ }).click();
    await poll(() => focused(r)).toBe('Ta fram coachningen för sekretessprövning?');
    const confirm = r.getByTestId('export-confirm');
    expect(await confirm.textContent()).toContain('läraren (eller lärarna) får ett meddelande');
    expect(await axeViolations(r)).toEqual([]);
    await confirm.getByRole('button', { name: 'Ja, ta fram coachningen' }).click();
    await poll(() => focused(r)).toBe('Framtaget för sekretessprövning');
    const result = r.getByTestId('export-result');
    expect(await result.textContent()).toContain(`av ${REGISTRAR}`);
    const text = (await result.getByTestId('export-text').textContent()) ?? '';
    expect(text).toContain('MATERIAL FÖR SEKRETESSPRÖVNING');
    expect(text).toContain(TEACHER);
    const [download] = await Promise.all([r.waitForEvent('download'), result.getByTestId('download-text').click()]);
    expect(download.suggestedFilename()).toMatch(/^sekretessprovning-coachning-\w+-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(await readFile(await download.path(), 'utf8')).toBe(text);
    const [json] = await Promise.all([r.waitForEvent('download'), result.getByTestId('download-json').click()]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    expect(typeof JSON.parse(await readFile(await json.path(), 'utf8'))).toBe('object');
    expect(await axeViolations(r)).toEqual([]);
    expect(registrar.cspViolations).toEqual([]);

    // The teacher is told who took the engagement out, and nothing of its content; the notice leads there.
    const teacher = await signedIn(app.browser, app.server.url, TEACHER);
    const t = teacher.page;
    await t.goto('/aviseringar');
    const notice = t.getByTestId('new-comments').locator('li').filter({ hasText: 'sekretessprövning' });
    await poll(() => notice.count()).toBe(1);
    expect(await notice.innerText()).toContain(
      `${REGISTRAR} · tog fram din coachning för sekretessprövning: Lärarcoachning`,
    );
    expect(await notice.textContent()).toContain('Inget av innehållet står i den här aviseringen.');
    expect(await axeViolations(t)).toEqual([]);
    await notice.getByRole('link', { name: 'Lärarcoachning' }).click();
    await poll(() => t.getByRole('heading', { name: 'Tidslinje' }).count()).toBe(1);
    expect(new URL(t.url()).pathname).toMatch(/^\/coachning\/\w+$/);
  });
});
