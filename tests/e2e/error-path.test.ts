/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import mongoose from 'mongoose';
import { ActionItemModel } from '../../server/src/modules/plans/plan.model.js';
import { axeViolations } from '../support/browser.js';
import { demo, heading, poll, signedIn, demoInChromium } from './demo-server.js';

const PLAN = 'Lust att lära – möjlighet att lyckas!';
const ITEM = 'Ta fram en gemensam struktur för hur grundskolenheter';

async function openItem(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Handlingsplaner' }).click();
  await page.getByRole('link', { name: PLAN }).click();
  await poll(() => heading(page)).toBe(PLAN);
  await page
    .getByRole('link', { name: new RegExp(`^${ITEM}`) })
    .first()
    .click();
  await poll(() => heading(page)).toContain(ITEM);
}

describe('the one error path, in Chromium on the demo database', () => {
  const app = demoInChromium();

  it("opens the teacher's start page with one GraphQL request after signing in", async () => {
    const context = await app.browser.newContext({ baseURL: app.server.url });
    const page = await context.newPage();
    await page.goto('/logga-in');
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.method() === 'POST')
        sent.push((r.postDataJSON() as { operationName: string }).operationName);
    });
    await page.getByRole('button', { name: new RegExp(`^Logga in som ${demo.teacherBoras}`) }).click();
    const comments = page.locator('[aria-labelledby="home-comments"] li');
    await poll(() => comments.count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    // The start page itself is one request; the header's unread count is asked once, on signing in
    // (then kept by the cache and a calm timer, not asked per page), in no fixed order with the page.
    const pageRequests = sent.filter((name) => name !== 'SessionDemoAccounts');
    expect(pageRequests[0]).toBe('SessionLogin');
    expect([...pageRequests].sort()).toEqual(['SessionLogin', 'TeacherStart', 'UnreadCount']);
    expect(await page.locator('[aria-labelledby="home-published"] li').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('announces a request that could not reach the server in the notification region, and axe finds nothing', async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.leaderBoras);
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Handlingsplaner' }).click();
    const region = page.getByRole('region', { name: 'Meddelanden' });
    await poll(() => region.getByTestId('notification').count()).toBe(1);
    expect((await region.getByTestId('notification').textContent())?.trim()).not.toBe('');
    expect(await region.locator('[aria-live="polite"]').count()).toBe(1);
    // The notification does not take the focus away from where the person is.
    expect(await page.evaluate(() => document.activeElement?.closest('.notifications'))).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await region.getByRole('button', { name: 'Stäng meddelandet' }).click();
    await poll(() => region.getByTestId('notification').count()).toBe(0);
    await context.close();
  });

  it('sends a person whose session has ended to sign-in, and back to the page after signing in', async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.leaderBoras);
    await poll(() => heading(page)).toContain('Jonas');
    // The session cookie is gone (expired, or ended elsewhere); the app still thinks it is signed in.
    const kept = (await context.cookies()).filter((c) => c.name !== 'lyfta_session');
    await context.clearCookies();
    await context.addCookies(kept);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mål och resultat' }).click();
    await poll(() => new URL(page.url()).pathname).toBe('/logga-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/mal');
    await poll(() => page.getByText('Logga in för att se sidan.').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: new RegExp(`^Logga in som ${demo.leaderBoras}`) }).click();
    await poll(() => new URL(page.url()).pathname).toBe('/mal');
    await poll(() => heading(page)).toBe('Mål och resultat');
    await poll(() => page.getByTestId('goal').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('puts a status text the server refuses as too long on its form field, keeping what was typed', async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.leaderBoras);
    await openItem(page);
    // The form stops at 2,000 characters itself; a client that sent more anyway gets the server's
    // BAD_USER_INPUT on input.text, which must land on the text field.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string; variables?: { input?: object } };
      if (body.operationName !== 'RecordStatusUpdate') return route.continue();
      const input = { ...body.variables!.input, text: 'x'.repeat(2001) };
      return route.continue({ postData: JSON.stringify({ ...body, variables: { input } }) });
    });
    const typed = 'Strukturen är på remiss hos rektorerna.';
    await page.getByLabel('Kort beskrivning av läget').fill(typed);
    await page.getByRole('button', { name: 'Spara uppdatering' }).click();
    const error = page.locator('#update-text-error');
    await poll(() => error.count()).toBe(1);
    expect((await error.textContent())?.trim()).not.toBe('');
    const field = page.getByLabel('Kort beskrivning av läget');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBe('update-text-error');
    expect(await field.inputValue()).toBe(typed);
    expect(await page.getByText('Uppdateringen är sparad.').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
  it('tells a leader whose status update met another change that does not end that nothing was saved, keeps the text, and saves it when tried again', async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.leaderBoras);
    await openItem(page);
    // Another change holds the item and never ends (its client went away midway).
    const item = await ActionItemModel.findOne({ text: new RegExp(`^${ITEM}`) }).lean();
    const holder = await mongoose.connection.startSession();
    holder.startTransaction();
    await ActionItemModel.updateOne({ _id: item!._id }, { $set: { progress: item!.progress } }, { session: holder });
    try {
      const typed = 'Strukturen är på remiss hos rektorerna 📋';
      await page.getByLabel('Kort beskrivning av läget').fill(typed);
      await page.getByRole('button', { name: 'Spara uppdatering' }).click();
      const region = page.getByRole('region', { name: 'Meddelanden' });
      // The server keeps trying for its rerun budget (10 s) before it answers.
      await expect
        .poll(() => region.getByTestId('notification').textContent(), { timeout: 45_000, interval: 200 })
        .toContain('Någon annan ändring av samma sak pågår just nu, så din ändring sparades inte.');
      expect(await page.getByLabel('Kort beskrivning av läget').inputValue()).toBe(typed);
      expect(await page.getByText('Uppdateringen är sparad.').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await holder.abortTransaction();
      await page.getByRole('button', { name: 'Spara uppdatering' }).click();
      await poll(() => page.getByText('Uppdateringen är sparad.').count()).toBe(1);
      expect((await ActionItemModel.findById(item!._id).lean())!.lastUpdate?.text).toBe(typed);
    } finally {
      if (holder.inTransaction()) await holder.abortTransaction();
      await holder.endSession();
      await context.close();
    }
  });

  it('leaves most of a 360 px first screen to the page: header and menu in under a quarter, every menu link reachable', async () => {
    const viewport = { width: 360, height: 640 };
    const { context, page } = await signedIn(app.browser, app.server.url, demo.leaderBoras, viewport);
    await heading(page);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    const bottom = await nav.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    expect(bottom).toBeLessThan(viewport.height / 4);
    // The menu scrolls sideways instead of wrapping: each link can be focused and brought into view.
    const links = nav.getByRole('link');
    const menu = await nav.boundingBox();
    for (let i = 0; i < (await links.count()); i++) {
      await links.nth(i).focus();
      await links.nth(i).scrollIntoViewIfNeeded();
      const box = await links.nth(i).boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(menu!.x - 1);
      expect(box!.x + box!.width).toBeLessThanOrEqual(menu!.x + menu!.width + 1);
    }
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
