/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/browser.js';
import { swedishDay } from '../support/days.js';
import { heading, poll, signedIn, demoInChromium } from './demo-server.js';

// Stockholm's demo: the teacher coach Nora Falk coaches the teacher Johan Strand in an active
// engagement (and has another, closed, in a different state); Cecilia Sandberg is the principal of
// the teacher's school, Aspuddens skola.
const TEACHER = 'Johan Strand';
const COACH = 'Nora Falk';
const PRINCIPAL = 'Cecilia Sandberg';

const MEETING = 'Vi gick igenom målet och planerade ett besök på mattelektionen i 7B.';
const OBSERVATIONS = 'Eleverna väntade i snitt fyra minuter på hjälp; tre räckte upp handen och gav upp ✋';
const REFLECTION = 'Jag såg att jag gick till samma elever varje gång.';
const NEXT_STEP = 'Prova tyst handuppräckning med färgkort i två veckor.';

/** Whether the element the locator finds has the focus. */
const focused = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => el === document.activeElement);

/** Writes one entry in the engagement and waits for the status that says it is saved (and has the focus). */
async function write(page: Page, kind: string, text: string, date?: string): Promise<void> {
  const form = page.getByTestId('add-entry');
  await form.getByLabel('Vad vill du skriva?').selectOption({ label: kind });
  if (date) await form.getByLabel('Datum', { exact: true }).fill(date);
  await form.getByRole('textbox').last().fill(text);
  await form.getByRole('button', { name: 'Spara i tidslinjen' }).click();
  await poll(() => page.getByTestId('engagement-status').textContent()).toContain(`Sparat i tidslinjen: ${kind}.`);
  expect(await focused(page, 'engagement-status')).toBe(true);
  await poll(() => page.getByTestId('timeline').textContent()).toContain(text);
}

describe('coaching: a teacher and a coach work through a meeting with a lesson visit; the principal sees the facts only', () => {
  const app = demoInChromium();

  it('the coach writes the meeting and the lesson visit, the teacher reads them, reflects and decides the next step, and the principal sees no content; axe finds nothing', async () => {
    const coach = await signedIn(app.browser, app.server.url, COACH);
    const c = coach.page;
    // The start page shows the caseload; the board lists the coach's own engagements.
    await poll(() => c.getByTestId('home-coaching').textContent()).toContain('Dina coachningar som coach');
    await c.getByRole('link', { name: 'Coachning', exact: true }).click();
    await poll(() => heading(c)).toBe('Lärarcoachning');
    expect(await c.getByTestId('coaching-law').textContent()).toContain('offentlighets- och sekretesslagen');
    const own = c.getByTestId('own-engagements').getByTestId('coaching-engagement');
    await poll(() => own.count()).toBeGreaterThanOrEqual(2);
    expect(await axeViolations(c)).toEqual([]);
    const active = own.filter({ hasText: TEACHER }).filter({ hasText: 'Pågår' }).first();
    await active.getByRole('link').click();
    await poll(() => c.getByRole('heading', { name: 'Tidslinje' }).count()).toBe(1);
    const engagementPath = new URL(c.url()).pathname;
    expect(engagementPath).toMatch(/^\/coachning\/\w+$/);

    // A reflection and the next step are the teacher's: the coach is not offered them.
    const kinds = await c
      .getByTestId('add-entry')
      .getByLabel('Vad vill du skriva?')
      .locator('option')
      .allTextContents();
    expect(kinds).toEqual(['Samtal', 'Lektionsbesök', 'Uppdrag']);
    // A conversation without its day is refused on the day field, which takes the focus.
    const form = c.getByTestId('add-entry');
    await form.getByRole('textbox').last().fill(MEETING);
    await form.getByRole('button', { name: 'Spara i tidslinjen' }).click();
    await poll(() => form.locator('.field-error').textContent()).toContain('Ange datum');
    expect(await form.getByLabel('Datum', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    await write(c, 'Samtal', MEETING, swedishDay(-7));
    await write(c, 'Lektionsbesök', OBSERVATIONS, swedishDay(-2));
    expect(await axeViolations(c)).toEqual([]);

    // The teacher, in a browser of their own, finds both in the timeline, reflects and decides.
    const teacher = await signedIn(app.browser, app.server.url, TEACHER);
    const t = teacher.page;
    await t.goto(engagementPath);
    await poll(() => t.getByTestId('timeline').textContent()).toContain(OBSERVATIONS);
    expect(await t.getByTestId('timeline').textContent()).toContain(MEETING);
    const entries = t.getByTestId('timeline').getByTestId('coaching-entry');
    const visit = entries.filter({ hasText: OBSERVATIONS });
    expect(await visit.getByRole('heading').textContent()).toContain('Lektionsbesök');
    expect(await visit.textContent()).toContain(`av ${COACH}`);
    await write(t, 'Reflektion', REFLECTION);
    await write(t, 'Nästa steg', NEXT_STEP);
    await poll(() => t.getByTestId('next-step').textContent()).toContain(NEXT_STEP);
    expect(await axeViolations(t)).toEqual([]);
    await teacher.context.close();

    // The coach's open page shows them after asking again.
    await c.reload();
    await poll(() => c.getByTestId('timeline').textContent()).toContain(NEXT_STEP);
    await coach.context.close();

    // The principal: the engagement's facts, a plain note that the content is between teacher and
    // coach, and nothing of what was written — on the engagement's page and on the board.
    const principal = await signedIn(app.browser, app.server.url, PRINCIPAL);
    const d = principal.page;
    await d.goto(engagementPath);
    await poll(() => d.getByTestId('content-private').textContent()).toContain('mellan läraren och coachen');
    expect(await d.getByTestId('engagement-facts').textContent()).toContain(COACH);
    const page = (await d.locator('main').textContent()) ?? '';
    for (const text of [MEETING, OBSERVATIONS, REFLECTION, NEXT_STEP]) expect(page).not.toContain(text);
    expect(await d.getByRole('heading', { name: 'Tidslinje' }).count()).toBe(0);
    expect(await axeViolations(d)).toEqual([]);
    await d.goto('/coachning');
    await poll(() => heading(d)).toBe('Lärarcoachning');
    await poll(() => d.getByTestId('known-engagements').getByTestId('coaching-engagement').count()).toBeGreaterThan(0);
    const board = (await d.locator('main').textContent()) ?? '';
    for (const text of [MEETING, OBSERVATIONS, REFLECTION, NEXT_STEP]) expect(board).not.toContain(text);
    expect(await axeViolations(d)).toEqual([]);
    await principal.context.close();
  });
});
