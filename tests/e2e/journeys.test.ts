/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, screenshot } from '../support/browser.js';
import { demo, heading, poll, signedIn, demoInChromium } from './demo-server.js';

const PLAN = 'Lust att lära – möjlighet att lyckas!';
const PRINCIPAL_ITEM = 'Tydliggöra och definiera roller och uppdrag';
const LEADER_ITEM = 'Ta fram en plan för hur varje lärare på grundskolan ska ha tillgång till modern teknik';
const CONFLICT_ITEM = 'Ta fram en strategi för att synliggöra det goda arbete';
const COMMENT_ITEM = 'Ta fram en gemensam struktur för hur grundskolenheter';

async function openPlan(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Handlingsplaner' }).click();
  await page.getByRole('link', { name: PLAN }).click();
  await poll(() => heading(page)).toBe(PLAN);
}

async function openItem(page: Page, title: string): Promise<void> {
  await page
    .getByRole('link', { name: new RegExp(`^${title}`) })
    .first()
    .click();
  await poll(() => heading(page)).toContain(title);
}

describe('Lyfta for each user group, in Chromium on the demo database', () => {
  const app = demoInChromium();

  it('signs in with one click, always shows name, role and organisation, and signs out', async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.leaderBoras);
    expect(await page.getByTestId('viewer').textContent()).toContain('Förvaltning, Borås kommun');
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    for (const name of ['Start', 'Handlingsplaner', 'Mål och resultat', 'Skolresultat', 'Kvalitetsarbete', 'Dialog']) {
      await poll(() => nav.getByRole('link', { name, exact: true }).count()).toBe(1);
    }
    await nav.getByRole('link', { name: 'Handlingsplaner' }).click();
    await poll(() => heading(page)).toBe('Handlingsplaner');
    expect(await page.title()).toBe('Handlingsplaner – Lyfta');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await poll(() => heading(page)).toBe('Välkommen till Lyfta');
    await page.goto('/mal');
    await poll(() => new URL(page.url()).searchParams.get('next')).toBe('/mal');
    await context.close();
  });

  it('the politician finds Örebro’s Topp 25 goal and reads its status and rank trend', async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.politicianOrebro);
    const goal = page.getByTestId('goal').filter({ hasText: 'Topp 25 2025' });
    await poll(() => goal.count()).toBe(1);
    expect(await goal.textContent()).toContain('Ur fas');
    await goal.getByRole('link', { name: 'Topp 25 2025' }).click();
    await poll(() => heading(page)).toBe('Topp 25 2025');
    const target = page.getByTestId('target').first();
    expect(await target.textContent()).toMatch(/Plats 25 eller bättre senast 2025/);
    expect(await target.textContent()).toMatch(/plats 151 \(2025\)/);
    expect(await target.textContent()).toContain('Förbättras');
    const chart = page.getByRole('img', { name: /Placering bland kommunerna/ });
    await poll(() => chart.count()).toBe(1);
    await page.getByRole('button', { name: 'Visa som tabell' }).first().click();
    const table = page.getByRole('table', { name: /Placering bland kommunerna/ });
    await poll(() => table.getByRole('row').count()).toBeGreaterThan(2);
    expect(await table.getByRole('row', { name: /2025/ }).textContent()).toContain('151');
    await screenshot(page, 'politician-goal');
    await context.close();
  });

  it('the principal opens their unit, reads its results and updates an item assigned to them', async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.principalBoras);
    expect(await page.getByTestId('viewer').textContent()).toContain('Rektor, Engelbrektskolan 7-9');
    const results = page.getByTestId('unit-results');
    await poll(() => results.count()).toBe(1);
    expect(await results.textContent()).toContain('74,4');
    expect(await results.textContent()).toContain('Borås');
    await screenshot(page, 'principal-home');
    await openItem(page, PRINCIPAL_ITEM);
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Pågår' });
    await page.getByLabel('Framsteg (procent)').fill('55');
    await page.getByLabel('Kort beskrivning av läget').fill('Rollbeskrivningarna är klara för rektorerna.');
    await page.getByRole('button', { name: 'Spara uppdatering' }).click();
    await poll(() => page.getByText('Uppdateringen är sparad.').count()).toBe(1);
    const history = page.locator('.timeline-entry').first();
    expect(await history.textContent()).toContain('Rollbeskrivningarna är klara för rektorerna.');
    expect(await history.textContent()).toContain('Sara Holm');
    await context.close();
  });

  it('the leader in Borås closes an item as done and sees it on the plan', async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.leaderBoras);
    await openPlan(page);
    const before = await page.locator('.big-number').textContent();
    await openItem(page, LEADER_ITEM);
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Klar' });
    await page.getByLabel('Kort beskrivning av läget').fill('Alla lärare har nu en egen dator.');
    await page.getByLabel('Effekt som setts').fill('Lärarna delar material digitalt.');
    await poll(() => page.getByText(/planens framsteg går från/).count()).toBe(1);
    await page.getByRole('button', { name: 'Spara uppdatering' }).click();
    await poll(() => page.getByText('Uppdateringen är sparad.').count()).toBe(1);
    await page.getByRole('link', { name: 'Till planen' }).click();
    await poll(() => heading(page)).toBe(PLAN);
    const row = page.getByTestId('item-row').filter({ hasText: LEADER_ITEM });
    await poll(() => row.locator('.chip').textContent()).toBe('Klar');
    expect(await page.locator('.big-number').textContent()).not.toBe(before);
    await screenshot(page, 'leader-plan');
    // The printed plan is a report for the board: no navigation, filters, forms or buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).isVisible()).toBe(false);
    expect(await page.getByLabel('Status', { exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: PLAN }).isVisible()).toBe(true);
    await page.pdf({ path: 'test-results/screens/leader-plan-print.pdf' });
    await page.emulateMedia({ media: 'screen' });
    await context.close();
  });

  it('a second person editing the same item gets the conflict view and loses nothing typed', async () => {
    const first = await signedIn(app.browser, app.server.url, demo.leaderBoras);
    const second = await signedIn(app.browser, app.server.url, demo.leaderBoras);
    for (const { page } of [first, second]) {
      await openPlan(page);
      await openItem(page, CONFLICT_ITEM);
    }
    await first.page.getByLabel('Framsteg (procent)').fill('50');
    await first.page.getByLabel('Kort beskrivning av läget').fill('Först: strategin är skickad på remiss.');
    await first.page.getByRole('button', { name: 'Spara uppdatering' }).click();
    await poll(() => first.page.getByText('Uppdateringen är sparad.').count()).toBe(1);

    const mine = 'Sedan: vi lägger till en film om goda exempel.';
    await second.page.getByLabel('Status', { exact: true }).selectOption({ label: 'I riskzonen' });
    await second.page.getByLabel('Framsteg (procent)').fill('70');
    await second.page.getByLabel('Kort beskrivning av läget').fill(mine);
    await second.page.getByRole('button', { name: 'Spara uppdatering' }).click();
    const conflict = second.page.getByTestId('conflict');
    await poll(() => conflict.count()).toBe(1);
    expect(await conflict.getByRole('region', { name: 'Deras version' }).textContent()).toContain(
      'Först: strategin är skickad på remiss.',
    );
    expect(await conflict.textContent()).toContain(mine);
    expect(await conflict.textContent()).toContain('50 %');
    expect(await conflict.textContent()).toContain('70 %');
    await screenshot(second.page, 'conflict');

    await second.page.getByRole('button', { name: 'Lägg mina ändringar ovanpå deras version' }).click();
    expect(await second.page.getByLabel('Kort beskrivning av läget').inputValue()).toBe(mine);
    expect(await second.page.getByLabel('Framsteg (procent)').inputValue()).toBe('70');
    await second.page.getByRole('button', { name: 'Spara uppdatering' }).click();
    await poll(() => second.page.getByText('Uppdateringen är sparad.').count()).toBe(1);
    expect(await second.page.locator('.timeline-entry').first().textContent()).toContain(mine);
    await first.context.close();
    await second.context.close();
  });

  it('the teacher comments on a Borås item and the leader sees it', async () => {
    const teacher = await signedIn(app.browser, app.server.url, demo.teacherBoras);
    await openPlan(teacher.page);
    await openItem(teacher.page, COMMENT_ITEM);
    expect(await teacher.page.getByRole('button', { name: 'Spara uppdatering' }).count()).toBe(0);
    const text = 'Vi på Engelbrektskolan vill gärna vara med och testa strukturen.';
    await teacher.page.getByLabel('Skriv en kommentar').fill(text);
    await teacher.page.getByRole('radio', { name: 'För' }).first().check();
    await teacher.page.getByRole('button', { name: 'Publicera' }).click();
    await poll(() => teacher.page.getByTestId('comment').filter({ hasText: text }).count()).toBe(1);
    await screenshot(teacher.page, 'teacher-comment');

    const leader = await signedIn(app.browser, app.server.url, demo.leaderBoras);
    await openPlan(leader.page);
    await openItem(leader.page, COMMENT_ITEM);
    const seen = leader.page.getByTestId('comment').filter({ hasText: text });
    await poll(() => seen.count()).toBe(1);
    expect(await seen.textContent()).toContain('Erik Dahl');
    expect(await seen.textContent()).toContain('För');
    await teacher.context.close();
    await leader.context.close();
  });

  it('the plan page works from the keyboard alone', async () => {
    const { context, page } = await signedIn(app.browser, app.server.url, demo.leaderBoras);
    await openPlan(page);
    // Start from a fresh load of the plan's address, as someone following a link would.
    await page.reload();
    await poll(() => heading(page)).toBe(PLAN);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const focusOn = async (match: (el: { id: string; text: string; tag: string }) => boolean): Promise<void> => {
      for (let i = 0; i < 60; i += 1) {
        await page.keyboard.press('Tab');
        const el = await page.evaluate(() => ({
          id: document.activeElement?.id ?? '',
          text: document.activeElement?.textContent?.trim() ?? '',
          tag: document.activeElement?.tagName ?? '',
        }));
        if (match(el)) return;
      }
      throw new Error('focus never reached the element');
    };
    await focusOn((el) => el.id === 'filter-status');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Visar \d+ av \d+ åtgärder\.$/ })
          .textContent(),
      )
      .not.toMatch(/Visar (\d+) av \1 /);
    await focusOn((el) => el.text === 'Rensa filter');
    await page.keyboard.press('Enter');
    await focusOn((el) => el.tag === 'A' && el.text.startsWith(LEADER_ITEM.slice(0, 20)));
    await page.keyboard.press('Enter');
    await poll(() => heading(page)).toContain(LEADER_ITEM.slice(0, 20));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  const screens: Array<[string, string[]]> = [
    [demo.politicianOrebro, ['/', '/mal', 'goal', '/resultat', '/resultat/1880', '/handlingsplaner']],
    [
      demo.leaderBoras,
      [
        '/',
        '/handlingsplaner',
        'plan',
        'item',
        '/mal',
        'goal',
        '/resultat/1490',
        '/kvalitetsarbete',
        '/dialog',
        '/dialog/fragor',
      ],
    ],
    [demo.principalBoras, ['/', 'plan', 'item']],
    [demo.teacherBoras, ['/', 'plan', 'item']],
    // The results overview is the same page for every viewer and the politician's round checks
    // it (axe takes some 14 s on its 290-row table), so the coach's round does not repeat it.
    [demo.coachStockholm, ['/']],
  ];

  it.each(screens)(
    'has no WCAG 2.1 A/AA violations and no CSP violations on any screen of %s, at desktop width and at 360 px',
    async (name, paths) => {
      const failures: string[] = [];
      for (const width of [1280, 360]) {
        const { context, page, cspViolations } = await signedIn(app.browser, app.server.url, name, {
          width,
          height: 900,
        });
        for (const path of paths) {
          if (path === 'plan') await openPlan(page);
          else if (path === 'goal') {
            await page.goto('/mal');
            await page.getByTestId('goal').first().getByRole('link').first().click();
            await poll(() => page.getByRole('img').count()).toBeGreaterThan(0);
          } else if (path === 'item') {
            await openPlan(page);
            await openItem(page, COMMENT_ITEM);
          } else {
            await page.goto(path);
            await heading(page);
          }
          // Let the page's data arrive (lists and charts) before checking it.
          await page.waitForLoadState('networkidle');
          for (const v of await axeViolations(page)) {
            failures.push(`${width}px ${path}: ${v.id} ${v.help} ${v.targets.slice(0, 3).join(', ')}`);
          }
          const label = `${name.split(' ')[0]!.toLowerCase()}-${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'start'}-${width}`;
          await screenshot(page, label);
        }
        // The built client runs under the server's strict Content-Security-Policy with nothing blocked.
        failures.push(...cspViolations.map((v) => `${width}px CSP: ${v}`));
        await context.close();
      }
      expect(failures).toEqual([]);
    },
    300_000,
  );
});
