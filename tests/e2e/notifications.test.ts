/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, screenshot } from '../support/browser.js';
import { demo, heading, poll, signedIn, demoInChromium } from './demo-server.js';

const PLAN = 'Lust att lära – möjlighet att lyckas!';
const ITEM = 'Ta fram en gemensam struktur för hur grundskolenheter';

/** The GraphQL operations a page sends, by name, from now on. */
function recordOperations(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && r.method() === 'POST')
      sent.push((r.postDataJSON() as { operationName: string }).operationName);
  });
  return sent;
}

/** The header's unread count, read from its accessible name ("3 olästa aviseringar"). */
async function unreadCount(page: Page): Promise<number> {
  const label = (await page.getByTestId('unread-count').getAttribute('aria-label')) ?? '';
  const match = /^(\d+) olästa aviseringar$/.exec(label);
  if (!match) throw new Error(`the unread count's name is "${label}"`);
  return Number(match[1]);
}

describe('notifications of new comments, in Chromium on the demo database', () => {
  const app = demoInChromium();

  it('the leader sees the teacher’s comment in the header and on the start page, marks it seen, and chooses e-mail', async () => {
    // What the leader has unread before the teacher writes.
    const before = await signedIn(app.browser, app.server.url, demo.leaderBoras);
    await poll(() => before.page.getByTestId('unread-count').getAttribute('aria-label')).toMatch(/olästa/);
    await heading(before.page);
    await before.page.waitForLoadState('networkidle');
    const unreadBefore = await unreadCount(before.page);
    await before.context.close();

    // The teacher comments on an item of the Borås plan, whose responsible is the leader.
    const teacher = await signedIn(app.browser, app.server.url, demo.teacherBoras);
    await teacher.page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Handlingsplaner' })
      .click();
    await teacher.page.getByRole('link', { name: PLAN }).click();
    await poll(() => heading(teacher.page)).toBe(PLAN);
    await teacher.page
      .getByRole('link', { name: new RegExp(`^${ITEM}`) })
      .first()
      .click();
    await poll(() => heading(teacher.page)).toContain(ITEM);
    const itemPath = new URL(teacher.page.url()).pathname;
    const text = 'Kan vi få strukturen på remiss till arbetslagen före jul? 🎄';
    await teacher.page.getByLabel('Skriv en kommentar').fill(text);
    await teacher.page.getByRole('button', { name: 'Publicera' }).click();
    await poll(() => teacher.page.getByTestId('comment').filter({ hasText: text }).count()).toBe(1);
    await teacher.context.close();

    // The leader signs in: one more unread in the header, and the comment on the start page.
    const context = await app.browser.newContext({ baseURL: app.server.url, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto('/logga-in');
    const sent = recordOperations(page);
    await page.getByRole('button', { name: new RegExp(`^Logga in som ${demo.leaderBoras}`) }).click();
    const badge = page.getByTestId('unread-count');
    await poll(() => unreadCount(page)).toBe(unreadBefore + 1);
    expect(await badge.locator('.count').textContent()).toBe(String(unreadBefore + 1));
    const panel = page.getByTestId('new-comments');
    const notice = panel.getByRole('listitem').filter({ hasText: text });
    await poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toContain('Erik Dahl');
    expect(await notice.textContent()).toContain('kommenterade');
    const link = notice.getByRole('link', { name: new RegExp(`^${ITEM}`) });
    expect(await link.getAttribute('href')).toBe(itemPath);
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'new-comments-start');
    expect(await axeViolations(page)).toEqual([]);

    // The link leads to the item, with the comment there; moving between pages asks no count.
    await link.click();
    await poll(() => heading(page)).toContain(ITEM);
    await poll(() => page.getByTestId('comment').filter({ hasText: text }).count()).toBe(1);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Start' }).click();
    await poll(() => notice.count()).toBe(1);

    // The notifications page from the header; marking seen takes the count to 0 without a reload.
    await badge.click();
    await poll(() => heading(page)).toBe('Aviseringar');
    expect(await page.title()).toBe('Aviseringar – Lyfta');
    const listed = page.getByTestId('new-comments').getByRole('listitem').filter({ hasText: text });
    await poll(() => listed.count()).toBe(1);
    expect(await listed.textContent()).toContain('Oläst');
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Markera som lästa' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Allt är markerat som läst.' });
    await poll(() => done.count()).toBe(1);
    await poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Allt är markerat som läst.',
    );
    await poll(() => unreadCount(page)).toBe(0);
    expect(await badge.locator('.count').count()).toBe(0);
    expect(await listed.textContent()).not.toContain('Oläst');
    // The count was asked once, on signing in: pages and marking seen did not ask it again.
    expect(sent.filter((name) => name === 'UnreadCount')).toHaveLength(1);
    expect(sent).toContain('MarkNotificationsSeen');

    // E-mail choices: saved with a message that takes the focus, and still there after a reload.
    const preferences = page.getByRole('region', { name: 'Vad du får' });
    await preferences.getByRole('radio', { name: 'En sammanfattning om dagen' }).check();
    await preferences.getByLabel('Språk i e-posten').selectOption('EN');
    await preferences.getByRole('button', { name: 'Spara' }).click();
    await poll(() => preferences.getByRole('status').textContent()).toBe('Dina val är sparade.');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Dina val är sparade.');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'notifications');
    await page.reload();
    await poll(() => heading(page)).toBe('Aviseringar');
    await poll(() => preferences.getByRole('radio', { name: 'En sammanfattning om dagen' }).isChecked()).toBe(true);
    expect(await preferences.getByRole('radio', { name: 'Ingen e-post' }).isChecked()).toBe(false);
    expect(await preferences.getByLabel('Språk i e-posten').inputValue()).toBe('EN');
    expect(await unreadCount(page)).toBe(0);
    await context.close();
  });
});
