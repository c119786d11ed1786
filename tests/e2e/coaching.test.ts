/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/browser.js';
import { swedishDay } from '../support/days.js';
import { heading, poll, signedIn, demoInChromium } from './demo-server.js';

// Stockholm's demo: the teacher coach Nora Falk coaches the teacher Johan Strand in an active
// engagement (and has another, closed, in a different state); Cecilia Sandberg is the principal of
// the teacher's school, Aspuddens skola.
const TEACHER = 'Johan Strand';
const COACH = 'Nora Falk';
const PRINCIPAL = 'Cecilia Sandberg';

const MEETING = 'Vi gick igenom målet och planerade ett besök på mattelektionen i 7B.';
const OBSERVATIONS = 'Eleverna väntade i snitt fyra minuter på hjälp; tre räckte upp handen och gav upp ✋';
const REFLECTION = 'Jag såg att jag gick till samma elever varje gång.';
const NEXT_STEP = 'Prova tyst handuppräckning med färgkort i två veckor.';

// The second walk: a request from the teacher through the principal and the coach service.
const NEED = 'Mina elever i åk 4 gissar i stället för att undersöka när vi gör experiment i NO.';
const TIME = 'En timme varannan vecka, onsdagar efter lunch.';
const ROOM = 'NO-salen efter lektionstid.';
const GOAL = 'Till påsklovet ska eleverna i 4A själva formulera en hypotes innan de gör ett försök.';
const SUMMARY = 'Eleverna formulerar nu hypoteser; jag fortsätter med loggböckerna på egen hand.';
const PRINCIPAL_NEED = 'Bildundervisningen behöver fler sätt att ge formativ återkoppling på elevernas skisser.';
const DECLINE_REASON = 'Coachteamet har ingen bildcoach denna termin; fråga igen till hösten.';

/** Whether the element the locator finds has the focus. */
const focused = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => el === document.activeElement);

/** Waits until the element says the text and has the focus (the status that says the result of an action). */
async function focusSays(page: Page, testId: string, text: string): Promise<void> {
  const el = page.getByTestId(testId);
  await poll(() => el.textContent()).toContain(text);
  await poll(() => el.evaluate((x) => x === document.activeElement)).toBe(true);
}

/** Writes one entry in the engagement and waits for the status that says it is saved (and has the focus). */
async function write(page: Page, kind: string, text: string, date?: string): Promise<void> {
  const form = page.getByTestId('add-entry');
  await form.getByLabel('Vad vill du skriva?').selectOption({ label: kind });
  if (date) await form.getByLabel('Datum', { exact: true }).fill(date);
  await form.getByRole('textbox').last().fill(text);
  await form.getByRole('button', { name: 'Spara i tidslinjen' }).click();
  await poll(() => page.getByTestId('engagement-status').textContent()).toContain(`Sparat i tidslinjen: ${kind}.`);
  expect(await focused(page, 'engagement-status')).toBe(true);
  await poll(() => page.getByTestId('timeline').textContent()).toContain(text);
}

describe('coaching: a teacher and a coach work through a meeting with a lesson visit; the principal sees the facts only', () => {
  const app = demoInChromium();

  it('the coach writes the meeting and the lesson visit, the teacher reads them, reflects and decides the next step, and the principal sees no content; axe finds nothing', async () => {
    const coach = await signedIn(app.browser, app.server.url, COACH);
    const c = coach.page;
    // The start page shows the caseload; the board lists the coach's own engagements.
    await poll(() => c.getByTestId('home-coaching').textContent()).toContain('Dina coachningar som coach');
    await c.getByRole('link', { name: 'Coachning', exact: true }).click();
    await poll(() => heading(c)).toBe('Lärarcoachning');
    expect(await c.getByTestId('coaching-law').textContent()).toContain('offentlighets- och sekretesslagen');
    const own = c.getByTestId('own-engagements').getByTestId('coaching-engagement');
    await poll(() => own.count()).toBeGreaterThanOrEqual(2);
    expect(await axeViolations(c)).toEqual([]);
    const active = own.filter({ hasText: TEACHER }).filter({ hasText: 'Pågår' }).first();
    await active.getByRole('link').click();
    await poll(() => c.getByRole('heading', { name: 'Tidslinje' }).count()).toBe(1);
    const engagementPath = new URL(c.url()).pathname;
    expect(engagementPath).toMatch(/^\/coachning\/\w+$/);

    // A reflection and the next step are the teacher's: the coach is not offered them.
    const kinds = await c
      .getByTestId('add-entry')
      .getByLabel('Vad vill du skriva?')
      .locator('option')
      .allTextContents();
    expect(kinds).toEqual(['Samtal', 'Lektionsbesök', 'Uppdrag']);
    // A conversation without its day is refused on the day field, which takes the focus.
    const form = c.getByTestId('add-entry');
    await form.getByRole('textbox').last().fill(MEETING);
    await form.getByRole('button', { name: 'Spara i tidslinjen' }).click();
    await poll(() => form.locator('.field-error').textContent()).toContain('Ange datum');
    expect(await form.getByLabel('Datum', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    await write(c, 'Samtal', MEETING, swedishDay(-7));
    await write(c, 'Lektionsbesök', OBSERVATIONS, swedishDay(-2));
    expect(await axeViolations(c)).toEqual([]);

    // The teacher, in a browser of their own, finds both in the timeline, reflects and decides.
    const teacher = await signedIn(app.browser, app.server.url, TEACHER);
    const t = teacher.page;
    await t.goto(engagementPath);
    await poll(() => t.getByTestId('timeline').textContent()).toContain(OBSERVATIONS);
    expect(await t.getByTestId('timeline').textContent()).toContain(MEETING);
    const entries = t.getByTestId('timeline').getByTestId('coaching-entry');
    const visit = entries.filter({ hasText: OBSERVATIONS });
    expect(await visit.getByRole('heading').textContent()).toContain('Lektionsbesök');
    expect(await visit.textContent()).toContain(`av ${COACH}`);
    await write(t, 'Reflektion', REFLECTION);
    await write(t, 'Nästa steg', NEXT_STEP);
    await poll(() => t.getByTestId('next-step').textContent()).toContain(NEXT_STEP);
    expect(await axeViolations(t)).toEqual([]);
    await teacher.context.close();

    // The coach's open page shows them after asking again.
    await c.reload();
    await poll(() => c.getByTestId('timeline').textContent()).toContain(NEXT_STEP);
    await coach.context.close();

    // The principal: the engagement's facts, a plain note that the content is between teacher and
    // coach, and nothing of what was written — on the engagement's page and on the board.
    const principal = await signedIn(app.browser, app.server.url, PRINCIPAL);
    const d = principal.page;
    await d.goto(engagementPath);
    await poll(() => d.getByTestId('content-private').textContent()).toContain('mellan läraren och coachen');
    expect(await d.getByTestId('engagement-facts').textContent()).toContain(COACH);
    const page = (await d.locator('main').textContent()) ?? '';
    for (const text of [MEETING, OBSERVATIONS, REFLECTION, NEXT_STEP]) expect(page).not.toContain(text);
    expect(await d.getByRole('heading', { name: 'Tidslinje' }).count()).toBe(0);
    expect(await axeViolations(d)).toEqual([]);
    await d.goto('/coachning');
    await poll(() => heading(d)).toBe('Lärarcoachning');
    await poll(() => d.getByTestId('known-engagements').getByTestId('coaching-engagement').count()).toBeGreaterThan(0);
    const board = (await d.locator('main').textContent()) ?? '';
    for (const text of [MEETING, OBSERVATIONS, REFLECTION, NEXT_STEP]) expect(board).not.toContain(text);
    expect(await axeViolations(d)).toEqual([]);
    await principal.context.close();
  });

  it("a teacher asks, the principal forwards with time and room, the coach takes it, the agreement hides the dates, the teacher sets the goal and closes; the principal's own request is declined with a reason; axe finds nothing", async () => {
    const [teacher, principal, coach] = await Promise.all(
      [TEACHER, PRINCIPAL, COACH].map((name) => signedIn(app.browser, app.server.url, name)),
    );
    const t = teacher.page;
    const d = principal.page;
    const c = coach.page;

    // The teacher asks their principal, at the one unit the board names as theirs.
    await t.goto('/coachning');
    const ask = t.getByTestId('request-coaching');
    await poll(() => ask.textContent()).toContain('Skolenhet: Aspuddens skola');
    await ask.getByLabel('Ämne').selectOption({ label: 'NO' });
    await ask.getByLabel('Vad ska coachningen handla om?').fill(NEED);
    await ask.getByRole('button', { name: 'Skicka till rektor' }).click();
    await focusSays(t, 'request-sent', 'skickad till din rektor');
    const mine = t.getByTestId('requests-open').getByTestId('coaching-request').filter({ hasText: NEED });
    await poll(() => mine.getByTestId('request-state').textContent()).toContain('Hos rektor');
    expect(await axeViolations(t)).toEqual([]);

    // The principal forwards it with time and room; a missing room is refused on its field.
    await d.goto('/coachning');
    const toForward = d.getByTestId('requests-to-decide').getByTestId('coaching-request').filter({ hasText: NEED });
    await toForward.getByRole('button', { name: 'Skicka till coachteamet' }).click();
    const forward = toForward.getByTestId('coaching-forward');
    expect(await forward.getByLabel('Tid för samtalen').evaluate((el) => el === document.activeElement)).toBe(true);
    await forward.getByLabel('Tid för samtalen').fill(TIME);
    await forward.getByRole('button', { name: 'Skicka till coachteamet' }).click();
    await poll(() => forward.locator('.field-error').textContent()).toContain('Skriv vilket rum');
    expect(await forward.getByLabel('Rum för samtalen').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(d)).toEqual([]);
    await forward.getByLabel('Rum för samtalen').fill(ROOM);
    await forward.getByRole('button', { name: 'Skicka till coachteamet' }).click();
    await focusSays(d, 'coaching-status', 'Förfrågan (NO, Aspuddens skola) är skickad vidare till coachteamet');
    const forwarded = d.getByTestId('requests-open').getByTestId('coaching-request').filter({ hasText: NEED });
    await poll(() => forwarded.getByTestId('request-state').textContent()).toContain('Hos coachteamet');
    expect(await forwarded.textContent()).toContain(ROOM);

    // Nora adds NO to the subjects she coaches in; the coach service takes the request, assigning
    // her, now offered as a coach of its subject.
    await c.goto('/coachning');
    const profile = c.getByTestId('coach-profile');
    await profile.getByRole('checkbox', { name: 'NO', exact: true }).check();
    await profile.getByRole('button', { name: 'Spara ämnena' }).click();
    await focusSays(c, 'profile-saved', 'Dina ämnen är sparade.');
    for (const subject of ['Svenska', 'NO'])
      await poll(() => profile.getByRole('checkbox', { name: subject, exact: true }).isChecked()).toBe(true);
    const toAccept = c.getByTestId('requests-to-decide').getByTestId('coaching-request').filter({ hasText: NEED });
    expect(await toAccept.textContent()).toContain(TIME);
    await toAccept.getByRole('button', { name: 'Ta emot och tilldela coach' }).click();
    await toAccept
      .getByTestId('coaching-accept')
      .getByLabel('Coach')
      .selectOption({ label: `${COACH} (NO)` });
    expect(await axeViolations(c)).toEqual([]);
    await toAccept.getByTestId('coaching-accept').getByRole('button', { name: 'Ta emot och tilldela coach' }).click();
    await focusSays(c, 'coaching-status', 'Förfrågan (NO, Aspuddens skola) är antagen');
    const accepted = c.getByTestId('requests-settled').getByTestId('coaching-request').filter({ hasText: NEED });
    await poll(() => accepted.getByTestId('request-state').textContent()).toContain('Antagen');

    // The new engagement is on the board of both, active.
    const newOne = (p: Page) =>
      p.getByTestId('own-engagements').getByTestId('coaching-engagement').filter({ hasText: 'NO, Aspuddens skola' });
    await poll(() => newOne(c).textContent()).toContain('Pågår');
    await t.reload();
    await poll(() => newOne(t).textContent()).toContain(COACH);

    // The coach agrees with the teacher not to share the dates with the school leadership.
    await newOne(c).getByRole('link').click();
    await poll(() => heading(c)).toBe('NO, Aspuddens skola');
    const engagementPath = new URL(c.url()).pathname;
    await c.getByRole('button', { name: 'Ändra överenskommelsen' }).click();
    await c.getByTestId('agreement-form').getByLabel('Datum (start och avslut)').uncheck();
    await c.getByRole('button', { name: 'Spara överenskommelsen' }).click();
    await focusSays(c, 'engagement-status', 'Överenskommelsen är sparad.');
    expect(await c.getByTestId('agreement').textContent()).toContain('Datum (start och avslut): visas inte');
    expect(await axeViolations(c)).toEqual([]);

    // The principal sees that it exists and its state, but neither its dates nor its content.
    await d.goto(engagementPath);
    await poll(() => d.getByTestId('content-private').textContent()).toContain('mellan läraren och coachen');
    const facts = (await d.getByTestId('engagement-facts').textContent()) ?? '';
    expect(facts).toContain('Datum' + 'Delas inte enligt överenskommelsen');
    expect(facts).toContain('Pågår');
    expect(await d.getByRole('heading', { name: 'Tidslinje' }).count()).toBe(0);
    expect(await axeViolations(d)).toEqual([]);

    // The teacher sets the goal, then closes with their summary.
    await t.goto(engagementPath);
    await t.getByRole('button', { name: 'Formulera målet' }).click();
    await t.getByTestId('goal-form').getByLabel('Mål').fill(GOAL);
    await t.getByRole('button', { name: 'Spara målet' }).click();
    await focusSays(t, 'engagement-status', 'Målet är sparat.');
    await poll(() => t.getByTestId('goal').textContent()).toBe(GOAL);
    await t.getByRole('button', { name: 'Avsluta coachningen' }).click();
    await t.getByTestId('close-engagement').getByLabel('Din sammanfattning').fill(SUMMARY);
    expect(await axeViolations(t)).toEqual([]);
    // Meanwhile the coach, on the page open since before the goal, agrees not to share the state
    // either: the save meets the teacher's goal and shows both versions; the coach's is saved over it.
    await c.getByRole('button', { name: 'Ändra överenskommelsen' }).click();
    await c.getByTestId('agreement-form').getByLabel('Status (pågår eller avslutad)').uncheck();
    await c.getByRole('button', { name: 'Spara överenskommelsen' }).click();
    const conflict = c.getByTestId('edit-conflict');
    await poll(() => conflict.getByRole('heading', { level: 3 }).evaluate((x) => x === document.activeElement)).toBe(
      true,
    );
    expect(await conflict.textContent()).toContain('Status (pågår eller avslutad)visas inte');
    expect(await axeViolations(c)).toEqual([]);
    await conflict.getByRole('button', { name: 'Spara min version ovanpå deras' }).click();
    await poll(() => c.getByLabel('Datum (start och avslut)').evaluate((x) => x === document.activeElement)).toBe(true);
    await c.getByRole('button', { name: 'Spara överenskommelsen' }).click();
    await poll(() => c.getByTestId('agreement').textContent()).toContain('Status (pågår eller avslutad): visas inte');
    await focusSays(c, 'engagement-status', 'Överenskommelsen är sparad.');
    // The teacher's close meets the coach's change, says so, keeps the summary and closes on the
    // version as it is now.
    await t.getByRole('button', { name: 'Avsluta med sammanfattningen' }).click();
    await focusSays(t, 'close-changed', 'Coachningen har ändrats under tiden.');
    expect(await t.getByTestId('close-engagement').getByLabel('Din sammanfattning').inputValue()).toBe(SUMMARY);
    expect(await axeViolations(t)).toEqual([]);
    await t.getByRole('button', { name: 'Avsluta coachningen som den är nu' }).click();
    await focusSays(t, 'engagement-status', 'Coachningen är avslutad.');
    await poll(() => t.getByTestId('engagement-facts').textContent()).toContain('Avslutad');
    expect(await t.getByTestId('summary').textContent()).toBe(SUMMARY);
    expect(await t.getByTestId('add-entry').count()).toBe(0);
    expect(await axeViolations(t)).toEqual([]);

    // The coach reads it closed, with the summary, and can write no more.
    await c.reload();
    await poll(() => c.getByTestId('engagement-facts').textContent()).toContain('Avslutad');
    expect(await c.getByTestId('summary').textContent()).toBe(SUMMARY);
    expect(await c.getByTestId('add-entry').count()).toBe(0);
    await teacher.context.close();

    // The principal asks the coach service on behalf of the unit's teacher, with time and room.
    await d.goto('/coachning');
    const own = d.getByTestId('request-coaching');
    await own.getByRole('checkbox', { name: TEACHER }).check();
    await own.getByLabel('Ämne').selectOption({ label: 'Bild' });
    await own.getByLabel('Vad ska coachningen handla om?').fill(PRINCIPAL_NEED);
    await own.getByLabel('Tid för samtalen').fill(TIME);
    await own.getByLabel('Rum för samtalen').fill(ROOM);
    await own.getByRole('button', { name: 'Skicka till coachteamet' }).click();
    await focusSays(d, 'request-sent', 'skickad till coachteamet');
    expect(await axeViolations(d)).toEqual([]);

    // The coach service declines it with a reason.
    await c.goto('/coachning');
    const toDecline = c
      .getByTestId('requests-to-decide')
      .getByTestId('coaching-request')
      .filter({ hasText: PRINCIPAL_NEED });
    expect(await toDecline.textContent()).toContain(`Gäller: ${TEACHER}`);
    await toDecline.getByRole('button', { name: 'Avböj' }).click();
    await toDecline.getByTestId('coaching-decline').getByLabel('Skäl').fill(DECLINE_REASON);
    await toDecline.getByTestId('coaching-decline').getByRole('button', { name: 'Avböj' }).click();
    await focusSays(c, 'coaching-status', 'Förfrågan (Bild, Aspuddens skola) är avböjd');
    const declined = c
      .getByTestId('requests-settled')
      .getByTestId('coaching-request')
      .filter({ hasText: PRINCIPAL_NEED });
    await poll(() => declined.getByTestId('request-state').textContent()).toContain('Avböjd');
    expect(await axeViolations(c)).toEqual([]);
    await coach.context.close();

    // The principal reads the reason among the settled requests.
    await d.reload();
    const settled = d
      .getByTestId('requests-settled')
      .getByTestId('coaching-request')
      .filter({ hasText: PRINCIPAL_NEED });
    await poll(() => settled.textContent()).toContain(`Skäl: ${DECLINE_REASON}`);
    expect(await settled.getByTestId('request-state').textContent()).toContain('Avböjd');
    expect(await axeViolations(d)).toEqual([]);
    await principal.context.close();
  });
});
