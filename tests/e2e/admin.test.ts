/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from '../support/browser.js';
import { heading, poll, signedIn, demoInChromium } from './demo-server.js';

const ADMIN = 'Maja Lind';

describe('administration in Chromium on the demo database', () => {
  const app = demoInChromium();

  it('an admin invites a person, who opens the link in another browser, sets a password and signs in', async () => {
    const { context, page, cspViolations } = await signedIn(app.browser, app.server.url, ADMIN);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Administration' }).click();
    await poll(() => heading(page)).toBe('Administration');
    expect(await page.title()).toBe('Administration – Lyfta');

    // The municipality is picked first; the lists are that municipality's.
    await page.getByLabel('Sök kommun').fill('Borås');
    await page.getByRole('button', { name: /^Välj Borås/ }).click();
    await poll(() => page.getByTestId('admin-working-in').textContent()).toContain('(1490)');
    await poll(() => page.getByRole('heading', { name: 'Personer' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // A missing name lands on its field, with focus there.
    await page.getByLabel('E-postadress').fill('ingrid.ny@example.se');
    await page.getByRole('button', { name: 'Bjud in' }).click();
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('invite-name');
    await page.getByLabel('Namn', { exact: true }).first().fill('Ingrid Ny');
    await page.getByLabel('Roll', { exact: true }).selectOption({ label: 'Rektor' });
    await page.getByRole('button', { name: 'Bjud in' }).click();

    const linkBox = page.getByTestId('admin-link');
    await poll(() => linkBox.count()).toBe(1);
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('admin-link');
    const url = await page.getByLabel('Länk för att välja lösenord').inputValue();
    expect(url).toMatch(/\/satt-losenord\?token=[A-Za-z0-9_-]{43}$/);
    await page.getByLabel('Sök på namn eller e-post').fill('Ingrid');
    await poll(() => page.getByTestId('person-ingrid.ny@example.se').textContent()).toContain(
      'Inbjuden, inget lösenord än',
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-invited');

    // The invited person, in a browser of their own.
    const theirs = await app.browser.newContext({ baseURL: app.server.url, viewport: { width: 1280, height: 900 } });
    const invited = await theirs.newPage();
    await invited.goto(url);
    await poll(() => heading(invited)).toBe('Välj ditt lösenord');
    expect(await invited.title()).toBe('Välj ditt lösenord – Lyfta');
    expect(await axeViolations(invited)).toEqual([]);
    await invited.getByLabel('Nytt lösenord').fill('kort');
    await invited.getByRole('button', { name: 'Spara lösenord och logga in' }).click();
    await poll(() => invited.evaluate(() => document.activeElement?.id)).toBe('set-password-password');
    expect(await invited.locator('#set-password-password-error').textContent()).toContain('minst 10 tecken');
    expect(await axeViolations(invited)).toEqual([]);
    await invited.getByLabel('Nytt lösenord').fill('ingrids långa lösenord');
    await invited.getByLabel('Upprepa lösenordet').fill('ingrids långa lösenord');
    await invited.getByRole('button', { name: 'Spara lösenord och logga in' }).click();
    await poll(() => invited.getByTestId('viewer').textContent()).toContain('Ingrid Ny');
    expect(await invited.getByTestId('viewer').textContent()).toContain('Rektor');
    // No administration for a principal.
    expect(await invited.getByRole('link', { name: 'Administration' }).count()).toBe(0);

    // The link worked once; signing in again uses the new password.
    await invited.getByRole('button', { name: 'Logga ut' }).click();
    await poll(() => heading(invited)).toBe('Välkommen till Lyfta');
    await invited.goto(url);
    await invited.getByLabel('Nytt lösenord').fill('ett annat lösenord');
    await invited.getByLabel('Upprepa lösenordet').fill('ett annat lösenord');
    await invited.getByRole('button', { name: 'Spara lösenord och logga in' }).click();
    await poll(() => invited.getByRole('alert').first().textContent()).toContain('redan använd');
    await invited.goto('/logga-in');
    await invited.getByLabel('E-postadress').fill('ingrid.ny@example.se');
    await invited.getByLabel('Lösenord').fill('ingrids långa lösenord');
    await invited.getByRole('button', { name: 'Logga in', exact: true }).click();
    await poll(() => invited.getByTestId('viewer').textContent()).toContain('Ingrid Ny');
    await theirs.close();

    // The admin's list now shows the person as active.
    await page.reload();
    await page.getByLabel('Sök kommun').fill('Borås');
    await page.getByRole('button', { name: /^Välj Borås/ }).click();
    await page.getByLabel('Sök på namn eller e-post').fill('Ingrid');
    await poll(() => page.getByTestId('person-ingrid.ny@example.se').textContent()).toContain('Aktiv');
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});
