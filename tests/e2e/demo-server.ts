import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { startupHooks } from '../../server/src/startup-hooks.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { recordCspViolations } from '../support/browser.js';

/** Starts Lyfta on a fresh data folder with the demo data and the bundled open data, as `npm start` would. */
export function startDemoServer(): Promise<TestServer> {
  return startTestServer({ hooks: startupHooks });
}

/** The demo people the journeys use, by the name on their one-click sign-in button. */
export const demo = {
  politicianOrebro: 'Petra Wik',
  leaderBoras: 'Jonas Ek',
  principalBoras: 'Sara Holm',
  teacherBoras: 'Erik Dahl',
  coachStockholm: 'Nora Falk',
} as const;

/** expect.poll with room for a busy machine: the demo server answers slower than a test's default second. */
export function poll<T>(fn: () => T | Promise<T>) {
  return expect.poll(fn, { timeout: 20_000, interval: 100 });
}

/** Opens a fresh browser context (its own cookies) and signs in with the demo account's button. */
export async function signedIn(
  browser: Browser,
  baseUrl: string,
  name: string,
  viewport = { width: 1280, height: 900 },
): Promise<{ context: BrowserContext; page: Page; cspViolations: string[] }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport });
  const cspViolations = await recordCspViolations(context);
  const page = await context.newPage();
  await page.goto('/logga-in');
  await page.getByRole('button', { name: new RegExp(`^Logga in som ${name}`) }).click();
  await poll(() => page.getByTestId('viewer').textContent()).toContain(name);
  return { context, page, cspViolations };
}

/** The text of the page's main heading once it is there. */
export async function heading(page: Page): Promise<string> {
  await page.locator('main h1').first().waitFor();
  return ((await page.locator('main h1').first().textContent()) ?? '').trim();
}
