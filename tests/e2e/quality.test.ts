/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/browser.js';
import { heading, poll, signedIn, demoInChromium } from './demo-server.js';

// Kronan 7-9's principal writes the unit's report for 2026/27 and hands it in; the administration
// sends it back with a comment; the principal revises it and it is approved. Then Borås's
// politician follows the red thread of an approved report from a result to its measure.

const PRINCIPAL = 'Ali Karlsson';
const LEADER = 'Helena Björk';
const POLITICIAN = 'Lena Sjöberg';
const AREA = 'Problemlösning i matematik';
const CAUSE = 'Eleverna får sällan förklara hur de löser textuppgifter.';
const MEASURE = 'Gemensamma problemlösningslektioner varje vecka i årskurs 7–9.';
const REVIEW = 'Beskriv hur eleverna har deltagit i analysen.';

async function expectAxeClean(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await axeViolations(page)).toEqual([]);
}

/** Opens the report of Kronan 7-9 for 2026/27 from the quality work page. */
async function openReport(browser: Browser, url: string, name: string) {
  const session = await signedIn(browser, url, name);
  const { page } = session;
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kvalitetsarbete' }).click();
  await poll(() => heading(page)).toBe('Systematiskt kvalitetsarbete');
  const year = page.getByTestId('report-year').filter({ hasText: 'Läsåret 2026/27' });
  await year.getByRole('link', { name: 'Kronan 7-9' }).click();
  await poll(() => heading(page)).toBe('Kvalitetsrapport Kronan 7-9 2026/27');
  return session;
}

describe('quality work in Chromium on the demo database', () => {
  const app = demoInChromium();

  it('a principal writes and hands in a report, the administration returns it, the principal revises it and it is approved', async () => {
    // The principal starts this school year's report: last year's measure is there to follow up.
    const principal = await signedIn(app.browser, app.server.url, PRINCIPAL);
    const page = principal.page;
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kvalitetsarbete' }).click();
    await poll(() => heading(page)).toBe('Systematiskt kvalitetsarbete');
    await expectAxeClean(page);
    expect(await page.getByLabel('Läsår', { exact: true }).inputValue()).toBe('2027');
    await page.getByRole('button', { name: 'Starta rapporten' }).click();
    await poll(() => heading(page)).toBe('Kvalitetsrapport Kronan 7-9 2026/27');
    const followUps = page.getByTestId('follow-ups');
    expect(await followUps.textContent()).toContain('Utöka lärgrupperna till matematiklärarna');

    // Handing in an analysis without causes is refused, saying what is missing and why.
    await page.getByTestId('submit-report').click();
    await poll(() => page.getByTestId('review').textContent()).toContain('behöver minst ett utvecklingsområde');
    expect(await page.getByTestId('report-status').first().textContent()).toBe('Utkast');

    // The analysis: a development area whose cause cites its evidence.
    await page.getByTestId('edit-areas').click();
    await page.getByTestId('add-area').click();
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('area-title');
    await page.keyboard.type(AREA);
    expect(await page.getByTestId('areas').textContent()).toContain('Varför blev resultatet så?');
    await page.getByTestId('add-cause').click();
    await page.getByTestId('cause-text').fill(CAUSE);
    await page.getByLabel('Underlag', { exact: true }).selectOption({ label: 'Iakttagelse' });
    await page.getByTestId('cause-evidence').fill('Lektionsbesök i åtta matematiklektioner, november 2026.');
    await expectAxeClean(page);
    await page.getByTestId('save-areas').click();
    await poll(() => page.getByTestId('area').count()).toBe(1);
    expect(await page.getByTestId('area').textContent()).toContain(CAUSE);

    // A measure aimed at that cause.
    await page.getByTestId('edit-measures').click();
    await page.getByTestId('add-measure').click();
    await page.getByTestId('measure-text').fill(MEASURE);
    await page.getByTestId('measure-owner').fill('Förstelärare i matematik');
    await page.getByTestId('measure-cause').selectOption({ label: `${AREA}: ${CAUSE}` });
    await page.getByTestId('measure-effect').fill('Fler elever klarar textuppgifterna på de nationella proven.');
    await page.getByTestId('save-measures').click();
    await poll(() => page.getByTestId('measure').count()).toBe(1);
    expect(await page.getByTestId('measure').textContent()).toContain(`${AREA}: ${CAUSE}`);

    // Last year's measures: carried out, and separately whether they had effect.
    await page.getByTestId('edit-follow-ups').click();
    await followUps.getByTestId('carried-YES').check();
    await followUps.getByTestId('effect-PARTLY').check();
    await page.getByTestId('save-follow-ups').click();
    await poll(() => followUps.getByTestId('follow-up').first().textContent()).toMatch(
      /Fick den avsedd effekt\?\s*Delvis/,
    );

    // Participation, with the warning when the pupils took no part; then in with it.
    await page.getByTestId('edit-participation').click();
    await page.getByTestId('teachers-yes').check();
    await page.getByTestId('staff-yes').check();
    await page.getByTestId('pupils-no').check();
    expect(await page.getByTestId('participation').textContent()).toContain('Eleverna har inte deltagit');
    await page.getByTestId('save-participation').click();
    await poll(() => page.getByTestId('pupils-warning').count()).toBe(1);
    await page.getByTestId('submit-report').click();
    await poll(() => page.getByTestId('report-status').first().textContent()).toBe('Inlämnad');
    expect(await page.getByTestId('edit-areas').count()).toBe(0);
    await principal.context.close();

    // The administration finds it on its start page, and sends it back with a comment (an empty one is refused first).
    const leader = await signedIn(app.browser, app.server.url, LEADER);
    const waiting = leader.page.getByTestId('reports-to-attend');
    await poll(() => waiting.textContent()).toContain('Kvalitetsrapport Kronan 7-9 2026/27');
    await waiting.getByRole('link', { name: 'Kvalitetsrapport Kronan 7-9 2026/27' }).click();
    await poll(() => heading(leader.page)).toBe('Kvalitetsrapport Kronan 7-9 2026/27');
    await leader.page.getByTestId('return-report').click();
    await poll(() => leader.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'review-comment',
    );
    await leader.page.getByTestId('review-comment').fill(REVIEW);
    await expectAxeClean(leader.page);
    await leader.page.getByTestId('return-report').click();
    await poll(() => leader.page.getByTestId('report-status').first().textContent()).toBe('Återsänd');
    await leader.context.close();

    // The principal finds the returned report on the start page, reads the comment, lets the pupils take part, and hands it in again.
    const again = await signedIn(app.browser, app.server.url, PRINCIPAL);
    const own = again.page.getByTestId('report-to-attend').filter({ hasText: '2026/27' });
    await poll(() => own.textContent()).toContain('Återsänd');
    await own.getByRole('link').click();
    await poll(() => heading(again.page)).toBe('Kvalitetsrapport Kronan 7-9 2026/27');
    expect(await again.page.getByTestId('returned-notice').count()).toBe(1);
    expect(await again.page.getByTestId('report-comment').textContent()).toContain(REVIEW);
    await again.page.getByTestId('edit-participation').click();
    await again.page.getByTestId('pupils-yes').check();
    await again.page.getByLabel('Hur').nth(2).fill('Klassråden analyserade elevenkäten.');
    await again.page.getByTestId('save-participation').click();
    await poll(() => again.page.getByTestId('pupils-warning').count()).toBe(0);
    await again.page.getByTestId('submit-report').click();
    await poll(() => again.page.getByTestId('report-status').first().textContent()).toBe('Inlämnad');
    await again.context.close();

    const approver = await openReport(app.browser, app.server.url, LEADER);
    await approver.page.getByTestId('approve-report').click();
    await poll(() => approver.page.getByTestId('report-status').first().textContent()).toBe('Godkänd');
    const history = await approver.page.getByTestId('review').textContent();
    for (const step of ['Utkast', 'Inlämnad', 'Återsänd', 'Godkänd']) expect(history).toContain(step);
    await approver.context.close();
  });

  it("a politician follows an approved report's red thread from a result to its measure", async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, POLITICIAN);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kvalitetsarbete' }).click();
    await poll(() => heading(page)).toBe('Systematiskt kvalitetsarbete');
    // Only approved reports: Bodaskolan's handed-in one and the drafts are not listed.
    await poll(() => page.getByTestId('report-row').count()).toBe(1);
    await page.getByRole('link', { name: 'Engelbrektskolan 7-9' }).click();
    await poll(() => heading(page)).toBe('Kvalitetsrapport Engelbrektskolan 7-9 2025/26');
    expect(await page.getByTestId('figure-ak9.allSubjects-2025').textContent()).toContain('74,4');
    expect(await page.getByTestId('edit-areas').count()).toBe(0);
    await expectAxeClean(page);
    await page.getByRole('link', { name: 'Röda tråden genom åren' }).click();
    await poll(() => heading(page)).toBe('Röda tråden: Engelbrektskolan 7-9');
    const year = page.getByTestId('thread-year').first();
    expect(await year.textContent()).toContain('Andel (%) som fått godkänt betyg i alla ämnen, åk 9: 74,4');
    const area = year.getByTestId('thread-area').first();
    expect(await area.textContent()).toContain('Lärarna sambedömer sällan elevarbeten');
    expect(await area.getByTestId('thread-measure').textContent()).toContain('Sambedömning av nationella prov');
    await expectAxeClean(page);
    await context.close();
  });

  it("the administration reads its organiser report over the units and turns a unit's measure into an action item of its plan", async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, 'Jonas Ek');
    await page.goto('/kvalitetsarbete');
    await page.getByRole('link', { name: 'Huvudmannens rapport, Borås kommun' }).click();
    await poll(() => heading(page)).toBe('Kvalitetsrapport Borås kommun 2025/26');
    const overview = page.getByTestId('organiser-overview');
    await poll(() => overview.getByTestId('not-submitted').textContent()).toContain('Björkhöjdskolan F-6');
    expect(await overview.getByTestId('not-submitted').textContent()).not.toContain('Engelbrektskolan');
    const assessment = overview.getByTestId('theme').filter({ hasText: 'Bedömning och betyg' });
    expect(await assessment.textContent()).toContain('Engelbrektskolan 7-9: Likvärdig bedömning');
    await expectAxeClean(page);

    await overview.getByRole('link', { name: 'Engelbrektskolan 7-9' }).click();
    await poll(() => heading(page)).toBe('Kvalitetsrapport Engelbrektskolan 7-9 2025/26');
    const measure = page.getByTestId('measure').first();
    await measure.getByTestId('measure-to-item').click();
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'measure-item-area',
    );
    await measure.getByTestId('measure-item-area').selectOption({ label: 'Resultat' });
    await expectAxeClean(page);
    await measure.getByTestId('measure-item-create').click();
    await poll(() => measure.getByTestId('measure-item').count()).toBe(1);
    await measure.getByTestId('measure-item').click();
    await poll(() => heading(page)).toContain('Sambedömning av nationella prov');
    expect(await page.getByTestId('item-from-quality').textContent()).toContain(
      'Kvalitetsrapport Engelbrektskolan 7-9 2025/26',
    );
    await context.close();
  });
});
