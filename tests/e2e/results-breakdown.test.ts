/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import sv from '../../client/src/i18n/sv.js';
import { axeViolations } from '../support/browser.js';
import { demo, heading, poll, signedIn, demoInChromium } from './demo-server.js';

// Text shaped like one of the client's message keys (results.bands.TOP_QUARTER): a message shown
// untranslated. The namespaces are the top level of the Swedish messages.
const KEY_SHAPED = new RegExp(`(?<![\\w@/.-])(?:${Object.keys(sv).join('|')})\\.[A-Za-z_][\\w.]*`, 'g');

async function rawKeys(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return text.match(KEY_SHAPED) ?? [];
}

describe('Results a politician can explain, in Chromium on the demo', () => {
  const app = demoInChromium();

  it("Örebro's politician reads why the rank is what it is, and finds Örebro marked in the national table", async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.politicianOrebro);
    await page.goto('/resultat/1880');
    await poll(() => heading(page)).toContain('Örebro');
    const breakdown = page.getByRole('region', { name: 'Vägen till Topp 25' });
    await poll(() => breakdown.isVisible()).toBe(true);
    // The composite value is explained, and the latest year's place and the top 25's worst value named.
    const latest = (await page.getByTestId('latest-rank').textContent())!;
    const rank = latest.match(/Plats (\d+)/)![1]!;
    await poll(() => page.getByTestId('top25-status').textContent()).toContain(`plats ${rank} med värdet`);
    expect(await breakdown.textContent()).toContain(
      'Värde är medelvärdet av kommunens placeringar på de sex faktorerna',
    );
    // Six factors, each with its rank now and what it alone would need; ten years of factor ranks.
    const needs = breakdown.getByRole('table', { name: /Vad varje faktor ensam/ });
    expect(await needs.locator('tbody tr').count()).toBe(6);
    expect(await page.getByTestId('factor-ranks').locator('tbody tr').count()).toBe(10);
    expect(await breakdown.textContent()).toMatch(/[⬆↗→↘⬇]/);
    // Whose model it is, with the year's R² and number of municipalities.
    expect(await page.getByTestId('model-fits').textContent()).toMatch(/R² = 0,\d+, skattad på \d{3} kommuner/);
    expect(await page.textContent('body')).toContain('Det här är inte Skolverkets SALSA');
    expect(await page.getByTestId('suppression-rule').textContent()).toContain('Från läsåret 2023/24');
    expect(await axeViolations(page)).toEqual([]);

    await breakdown.getByRole('link', { name: 'Visa Örebro i rangordningen' }).click();
    const marked = page.locator('tr[aria-current="true"]');
    await poll(() => marked.textContent()).toContain('Örebro');
    expect(await marked.getAttribute('class')).toContain('highlight');
    // The ranking page itself is axe-checked in the journeys (its 290 rows take axe about 14 s).
    expect(await rawKeys(page)).toEqual([]);

    // Another population: municipal schools only, kept in the address across a reload.
    await page.getByLabel('Elever').selectOption({ label: 'Efter skolans kommun, kommunala skolor' });
    await poll(() => page.url()).toContain('urval=kommunala');
    await page.reload();
    await poll(() => page.getByLabel('Elever').inputValue()).toBe('MUNICIPAL');
    await poll(() => page.locator('tr[aria-current="true"]').textContent()).toContain('Örebro');
    // The municipality's own page follows the chosen population, and says which it is.
    await page.locator('tr[aria-current="true"]').getByRole('link', { name: 'Örebro' }).click();
    await poll(() => heading(page)).toContain('Örebro');
    await poll(() => page.getByLabel('Elever').inputValue()).toBe('MUNICIPAL');
    expect(page.url()).toContain('urval=kommunala');
    await poll(() => page.getByTestId('top25-status').textContent()).toMatch(/plats \d+ med värdet/);
    await context.close();
  });

  it("shows Skolverket's ~100 as ≈100 with its reason, and the deviation and rank derived from it as approximate", async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.politicianOrebro);
    await page.goto('/resultat/2403');
    await poll(() => heading(page)).toContain('Bjurholm');
    const model = page.getByRole('table', { name: /Faktiskt och modellberäknat värde/ });
    await poll(() => model.textContent()).toContain('≈100 (1–4 elever saknas)');
    expect(await model.textContent()).toMatch(/≈\+\d+,\d \(beräknat på ≈100\)/);
    // The chart plots it (hollow, not a gap), and its table says the same as the model table.
    await poll(() => page.locator('circle.approximate-dot').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('factor-ranks').textContent()).toContain('ungefärlig, bygger på ≈100');
    expect(await rawKeys(page)).toEqual([]);
    await context.close();
  });

  it('shows no untranslated message key on the main pages, in Swedish and in English', async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.politicianOrebro);
    for (const language of ['sv', 'en']) {
      if (language === 'en') await page.getByRole('button', { name: 'Byt språk till engelska' }).click();
      for (const path of ['/', '/resultat', '/resultat/1880', '/mal', '/handlingsplaner', '/dialog', '/aviseringar']) {
        await page.goto(path);
        await poll(() => heading(page)).not.toBe('');
        if (path === '/resultat')
          expect(await heading(page)).toBe(language === 'sv' ? 'Skolresultat' : 'School results');
        await page.waitForLoadState('networkidle');
        expect({ path, language, keys: await rawKeys(page) }).toEqual({ path, language, keys: [] });
      }
    }
    await context.close();
  });
});
