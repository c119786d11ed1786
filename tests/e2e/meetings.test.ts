/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser.js';
import { heading, poll, signedIn, demoInChromium } from './demo-server.js';

// Stockholm's coming focus group in the demo: eight places, five taken. The education
// administration moves it and lowers the cap to six, takes the last place itself, so the demo
// teacher queues; giving the place back hands it to the teacher. Örebro's dialogue meeting: the
// organiser rewords a factor of the teachers' home group and withdraws it; it shows as
// "Återtagen" with its earlier wording. Stockholm's administration then cancels its meeting.
const TEACHER = 'Johan Strand';
const DIRECTOR = 'Karin Alm';
const OREBRO_ORGANISER = 'Omar Nilsson';
const FOCUS_GROUP = 'Fokusgrupp: bedömning och betyg';
const DIALOGUE = 'Dialogmöte kring Topp 25 2025';
const FACTOR = 'Renodla rollerna i skolan.';
const REWORDED = 'Renodla rollerna i skolan, så att lärare kan undervisa.';
const PLACE = 'Stadshuset, Rådssalen';
const REASON = 'Konferensrummet är upptaget 🙁 – vi bjuder in till ett nytt datum.';

const focused = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('meetings: editing, the waiting list, a withdrawn factor and cancelling', () => {
  const app = demoInChromium();

  it('moves a meeting and fills it, the first in line gets a freed place, a withdrawn factor keeps its wordings, and a cancelled meeting says why; axe finds nothing', async () => {
    const director = await signedIn(app.browser, app.server.url, DIRECTOR);
    const d = director.page;
    await d.goto('/dialog/moten');
    await poll(() => heading(d)).toBe('Fokusgrupper och dialogmöten');
    expect(await axeViolations(d)).toEqual([]);
    // A meeting already held says how many came, not the places left.
    const held = d.getByRole('listitem').filter({ hasText: 'Fokusgrupp: kollegialt lärande' });
    expect(await held.textContent()).toContain('4 anmälda');
    expect(await held.textContent()).not.toContain('platser kvar');
    await d.getByRole('link', { name: FOCUS_GROUP }).click();
    await poll(() => heading(d)).toBe(FOCUS_GROUP);
    const meetingPath = new URL(d.url()).pathname;
    await poll(() => d.locator('main').textContent()).toContain('3 av 8 platser kvar');

    // The organiser moves the meeting and leaves one place, after a cap under the five taken is refused.
    await d.getByTestId('edit-meeting-open').click();
    const form = d.getByTestId('edit-meeting');
    await form.getByLabel('Plats').fill(PLACE);
    await form.getByLabel('Högst antal deltagare').fill('4');
    await form.getByRole('button', { name: 'Spara ändringarna' }).click();
    await poll(() => form.locator('.field-error').textContent()).toContain('5');
    expect(await form.getByLabel('Högst antal deltagare').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(d)).toEqual([]);
    await form.getByLabel('Högst antal deltagare').fill('6');
    await form.getByRole('button', { name: 'Spara ändringarna' }).click();
    await poll(() => focused(d)).toContain('Ändringarna är sparade');
    await poll(() => d.locator('main').textContent()).toContain(PLACE);
    expect(await d.locator('main').textContent()).toContain('1 av 6 platser kvar');
    expect(await axeViolations(d)).toEqual([]);
    // The administration takes the last place.
    await d.getByTestId('toggle-signup').click();
    await poll(() => d.getByTestId('signup-status').textContent()).toContain('Du är anmäld.');
    await poll(() => d.locator('main').textContent()).toContain('0 av 6 platser kvar');

    // The teacher finds it full and queues.
    const teacher = await signedIn(app.browser, app.server.url, TEACHER);
    const t = teacher.page;
    await t.goto(meetingPath);
    await poll(() => heading(t)).toBe(FOCUS_GROUP);
    await poll(() => t.locator('main').textContent()).toContain('Mötet är fullt.');
    expect(await t.getByTestId('toggle-signup').count()).toBe(0);
    await t.getByRole('button', { name: 'Ställ mig i kö' }).click();
    await poll(() => t.getByTestId('signup-status').textContent()).toContain('Du står på plats 1 av 1 i kön');
    expect(await focused(t)).toContain('Du står på plats 1 av 1 i kön');
    expect(await axeViolations(t)).toEqual([]);

    // The administration gives its place back: the teacher, first in line, gets it and is told.
    await d.reload();
    await poll(() => d.getByTestId('waiting-list').textContent()).toContain(TEACHER);
    await d.getByTestId('toggle-signup').click();
    await poll(() => d.getByTestId('signup-status').textContent()).toContain('Du är inte anmäld.');
    await poll(() => d.getByTestId('waiting-list').count()).toBe(0);
    await t.reload();
    await poll(() => t.getByTestId('signup-status').textContent()).toContain('Du är anmäld.');
    await t.goto('/aviseringar');
    await poll(() => t.locator('main').textContent()).toContain(FOCUS_GROUP);
    expect(await axeViolations(t)).toEqual([]);

    // The organiser cancels the meeting with a reason; the page says so, and so does the teacher's.
    await d.getByTestId('cancel-meeting-open').click();
    const cancel = d.getByTestId('cancel-meeting');
    await cancel.getByLabel('Skäl (visas på mötets sida)').fill(REASON);
    await cancel.getByRole('button', { name: 'Ställ in mötet' }).click();
    const cancelled = d.getByTestId('meeting-cancelled');
    await poll(() => cancelled.textContent()).toContain(REASON);
    expect(await cancelled.textContent()).toContain('Mötet är inställt');
    expect(await cancelled.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await d.getByTestId('toggle-signup').count()).toBe(0);
    expect(await axeViolations(d)).toEqual([]);
    await t.goto(meetingPath);
    await poll(() => t.getByTestId('meeting-cancelled').textContent()).toContain(REASON);
    await director.context.close();
    await teacher.context.close();

    // Örebro: the organiser rewords a factor of the teachers' home group, then withdraws it.
    const organiser = await signedIn(app.browser, app.server.url, OREBRO_ORGANISER);
    const o = organiser.page;
    await o.goto('/dialog/moten');
    await o.getByRole('link', { name: DIALOGUE }).click();
    await poll(() => heading(o)).toBe(DIALOGUE);
    const group = o.getByRole('region', { name: 'Lärare', exact: true });
    await group.getByRole('button', { name: `Ändra: ${FACTOR}` }).click();
    await group.getByLabel('Framgångsfaktor', { exact: true }).fill(REWORDED);
    await group.getByRole('button', { name: 'Spara', exact: true }).click();
    await poll(() => group.locator('.factor-text').first().textContent()).toContain(REWORDED);
    o.once('dialog', (dialog) => void dialog.accept());
    await group.getByRole('button', { name: `Dra tillbaka: ${REWORDED}` }).click();
    const withdrawn = group.getByTestId('withdrawn-factors');
    await poll(() => withdrawn.count()).toBe(1);
    expect(await focused(o)).toBe('Lärare');
    expect(await group.locator('ol.factor-list').textContent()).not.toContain(REWORDED);
    await withdrawn.getByText('Återtagna framgångsfaktorer (1)').click();
    expect(await withdrawn.textContent()).toContain('Återtagen');
    expect(await withdrawn.textContent()).toContain(REWORDED);
    await withdrawn.getByText('Tidigare lydelser (1)').click();
    await poll(() => withdrawn.locator('.history').textContent()).toContain(FACTOR);
    expect(await withdrawn.locator('.history').textContent()).toContain(`ersatt av ${OREBRO_ORGANISER}`);
    expect(await axeViolations(o)).toEqual([]);
    await organiser.context.close();
  });
});
