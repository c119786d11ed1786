/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, recordCspViolations, screenshot } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

describe('the Lyfta shell in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let cspViolations: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const context = await browser.newContext();
    cspViolations = await recordCspViolations(context);
    page = await context.newPage();
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

  it('runs under the strict Content-Security-Policy: nothing of its own is blocked, injected script is', async () => {
    await page.goto(server.url);
    await page.locator('h1').waitFor();
    expect(cspViolations).toEqual([]);
    // The policy is really in force: an inline script added to the page is refused and reported.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
    });
    await expect.poll(() => cspViolations.length).toBe(1);
    expect(cspViolations[0]).toMatch(/^script-src-elem blocked inline/);
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    cspViolations.length = 0;
  });

  it('sends the sign-in page compressed: well under the uncompressed size', async () => {
    await page.goto(`${server.url}/logga-in`);
    await page.locator('h1').waitFor();
    await page.waitForLoadState('networkidle');
    const sizes = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => /\.(js|css)$/.test(new URL(r.name).pathname))
        .reduce((acc, r) => ({ encoded: acc.encoded + r.encodedBodySize, decoded: acc.decoded + r.decodedBodySize }), {
          encoded: 0,
          decoded: 0,
        }),
    );
    expect(sizes.decoded).toBeGreaterThan(0);
    // Brotli takes the client's scripts and styles to about a third or less.
    expect(sizes.encoded).toBeLessThan(sizes.decoded / 2.5);
    expect(sizes.encoded).toBeLessThan(150 * 1024);
  });
});
