/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser.js';
import { heading, poll, signedIn, demoInChromium } from './demo-server.js';

// Stockholm's teacher panel in the demo: an open poll with twelve answers, to which the demo
// teacher is invited; the education administration closes it and reads the results.
const TEACHER = 'Johan Strand';
const DIRECTOR = 'Karin Alm';
const POLL = 'Arbetsbelastning inför vårterminen';

describe('the teacher panel: a teacher answers a poll, and the director reads the result once it is closed', () => {
  const app = demoInChromium();

  it('takes one anonymous answer, shows only the rate while open, and the results with small groups held back after closing; axe finds nothing', async () => {
    const teacher = await signedIn(app.browser, app.server.url, TEACHER);
    const t = teacher.page;
    // The start page points to the poll the teacher can still answer.
    const onHome = t.getByTestId('home-panel').getByRole('listitem').filter({ hasText: POLL });
    await poll(() => onHome.textContent()).toContain('Du kan svara.');
    await onHome.getByRole('link', { name: POLL }).click();
    await poll(() => heading(t)).toBe(POLL);
    await poll(() => t.getByTestId('poll-rate').textContent()).toBe('Minst 10 av 41 har svarat.');
    expect(await axeViolations(t)).toEqual([]);

    // Sending without an answer to the scale question is refused on that question, nothing lost.
    await t.getByLabel('Något du vill att förvaltningen ska veta?').fill('Mer tid för rättning 📚');
    await t
      .getByRole('group', { name: /^2\. Vad tar mest tid/ })
      .getByLabel('Möten')
      .check();
    await t.getByRole('button', { name: 'Skicka svaret' }).click();
    await poll(() => t.locator('.field-error').count()).toBe(1);
    expect(await t.getByLabel('Något du vill att förvaltningen ska veta?').inputValue()).toBe(
      'Mer tid för rättning 📚',
    );
    await t
      .getByRole('group', { name: /^1\. Hur hanterbar/ })
      .getByLabel('4')
      .check();
    await t.getByRole('button', { name: 'Skicka svaret' }).click();
    await poll(() => t.getByRole('status').filter({ hasText: 'Tack! Ditt svar är registrerat.' }).count()).toBe(1);
    // One answer per teacher: after a reload the form is gone; the rate still moves in steps of five.
    await t.reload();
    await poll(() => heading(t)).toBe(POLL);
    await poll(() => t.getByTestId('poll-rate').textContent()).toBe('Minst 10 av 41 har svarat.');
    expect(await t.getByRole('button', { name: 'Skicka svaret' }).count()).toBe(0);
    expect(await t.getByRole('heading', { name: 'Resultat' }).count()).toBe(0);
    await teacher.context.close();

    const director = await signedIn(app.browser, app.server.url, DIRECTOR);
    const d = director.page;
    await d.goto('/dialog');
    await d.getByRole('link', { name: POLL }).click();
    await poll(() => heading(d)).toBe(POLL);
    // While open, not even the administration sees an answer.
    expect(await d.getByRole('heading', { name: 'Resultat' }).count()).toBe(0);
    d.once('dialog', (dialog) => void dialog.accept());
    await d.getByRole('button', { name: 'Stäng enkäten nu' }).click();
    await poll(() => d.getByRole('heading', { name: 'Resultat' }).count()).toBe(1);
    const results = d.locator('.poll-results');
    // Thirteen answers: the total is shown; each choice of the second question has three or four
    // answers, fewer than five, so it is held back as "för få svar", never shown as a number.
    await poll(() => results.locator('p').first().textContent()).toContain('Antal svar: 13.');
    const second = results.getByRole('table', { name: /Vad tar mest tid/ });
    expect(await second.getByRole('cell', { name: 'för få svar' }).count()).toBeGreaterThan(0);
    // Eight texts are needed before free text is shown; there is one.
    expect(await results.getByText('Mer tid för rättning 📚').count()).toBe(0);
    expect(await axeViolations(d)).toEqual([]);

    // The panel's settings: k below 3 is refused on its field (focused), 6 is saved for polls
    // opened from now on; the closed poll keeps the k it opened with.
    await d.goto('/dialog');
    const settings = d.getByTestId('panel-settings');
    const k = settings.getByLabel('Minsta antal svar för att visa en siffra (k)');
    await poll(() => k.inputValue()).toBe('5');
    await k.fill('2');
    await settings.getByRole('button', { name: 'Spara inställningen' }).click();
    await poll(() => settings.locator('.field-error').textContent()).toContain('minst 3');
    expect(await k.evaluate((el) => el === document.activeElement)).toBe(true);
    await k.fill('6');
    await settings.getByRole('button', { name: 'Spara inställningen' }).click();
    await poll(() => settings.getByTestId('threshold-status').textContent()).toContain('minst 6 svar');
    expect(await settings.getByTestId('threshold-status').evaluate((el) => el === document.activeElement)).toBe(true);
    await poll(() => d.getByText('Resultat visas för grupper med minst 6 svar.').count()).toBe(1);
    expect(await axeViolations(d)).toEqual([]);
    await d.getByRole('link', { name: POLL }).click();
    await poll(() => results.locator('p').first().textContent()).toContain('Antal svar: 13.');
    await poll(() => results.textContent()).toContain('minst 5 svar');
    await director.context.close();
  });

  it('the poll editor keeps the typed poll when someone saved it meanwhile, beside theirs, and saves it over theirs', async () => {
    const mine = await signedIn(app.browser, app.server.url, DIRECTOR);
    const m = mine.page;
    await m.goto('/dialog/panel/ny');
    await m.getByLabel('Rubrik', { exact: true }).fill('Provenkät');
    await m.getByLabel('Frågetext').fill('Fungerar schemat?');
    await m.getByLabel('Svarsalternativ, ett per rad').fill('Ja\nNej');
    await m.getByTestId('save-poll').click();
    await poll(() => heading(m)).toBe('Provenkät');
    const edit = `${new URL(m.url()).pathname}/redigera`;
    await m.goto(edit);
    await poll(() => m.getByLabel('Rubrik', { exact: true }).inputValue()).toBe('Provenkät');

    const theirs = await signedIn(app.browser, app.server.url, DIRECTOR);
    await theirs.page.goto(edit);
    await poll(() => theirs.page.getByLabel('Rubrik', { exact: true }).inputValue()).toBe('Provenkät');
    await theirs.page.getByLabel('Rubrik', { exact: true }).fill('Deras rubrik');
    await theirs.page.getByTestId('save-poll').click();
    await poll(() => heading(theirs.page)).toBe('Deras rubrik');
    await theirs.context.close();

    await m.getByLabel('Rubrik', { exact: true }).fill('Min rubrik');
    await m.getByTestId('save-poll').click();
    const conflict = m.getByTestId('edit-conflict');
    await poll(() => conflict.count()).toBe(1);
    expect(await conflict.textContent()).toContain('Deras rubrik');
    expect(await conflict.textContent()).toContain('Min rubrik');
    expect(await m.evaluate(() => document.activeElement?.textContent)).toBe(
      'Någon annan har ändrat detta under tiden',
    );
    expect(await axeViolations(m)).toEqual([]);
    await conflict.getByRole('button', { name: 'Spara min version ovanpå deras' }).click();
    expect(await m.getByLabel('Rubrik', { exact: true }).inputValue()).toBe('Min rubrik');
    await m.getByTestId('save-poll').click();
    await poll(() => heading(m)).toBe('Min rubrik');
    await mine.context.close();
  });
});
