/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/browser.js';
import { pdfText } from '../support/pdf-text.js';
import { demo, heading, poll, signedIn, demoInChromium } from './demo-server.js';

const TITLE = 'Topp 50 i Öppna jämförelser 2028';
const PLAN = 'Lust att lära – möjlighet att lyckas!';
const FROM_GOAL = 'Definiera och förtydliga uppdraget som rektor i Borås Stad.';
const FROM_ITEM = 'Ta fram en gemensam struktur för hur grundskolenheter i Borås Stad ska se ut.';
const INDICATOR = 'Sammanvägd rankning, Öppna jämförelser grundskola (Lyftas beräkning)';

/** Presses Tab until the focused element matches, at most `max` times. */
async function tabTo(page: Page, matches: () => boolean, max = 15): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate(matches)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached by Tab');
}

describe('a leader writes a goal with a rank target and links items to it from both sides', () => {
  const app = demoInChromium();

  it('creates the goal (a half-typed title survives a reload), adds a target by keyboard, links two items; axe finds nothing', async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.leaderBoras);
    // Every question the page asks (leaving with unsaved text) is answered yes.
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mål och resultat' }).click();
    await page.getByRole('link', { name: 'Nytt mål' }).click();
    await poll(() => heading(page)).toBe('Nytt mål');
    expect(await page.title()).toBe('Nytt mål – Lyfta');
    // Half a title, then a reload: it is still there.
    await page.getByLabel('Målets rubrik').fill('Topp 50 i');
    await page.reload();
    await poll(() => heading(page)).toBe('Nytt mål');
    await poll(() => page.getByLabel('Målets rubrik').inputValue()).toBe('Topp 50 i');
    expect(await page.getByText('har tagits fram igen').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // A period ending before it starts is refused on its focused field.
    await page.getByLabel('Målets rubrik').fill(TITLE);
    await page.getByLabel('Från år').fill('2028');
    await page.getByLabel('Till år').fill('2025');
    await page.getByRole('button', { name: 'Skapa målet' }).click();
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    expect(await page.getByText('Slutåret får inte vara före startåret.').count()).toBe(1);
    await page.getByLabel('Från år').fill('2025');
    await page.getByLabel('Till år').fill('2028');
    await page.getByLabel('Status').selectOption({ label: 'Publicerad' });
    await page.getByRole('button', { name: 'Skapa målet' }).click();
    await poll(() => heading(page)).toBe(TITLE);
    await poll(() => page.title()).toBe(`${TITLE} – Lyfta`);
    expect(await page.locator('main .meta').first().textContent()).toContain('2025–2028');

    // The target by keyboard only: open the form, choose the indicator by typing, the rank, the year, save.
    await page.getByRole('button', { name: 'Lägg till målvärde' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('target-indicator');
    await page.keyboard.type('Sammanvägd');
    await poll(() => page.getByTestId('target-indicator').inputValue()).toBe('oj.compositeRank');
    expect(await page.getByTestId('indicator-hint').textContent()).toMatch(/är bättre\. Enhet: /);
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, () => document.activeElement?.getAttribute('data-testid') === 'target-rank');
    await page.keyboard.type('50');
    await tabTo(page, () => document.activeElement?.getAttribute('data-testid') === 'target-year');
    await page.keyboard.type('2028');
    await tabTo(page, () => document.activeElement?.getAttribute('data-testid') === 'target-save');
    await page.keyboard.press('Enter');
    await poll(() => page.getByText('Plats 50 eller bättre senast 2028').count()).toBeGreaterThan(0);
    await poll(() => page.getByTestId('target-editor').count()).toBe(0);
    expect(await page.getByRole('button', { name: `Ändra målvärdet för ${INDICATOR}` }).count()).toBe(1);

    // The goal's own fields are edited in place; the focus comes back to the edit button.
    await page.getByRole('button', { name: 'Ändra målet' }).click();
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('goal-title');
    await page.getByLabel('Beskrivning').fill('Bland de 50 bästa kommunerna 🏫');
    await page.getByTestId('goal-editor').getByRole('button', { name: 'Spara' }).click();
    await poll(() => page.getByText('Bland de 50 bästa kommunerna 🏫').count()).toBe(1);
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('goal-edit');

    // An item of the Borås plan linked from the goal page.
    const picker = page.getByLabel('Koppla en åtgärd ur kommunens planer');
    await poll(() => picker.locator(`optgroup[label="${PLAN}"] option`).count()).toBeGreaterThan(1);
    await picker.selectOption({ label: FROM_GOAL });
    await page.getByRole('button', { name: 'Koppla åtgärden' }).click();
    await poll(() => page.getByTestId('goal-items').getByRole('link', { name: FROM_GOAL }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Another linked from its item page, reached through the plan.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Handlingsplaner' }).click();
    await page.getByRole('link', { name: PLAN }).first().click();
    await poll(() => heading(page)).toBe(PLAN);
    await page.getByRole('link', { name: FROM_ITEM }).click();
    await poll(() => heading(page)).toBe(FROM_ITEM);
    const goalPicker = page.getByLabel('Koppla åtgärden till ett mål');
    await poll(() => goalPicker.locator('option', { hasText: TITLE }).count()).toBe(1);
    await goalPicker.selectOption({ label: TITLE });
    await page.getByRole('button', { name: 'Koppla målet' }).click();
    const goalLink = page.locator('section[aria-labelledby="item-goals"]').getByRole('link', { name: TITLE });
    await poll(() => goalLink.count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // The goal page shows both items.
    await goalLink.click();
    await poll(() => heading(page)).toBe(TITLE);
    const items = page.getByTestId('goal-items');
    await poll(() => items.getByRole('link', { name: FROM_ITEM }).count()).toBe(1);
    expect(await items.getByRole('link', { name: FROM_GOAL }).count()).toBe(1);

    // Printed, the first page holds the target, not only the heading and the status (it did before).
    await page.emulateMedia({ media: 'print' });
    const first = pdfText(await page.pdf({ format: 'A4', pageRanges: '1' })).text;
    expect(first).toContain(TITLE);
    expect(first).toContain('Plats 50 eller bättre senast 2028');
    expect(first).toContain(`Placering bland kommunerna, ${INDICATOR}`);
    await context.close();
  });

  it('a goal id that does not exist, or is no id, shows the not-found state', async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.leaderBoras);
    for (const path of ['/mal/0123456789abcdef01234567', '/mal/inte-ett-id']) {
      await page.goto(path);
      await poll(() => heading(page)).toBe('Målet finns inte eller så saknar du behörighet.');
      expect(await page.getByRole('link', { name: 'Till alla mål' }).count()).toBe(1);
    }
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
