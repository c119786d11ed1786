/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

describe('the Lyfta shell in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    page = await (await browser.newContext()).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('loads in Swedish on the sign-in page, with the main navigation only after signing in', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Välkommen till Lyfta');
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await expect.poll(() => page.getByRole('heading', { name: 'Logga in', level: 2 }).count()).toBe(1);
    expect(await page.getByLabel('E-postadress').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).count()).toBe(0);
    await screenshot(page, 'shell-sv');
  });

  it('switches to English and back, and remembers the choice', async () => {
    await page.getByRole('button', { name: 'Byt språk till engelska' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome to Lyfta');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome to Lyfta');
    await page.getByRole('button', { name: 'Switch language to Swedish' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Välkommen till Lyfta');
  });

  it('is usable from the keyboard: the skip link leads to the main content', async () => {
    await page.goto(server.url);
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('sends a signed-out visitor of a section to sign-in, saying why', async () => {
    await page.goto(`${server.url}/handlingsplaner`);
    await expect.poll(() => page.getByText('Logga in för att se sidan.').count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/handlingsplaner');
    expect(await page.title()).toBe('Logga in – Lyfta');
  });

  it('has no WCAG 2.1 A/AA violations (axe) on the start page, in both languages, and at 360 px', async () => {
    await page.goto(server.url);
    await page.locator('h1').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'shell-360');
    await page.getByRole('button', { name: 'Byt språk till engelska' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome to Lyfta');
    expect(await axeViolations(page)).toEqual([]);
  });
});
