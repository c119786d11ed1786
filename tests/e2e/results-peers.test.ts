/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from '../support/browser.js';
import { demo, heading, poll, signedIn, demoInChromium } from './demo-server.js';

describe('A municipality’s results: readable charts and peers that stay, in Chromium on the demo', () => {
  const app = demoInChromium();

  it('draws tick labels at 12 px or more, never cut off, with Örebro highlighted', async () => {
    // A phone-sized and a desktop window: the charts are narrow on both, in the grid of six.
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 900 },
    ]) {
      const { context, page } = await signedIn(app.browser, app.server.url, demo.politicianOrebro, viewport);
      await page.goto('/resultat/1880');
      await poll(() => heading(page)).toContain('Örebro');
      const charts = page.locator('svg.chart-svg');
      await poll(() => charts.count()).toBeGreaterThan(6);
      await poll(() => page.locator('svg.chart-svg .y-tick text').count()).toBeGreaterThan(20);
      const measured = await page.evaluate(() =>
        [...document.querySelectorAll<SVGSVGElement>('svg.chart-svg')].map((svg) => {
          const box = svg.getBoundingClientRect();
          const labels = [...svg.querySelectorAll<SVGTextElement>('.y-tick text, .x-tick')];
          return {
            // The font size as rendered: the computed size times the viewBox's scale on screen.
            fontPx: Math.min(
              ...labels.map((l) => parseFloat(getComputedStyle(l).fontSize) * (box.width / svg.viewBox.baseVal.width)),
            ),
            // The glyphs' box as drawn: every label is inside the SVG's box.
            outside: labels.filter((l) => {
              const r = l.getBoundingClientRect();
              return (
                r.left < box.left - 0.5 ||
                r.right > box.right + 0.5 ||
                r.top < box.top - 0.5 ||
                r.bottom > box.bottom + 0.5
              );
            }).length,
            labels: labels.length,
            highlighted: svg.querySelectorAll('.series-highlight').length,
          };
        }),
      );
      for (const chart of measured) {
        expect(chart.labels).toBeGreaterThan(3);
        expect(chart.fontPx).toBeGreaterThanOrEqual(12);
        expect(chart.outside).toBe(0);
        expect(chart.highlighted).toBe(1);
      }
      // The legend and the table name the own municipality.
      expect(await page.locator('.legend-highlight').first().textContent()).toContain('Örebro (markerad)');
      await page.getByRole('button', { name: 'Visa som tabell' }).first().click();
      const table = page.getByRole('table', { name: /Placering/ }).first();
      await poll(() => table.locator('th.highlight-col').textContent()).toContain('Örebro (markerad)');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `results-charts-${viewport.width}`);
      await context.close();
    }
  });

  it('Örebro’s politician adds “Jönköping” as typed; it stays after a reload, on another device, and back and forward step through the choices', async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.politicianOrebro);
    await page.goto('/resultat/1880');
    await poll(() => heading(page)).toContain('Örebro');
    const comparison = page.getByRole('table', { name: /Jämförelse \d{4}/ });
    await poll(() => comparison.getByRole('row').count()).toBeGreaterThan(2);
    const search = page.getByLabel('Välj jämförelsekommuner');

    // Not understood: said at the field, nothing added.
    await search.fill('Gotham');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await poll(() => page.getByTestId('peer-problem').textContent()).toContain('Ingen kommun heter ”Gotham”');
    expect(await search.getAttribute('aria-invalid')).toBe('true');

    await search.fill('Jönköping');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await poll(() => comparison.getByRole('rowheader', { name: 'Jönköping' }).count()).toBe(1);
    await poll(() => new URL(page.url()).searchParams.get('jamfor')).toBe('0680');
    expect(await page.getByTestId('peer-problem').count()).toBe(0);
    expect(await search.inputValue()).toBe('');

    // Similar municipalities by background are offered; one click adds one.
    const suggestions = page.getByTestId('peer-suggestions').getByRole('button');
    await poll(() => suggestions.count()).toBeGreaterThan(0);
    const suggested = ((await suggestions.first().textContent()) ?? '').replace('+', '').trim();
    await suggestions.first().click();
    await poll(() => comparison.getByRole('rowheader', { name: suggested }).count()).toBe(1);
    await poll(() => new URL(page.url()).searchParams.get('jamfor')?.split(',').length).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'results-peers');

    // Back: only Jönköping again; forward: both.
    await page.goBack();
    await poll(() => comparison.getByRole('rowheader', { name: suggested }).count()).toBe(0);
    expect(await comparison.getByRole('rowheader', { name: 'Jönköping' }).count()).toBe(1);
    await page.goForward();
    await poll(() => comparison.getByRole('rowheader', { name: suggested }).count()).toBe(1);

    await page.reload();
    await poll(() => comparison.getByRole('rowheader', { name: 'Jönköping' }).count()).toBe(1);
    expect(await comparison.getByRole('rowheader', { name: suggested }).count()).toBe(1);

    // Removing one is saved too; on another device (no ?jamfor) the saved peers come back.
    await page.getByRole('button', { name: `Ta bort ${suggested}` }).click();
    await poll(() => comparison.getByRole('rowheader', { name: suggested }).count()).toBe(0);
    const other = await signedIn(app.browser, app.server.url, demo.politicianOrebro);
    await other.page.goto('/resultat/1880');
    const otherComparison = other.page.getByRole('table', { name: /Jämförelse \d{4}/ });
    await poll(() => otherComparison.getByRole('rowheader', { name: 'Jönköping' }).count()).toBe(1);
    expect(await otherComparison.getByRole('rowheader', { name: suggested }).count()).toBe(0);
    expect(await axeViolations(other.page)).toEqual([]);
    await other.context.close();
    await context.close();
  });
});
