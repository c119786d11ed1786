/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/browser.js';
import { heading, poll, signedIn, demoInChromium } from './demo-server.js';

// Stockholm's live chat in the demo: the demo teacher asks, the administration picks the question
// and the school commissioner answers, each in a browser of their own; the teacher's page shows the
// answer as it comes, over the WebSocket, without a reload. A half-typed question survives a reload.
// The administration then extends the chat and cancels it; the teacher's page shows it cancelled.
const TEACHER = 'Johan Strand';
const MODERATOR = 'Karin Alm';
const HOST = 'Lena Ekdahl';
const LIVE = 'Chatt med skolborgarrådet om kompetensutveckling';
const ENDED = 'Chatt med utbildningsdirektören om läsning och bibliotek';
const QUESTION = 'Får lärarpanelen vara med och välja fortbildning? 🙂';
const ANSWER = 'Ja, från hösten väljer vi innehållet tillsammans med panelen.';

describe('a live chat: a teacher asks and sees the answer appear without reloading', () => {
  const app = demoInChromium();

  it('the question reaches the moderator, is picked and answered, and the answer appears live on the teacher’s page; axe finds nothing', async () => {
    const teacher = await signedIn(app.browser, app.server.url, TEACHER);
    const t = teacher.page;
    await t.goto('/dialog');
    await t.getByTestId('to-chats').click();
    await poll(() => heading(t)).toBe('Chattar');
    await poll(() => t.getByTestId('chat-commitment').textContent()).toContain('Skolborgarrådet: 0 genomförda');
    expect(await axeViolations(t)).toEqual([]);
    await t.getByRole('link', { name: ENDED }).click();
    await poll(() => heading(t)).toBe(ENDED);
    await poll(() => t.getByTestId('chat-transcript').getByTestId('chat-answer').count()).toBe(2);
    expect(await t.getByTestId('chat-ask').count()).toBe(0);
    expect(await axeViolations(t)).toEqual([]);

    await t.getByRole('link', { name: 'Alla chattar' }).click();
    await t.getByRole('link', { name: LIVE }).click();
    await poll(() => heading(t)).toBe(LIVE);
    await poll(() => t.getByTestId('chat-state').textContent()).toBe('Pågår');
    // A half-typed question is kept across a reload.
    await t.getByLabel('Din fråga').fill('Får lärarpanelen');
    await t.reload();
    await poll(() => heading(t)).toBe(LIVE);
    expect(await t.getByLabel('Din fråga').inputValue()).toBe('Får lärarpanelen');
    await t.getByLabel('Din fråga').fill(QUESTION);
    await t.getByRole('button', { name: 'Skicka frågan' }).click();
    await poll(() => t.getByRole('status').filter({ hasText: 'Din fråga är skickad.' }).count()).toBe(1);
    await poll(() => t.getByTestId('chat-unpicked').textContent()).toContain(QUESTION);
    expect(await t.getByLabel('Din fråga').inputValue()).toBe('');
    expect(await axeViolations(t)).toEqual([]);

    const moderator = await signedIn(app.browser, app.server.url, MODERATOR);
    const m = moderator.page;
    await m.goto('/dialog/chattar');
    await m.getByRole('link', { name: LIVE }).click();
    await poll(() => heading(m)).toBe(LIVE);
    await m.getByRole('button', { name: `Välj frågan: ${QUESTION}` }).click();
    await poll(() => m.getByRole('status').filter({ hasText: 'Frågan är vald' }).count()).toBe(1);
    await poll(() => m.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Frågan är vald');
    expect(await axeViolations(m)).toEqual([]);

    const host = await signedIn(app.browser, app.server.url, HOST);
    const h = host.page;
    await h.goto('/dialog/chattar');
    await h.getByRole('link', { name: LIVE }).click();
    await poll(() => heading(h)).toBe(LIVE);
    const picked = h.getByTestId('chat-transcript').getByRole('listitem').filter({ hasText: QUESTION });
    await picked.getByLabel('Ditt svar').fill(ANSWER);
    expect(await axeViolations(h)).toEqual([]);
    await picked.getByRole('button', { name: 'Publicera svaret' }).click();
    await poll(() => h.getByRole('status').filter({ hasText: 'Svaret är publicerat.' }).count()).toBe(1);

    // The teacher's page, never reloaded since the question was sent, shows the answer and says so politely.
    const mine = t.getByTestId('chat-transcript').getByRole('listitem').filter({ hasText: QUESTION });
    await poll(() => mine.getByTestId('chat-answer').textContent()).toContain(ANSWER);
    await poll(() => t.getByTestId('chat-announcement').textContent()).toContain('Nytt svar på');
    expect(await t.getByTestId('chat-announcement').getAttribute('aria-live')).toBe('polite');
    expect(await axeViolations(t)).toEqual([]);

    // The administration extends the live chat's end, then cancels it with a reason; focus lands
    // on the result each time, and the teacher's open page shows the cancellation as it comes.
    // A new title alone is told as a change, not as a new time.
    await m.getByRole('button', { name: 'Ändra tid eller värd' }).click();
    await m.getByLabel('Rubrik').fill(`${LIVE} (ny rubrik)`);
    await m.getByRole('button', { name: 'Spara ändringen' }).click();
    await poll(() => t.getByTestId('chat-announcement').textContent()).toContain('Chatten är ändrad:');
    expect(await t.getByTestId('chat-announcement').textContent()).toContain(`${LIVE} (ny rubrik)`);
    await poll(() => m.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Chatten är ändrad');
    await m.getByRole('button', { name: 'Ändra tid eller värd' }).click();
    const ends = m.getByLabel('Slutar');
    const plus = (minutes: number) =>
      ends.evaluate((el, minutes) => {
        const at = new Date((el as HTMLInputElement).defaultValue || (el as HTMLInputElement).value);
        at.setMinutes(at.getMinutes() + minutes);
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
      }, minutes);
    const original = await ends.inputValue();
    // The demo's live chat lasts 7 h 45 min: half an hour more is over the eight hours, refused on the field.
    const tooLate = await plus(30);
    await ends.fill(tooLate);
    await m.getByRole('button', { name: 'Spara ändringen' }).click();
    await poll(() => m.evaluate(() => document.activeElement?.getAttribute('aria-invalid') ?? '')).toBe('true');
    expect(await m.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(tooLate);
    expect(await axeViolations(m)).toEqual([]);
    await ends.fill(original);
    await ends.fill(await plus(10));
    await m.getByRole('button', { name: 'Spara ändringen' }).click();
    await poll(() => t.getByTestId('chat-announcement').textContent()).toContain('Chatten har fått ny tid:');
    await poll(() => m.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Chatten är ändrad');
    await m.getByRole('button', { name: 'Ställ in chatten' }).click();
    await m.getByLabel('Skäl').fill('Skolborgarrådet är sjuk 🤒');
    await m.getByRole('button', { name: 'Ställ in chatten' }).click();
    await poll(() => m.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Chatten är inställd.');
    // The questions left unpicked stay listed for the administration, as what they are: not its own.
    await poll(() => m.locator('#chat-waiting').textContent()).toBe('Frågor som inte valdes');
    await poll(() => t.getByTestId('chat-state').textContent()).toBe('Inställd');
    await poll(() => t.getByTestId('chat-cancelled').textContent()).toContain('Skolborgarrådet är sjuk 🤒');
    expect(await t.getByTestId('chat-ask').count()).toBe(0);
    expect(await axeViolations(t)).toEqual([]);

    // The socket to the page's own origin passes the CSP's connect-src 'self'.
    expect([...teacher.cspViolations, ...moderator.cspViolations, ...host.cspViolations]).toEqual([]);
    await Promise.all([teacher.context.close(), moderator.context.close(), host.context.close()]);
  });
});
