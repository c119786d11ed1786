/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/browser.js';
import { demo, heading, poll, signedIn, demoInChromium } from './demo-server.js';

const TITLE = 'Läsa, skriva, räkna 2025–2027';
const AREA_ONE = 'Tidiga insatser';
const AREA_TWO = 'Uppföljning';
const ASSIGNED = 'Kartlägga läsförmågan i årskurs 1 på varje skolenhet';
const BY_KEYBOARD = 'Ta fram en gemensam plan för uppföljning per termin';
const THIRD = 'Samla rektorerna till en årlig genomgång';

async function addArea(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Lägg till område', exact: true }).click();
  await page.getByLabel('Områdets rubrik').fill(title);
  await page.getByRole('form', { name: 'Lägg till område' }).getByRole('button', { name: 'Spara' }).click();
  await poll(() => page.getByRole('heading', { level: 2, name: title }).count()).toBe(1);
}

async function addItem(page: Page, area: string, text: string, responsible?: string): Promise<void> {
  await page.getByRole('button', { name: `Lägg till åtgärd i ${area}` }).click();
  const form = page.getByRole('form', { name: `Lägg till åtgärd i ${area}` });
  await form.getByLabel('Åtgärd', { exact: true }).fill(text);
  if (responsible) await form.getByLabel('Ansvarig', { exact: true }).selectOption({ label: responsible });
  await form.getByRole('button', { name: 'Spara' }).click();
  await poll(() => page.getByRole('link', { name: text }).count()).toBe(1);
}

describe('a leader writes a plan in the UI; the principal finds the item assigned to them', () => {
  const app = demoInChromium();

  let planPath = '';

  it('creates, fills and publishes a plan; a half-typed item survives a reload; axe finds nothing', async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.leaderBoras);
    // Every question the page asks (publish, leaving with unsaved text) is answered yes.
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Handlingsplaner' }).click();
    await page.getByRole('link', { name: 'Ny handlingsplan' }).click();
    await poll(() => heading(page)).toBe('Ny handlingsplan');
    expect(await page.title()).toBe('Ny handlingsplan – Lyfta');

    // A wrong school year is refused on its field, which gets the focus.
    await page.getByLabel('Rubrik').fill(TITLE);
    await page.getByLabel('Från läsår').fill('2025/27');
    await page.getByLabel('Till läsår').fill('2026/27');
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('plan-from');
    expect(await page.locator('#plan-from-error').textContent()).toContain('2025/26');
    await page.getByLabel('Från läsår').fill('2025/26');
    await page.getByLabel('Utgångspunkt 1', { exact: true }).fill('Fler elever ska läsa med flyt i årskurs 3');
    await page.getByLabel('Sök skolenhet i registret').fill('a');
    const firstSchool = page.locator('.choice-list input[type=checkbox]').first();
    await firstSchool.waitFor();
    await firstSchool.check();
    await poll(() => page.getByText('1 skolenheter valda.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await poll(() => heading(page)).toBe(TITLE);
    await poll(() => page.title()).toBe(`${TITLE} – Lyfta`);
    expect(await page.getByTestId('plan-status').textContent()).toBe('Utkast');

    await addArea(page, AREA_ONE);
    await addArea(page, AREA_TWO);
    await addItem(page, AREA_ONE, ASSIGNED, demo.principalBoras);

    // The second item by keyboard only: open the form, type, tab to Spara and press Enter.
    await page.getByRole('button', { name: `Lägg till åtgärd i ${AREA_TWO}` }).focus();
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('item-text');
    await page.keyboard.type(BY_KEYBOARD);
    for (let i = 0; i < 12; i++) {
      const onSave = await page.evaluate(
        () => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent?.trim() === 'Spara',
      );
      if (onSave) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await poll(() => page.getByRole('link', { name: BY_KEYBOARD }).count()).toBe(1);
    await addItem(page, AREA_TWO, THIRD);

    // Reordering by keyboard: the third item moves up, focus stays on its button.
    await page.getByRole('button', { name: `Flytta upp åtgärden ${THIRD}` }).focus();
    await page.keyboard.press('Enter');
    await poll(() => page.locator('[data-testid=area]').nth(1).locator('.item-title').first().textContent()).toBe(
      THIRD,
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toContain(THIRD);

    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Publicera planen' }).click();
    await poll(() => page.getByTestId('plan-status').textContent()).toBe('Publicerad');

    // The plan names the school unit chosen; its own fields are edited on their own page.
    planPath = new URL(page.url()).pathname;
    const school = (await page.getByTestId('plan-schools').locator('li').allTextContents()).map((x) => x.trim());
    expect(school).toHaveLength(1);
    await page.getByRole('link', { name: 'Ändra planen' }).click();
    await poll(() => heading(page)).toBe(`Ändra planen: ${TITLE}`);
    expect(await page.getByLabel('Rubrik').inputValue()).toBe(TITLE);
    await page.getByLabel('Syfte').fill('Att fler elever läser med flyt 📚');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await poll(() => heading(page)).toBe(TITLE);
    await poll(() => page.getByText('Att fler elever läser med flyt 📚').count()).toBe(1);
    expect(await page.getByTestId('plan-status').textContent()).toBe('Publicerad');

    // Half an item, then a reload: the text is still there.
    await page.getByRole('button', { name: `Lägg till åtgärd i ${AREA_ONE}` }).click();
    await page
      .getByRole('form', { name: `Lägg till åtgärd i ${AREA_ONE}` })
      .getByLabel('Åtgärd', { exact: true })
      .fill('Halvskriven åtg');
    await page.reload();
    await poll(() => heading(page)).toBe(TITLE);
    await page.getByRole('button', { name: `Lägg till åtgärd i ${AREA_ONE}` }).click();
    const kept = page
      .getByRole('form', { name: `Lägg till åtgärd i ${AREA_ONE}` })
      .getByLabel('Åtgärd', { exact: true });
    await poll(() => kept.inputValue()).toBe('Halvskriven åtg');
    expect(await page.getByText('har tagits fram igen').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('the principal sees the item assigned to them on their start page', async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.principalBoras);
    await poll(() => page.getByRole('link', { name: new RegExp(ASSIGNED) }).count()).toBeGreaterThan(0);
    // The plan's edit page is not theirs: it shows the not-found state, as the plan page does for a hidden plan.
    await page.goto(`${planPath}/redigera`);
    await poll(() => heading(page)).toBe('Handlingsplanen finns inte eller så saknar du behörighet.');
    await context.close();
  });
});
