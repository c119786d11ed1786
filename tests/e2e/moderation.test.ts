/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser.js';
import { heading, poll, signedIn, demoInChromium } from './demo-server.js';

// Moderation in Stockholm's demo: a teacher reports another teacher's question to the politicians;
// the education administration finds it in its queue, hides it with a reason, and sets after how
// many reports a text is hidden by itself. The question keeps its place with the reason.
const TEACHER = 'Johan Strand';
const DIRECTOR = 'Karin Alm';
const QUESTION = 'Blir det fler speciallärare i budgeten för nästa år?';
const REASON = 'Frågan är dubblerad – se budgetdialogen 🙂';
const OTHER = 'Hur får vi tid till kollegialt lärande i höst?';

describe('moderation: a teacher reports a question, and the administration hides it with a reason', () => {
  const app = demoInChromium();

  it('takes the report once, shows it in the queue without the reporter, hides it with the reason readers see; axe finds nothing', async () => {
    const teacher = await signedIn(app.browser, app.server.url, TEACHER);
    const t = teacher.page;
    await t.goto('/dialog/fragor');
    await t.getByRole('link', { name: QUESTION }).click();
    await poll(() => heading(t)).toBe(QUESTION);
    await t.getByRole('button', { name: 'Anmäl' }).click();
    const form = t.getByRole('form', { name: 'Anmäl' });
    await form.getByLabel('Hör inte hit').check();
    await form.getByLabel(/Något moderatorerna bör veta/).fill('Samma fråga finns redan.');
    expect(await axeViolations(t)).toEqual([]);
    await form.getByRole('button', { name: 'Skicka anmälan' }).click();
    const reported = t.getByTestId('reported');
    await poll(() => reported.textContent()).toContain('Du har anmält frågan.');
    expect(await reported.evaluate((el) => el === document.activeElement)).toBe(true);
    // After a reload the page still knows, and offers no second report.
    await t.reload();
    await poll(() => t.getByTestId('reported').count()).toBe(1);
    expect(await t.getByRole('button', { name: 'Anmäl' }).count()).toBe(0);

    const director = await signedIn(app.browser, app.server.url, DIRECTOR);
    const d = director.page;
    await d.goto('/dialog');
    await d.getByRole('link', { name: 'Moderering' }).click();
    await poll(() => heading(d)).toBe('Moderering');
    const card = d.getByTestId('reported-text').filter({ hasText: QUESTION });
    await poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('Fråga av Ahmed Karimi');
    expect(await card.textContent()).toContain('Samma fråga finns redan.');
    expect(await card.textContent()).not.toContain(TEACHER);
    expect(await axeViolations(d)).toEqual([]);
    // Hiding needs a reason: the field is named and focused.
    await card.getByRole('button', { name: 'Dölj' }).click();
    const reason = card.getByLabel('Skäl som läsarna ser om texten döljs');
    await poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await reason.fill(REASON);
    await card.getByRole('button', { name: 'Dölj' }).click();
    await poll(() => d.getByRole('status').filter({ hasText: 'Texten är dold med ditt skäl.' }).count()).toBe(1);
    await poll(() => d.getByTestId('reported-text').filter({ hasText: QUESTION }).count()).toBe(0);

    // The threshold: two reports from now on, said where the focus lands.
    const setting = d.getByLabel('När ska en anmäld text döljas i väntan på granskning?');
    await poll(() => setting.inputValue()).toBe('3');
    await setting.selectOption('2');
    await d.getByRole('button', { name: 'Spara', exact: true }).click();
    const saved = d.getByRole('status').filter({ hasText: 'Sparat: en text döljs efter 2 anmälningar.' });
    await poll(() => saved.count()).toBe(1);
    expect(await saved.evaluate((el) => el === document.activeElement)).toBe(true);
    await d.reload();
    await poll(() => d.getByLabel('När ska en anmäld text döljas i väntan på granskning?').inputValue()).toBe('2');
    expect(await axeViolations(d)).toEqual([]);

    // A moderator may also hide a question straight from its page, with a reason; the focus goes
    // to the notice that says so.
    await d.goto('/dialog/fragor');
    await d.getByRole('link', { name: OTHER }).click();
    await poll(() => heading(d)).toBe(OTHER);
    await d.getByRole('button', { name: 'Dölj frågan' }).click();
    const hideForm = d.getByRole('form', { name: 'Dölj frågan' });
    await hideForm.getByRole('button', { name: 'Dölj' }).click();
    await poll(() => hideForm.locator('.field-error').textContent()).toBe('Skriv ett skäl för att dölja texten.');
    await hideForm.getByLabel('Skäl som läsarna ser om texten döljs').fill('Prövas i budgetdialogen.');
    await hideForm.getByRole('button', { name: 'Dölj' }).click();
    const notice = d.getByTestId('question-hidden');
    await poll(() => notice.textContent()).toContain('Prövas i budgetdialogen.');
    expect(await notice.evaluate((el) => el === document.activeElement)).toBe(true);
    await director.context.close();

    // The teacher sees the question's place with the moderator's reason, not its words.
    await t.goto('/dialog/fragor');
    const waiting = t.getByTestId('questions-waiting');
    await poll(() => waiting.getByRole('link', { name: 'Dold fråga' }).count()).toBe(1);
    expect(await t.getByRole('link', { name: QUESTION }).count()).toBe(0);
    expect(await t.getByRole('link', { name: OTHER }).count()).toBe(0);
    await waiting.getByRole('link', { name: 'Dold fråga' }).click();
    await poll(() => t.getByTestId('question-hidden').textContent()).toBe(`Frågan är dold av moderering: ${REASON}`);
    expect(await t.getByText('Många av oss har elever').count()).toBe(0);
    expect(await axeViolations(t)).toEqual([]);
    await teacher.context.close();
  }, 180_000);
});
