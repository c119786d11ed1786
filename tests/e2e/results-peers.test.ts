/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser.js';
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
      await context.close();
    }
  });
});
