import { existsSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { startupHooks } from '../../server/src/startup-hooks.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { launchBrowser, recordCspViolations } from '../support/browser.js';

/**
 * Starts Lyfta on a fresh data folder with the demo data and the bundled open data, as `npm start`
 * would: a copy of the folder the global setup loaded once (demo-folder.ts), so each file starts on
 * the untouched demo. The start-up hooks still run and find the data there.
 */
export async function startDemoServer(): Promise<TestServer> {
  const folder = inject('demoFolder');
  if (folder) await demoFolderReady(folder);
  return startTestServer({ hooks: startupHooks, ...(folder ? { copyOf: folder } : {}) });
}

/** Waits for the global setup's loading of the demo folder to finish; throws its error if it failed. */
async function demoFolderReady(folder: string): Promise<void> {
  for (;;) {
    if (existsSync(`${folder}.ready`)) return;
    if (existsSync(`${folder}.failed`)) {
      throw new Error(`loading the demo folder failed:\n${readFileSync(`${folder}.failed`, 'utf8')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * For a browser test file's describe block: Lyfta on a fresh demo (startDemoServer) and Chromium,
 * started before its tests and stopped after them. Read `server` and `browser` inside the tests.
 */
export function demoInChromium(): { readonly server: TestServer; readonly browser: Browser } {
  const running = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    [running.server, running.browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  }, 400_000);
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.stop();
  });
  return running;
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
