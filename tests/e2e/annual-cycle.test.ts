/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser.js';
import { heading, poll, signedIn, demoInChromium } from './demo-server.js';

const LEADER = 'Helena Björk';
const PRINCIPAL = 'Ali Karlsson';
const STEP = 'Följ upp elevernas närvaro';
// The demo's step that Kronan 7-9 has not marked done (due 13 November 2026).
const DEMO_OVERDUE = 'Följ upp elevenkäten och trygghetsenkäten';

/** The day in Sweden `offset` days from now, YYYY-MM-DD. */
function day(offset: number): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}

describe('the annual cycle: the administration adds a step, the principal sees it overdue and marks it done', () => {
  const app = demoInChromium();

  it('adds a step ending yesterday, which Kronan’s principal finds on the start page and marks done; axe finds nothing', async () => {
    const leader = await signedIn(app.browser, app.server.url, LEADER);
    const page = leader.page;
    await page.goto('/kvalitetsarbete/arshjul?lasar=2026-27&skolform=grundskola');
    await poll(() => heading(page)).toBe('Årshjul');
    await poll(() => page.getByRole('heading', { name: 'Årshjul för Grundskola 2026/27' }).count()).toBe(1);
    expect(await page.title()).toBe('Årshjul – Lyfta');
    expect(await page.locator('[data-phase]').evaluateAll((s) => s.map((x) => x.getAttribute('data-phase')))).toEqual([
      'FOLLOW_UP',
      'ANALYSIS',
      'PLANNING',
      'IMPLEMENTATION',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // The cycle's units: the programme's four schools; cancelling gives the focus back to the button.
    await page.getByRole('button', { name: 'Välj enheter' }).click();
    await poll(() => page.getByRole('group', { name: 'Valda enheter (4)' }).count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: 'Kronan 7-9' }).isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Välj enheter');

    // A step in the follow-up phase: the form takes the focus; a due date before the start is refused on its field.
    await page.getByRole('button', { name: 'Lägg till steg i Uppföljning' }).click();
    const editor = page.getByTestId('step-editor');
    await poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('text');
    await page.keyboard.type(STEP);
    await editor.getByLabel('Startdatum').fill(day(-1));
    await editor.getByLabel('Klart senast').fill(day(-10));
    await editor.getByRole('button', { name: 'Lägg till steg' }).click();
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    expect(await editor.getByText('Sista dagen får inte vara före startdatumet.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await editor.getByLabel('Startdatum').fill(day(-10));
    await editor.getByLabel('Klart senast').fill(day(-1));
    await editor.getByLabel('Ansvarig').selectOption({ label: 'Rektor' });
    await editor.getByRole('button', { name: 'Lägg till steg' }).click();

    // The new step has the focus and is overdue for every unit.
    const step = page.getByTestId('cycle-step').filter({ hasText: STEP });
    await poll(() => step.count()).toBe(1);
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('cycle-step');
    expect(await step.getByTestId('step-status').textContent()).toContain('Försenat');
    expect(await step.getByTestId('step-units').textContent()).toContain('0 av 4 enheter klara');
    expect(await page.getByTestId('cycle-message').textContent()).toContain(`Steget ”${STEP}” är sparat.`);
    await leader.context.close();

    // Kronan's principal: both overdue steps on the start page, the oldest first.
    const principal = await signedIn(app.browser, app.server.url, PRINCIPAL);
    const p = principal.page;
    const overdue = p.getByTestId('overdue-step');
    await poll(() => overdue.allTextContents()).toHaveLength(2);
    const titles = await p.getByTestId('overdue-steps').getByRole('listitem').getByRole('link').allTextContents();
    expect(titles.map((s) => s.trim())).toEqual([DEMO_OVERDUE, STEP]);
    expect(await axeViolations(p)).toEqual([]);

    // The link opens the cycle at the step, which the principal marks done for Kronan.
    await p.getByRole('link', { name: STEP }).click();
    await poll(() => heading(p)).toBe('Årshjul');
    const mine = p.getByTestId('cycle-step').filter({ hasText: STEP });
    await poll(() => p.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^steg-/);
    expect(await mine.textContent()).toContain('Status för Kronan 7-9');
    expect(await mine.getByTestId('step-status').textContent()).toContain('Försenat');
    await mine.getByRole('button', { name: `Markera ${STEP} som klart` }).click();
    await poll(() => mine.getByTestId('step-status').textContent()).toContain('Klart');
    expect(await p.getByTestId('cycle-message').textContent()).toContain(`”${STEP}” är markerat som klart.`);
    // The focus stays on the button, which now undoes it.
    await poll(() => p.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Ångra klart för ${STEP}`,
    );
    expect(await mine.getByTestId('step-units').textContent()).toContain('1 av 4 enheter klara');
    expect(await axeViolations(p)).toEqual([]);
    // And at a phone's width.
    await p.setViewportSize({ width: 360, height: 800 });
    expect(await axeViolations(p)).toEqual([]);
    await p.setViewportSize({ width: 1280, height: 900 });

    // Back on the start page only the demo's overdue step is left.
    await p.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Start' }).click();
    await poll(() => overdue.allTextContents()).toHaveLength(1);
    expect(await overdue.first().textContent()).toContain(DEMO_OVERDUE);
    expect(principal.cspViolations).toEqual([]);
    await principal.context.close();
  });
});
