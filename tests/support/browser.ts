import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

/** Launches Debian's Chromium headless, with the network chatter this machine refuses turned off. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Runs axe with the WCAG 2.1 A and AA rules and returns the violations (id, help, targets).
 * Only violations are collected, and axe runs in the page itself (legacy mode): the default mode
 * opens a blank page to merge frame results, which the client (no frames) does not need; the two
 * together took a 290-row table's check from 12 s to 5 s and a screen's from ~1 s to 0.4 s (measured
 * with every rule running; with only the WCAG rules a check does less).
 */
export async function axeViolations(page: Page): Promise<Array<{ id: string; help: string; targets: string[] }>> {
  // options() replaces every option set before it (the tags among them), so it comes first.
  const result = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true)
    .analyze();
  return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/**
 * Saves a full-page screenshot as a test artifact under test-results/ (not committed) when
 * LYFTA_SCREENSHOTS=1: for looking at the screens by eye; no test reads them.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.LYFTA_SCREENSHOTS !== '1') return;
  await page.screenshot({ path: join('test-results', 'screens', `${name}.png`), fullPage: true });
}

/**
 * Collects every Content-Security-Policy violation the pages of a context report (directive,
 * blocked address, source), so a test can assert the built client runs under the policy.
 */
export async function recordCspViolations(context: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  await context.exposeBinding('__lyftaCspViolation', (_source, text: string) => {
    seen.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __lyftaCspViolation(text: string): void }).__lyftaCspViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return seen;
}
