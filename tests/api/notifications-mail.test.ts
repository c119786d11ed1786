/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { makeMunicipality, makePerson, makePlan, makeSchoolUnit, signedIn, type ApiClient } from '../support/api.js';
import { ActionPlanModel } from '../../server/src/modules/plans/plan.model.js';
import { OutboxModel } from '../../server/src/modules/notifications/notification.model.js';
import {
  notificationsStartupHook,
  outboxIdle,
  runDailyDigest,
  stopNotifications,
} from '../../server/src/modules/notifications/index.js';

const ADD = 'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }';
const PREFS =
  'mutation($i: NotificationPreferencesInput!) { setNotificationPreferences(input: $i) { emailComments emailAvailable } }';

/** One message as the SMTP server received it, headers and body decoded. */
interface Received {
  rcptTo: string[];
  to: string;
  subject: string;
  text: string;
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and ?B?) in a header. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(
            data
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

function parseMessage(raw: string, rcptTo: string[]): Received {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  let body = raw.slice(split + 4);
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  if (encoding === 'quoted-printable') {
    body = Buffer.from(
      body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  } else if (encoding === 'base64') body = Buffer.from(body, 'base64').toString('utf8');
  return {
    rcptTo,
    to: headers.get('to') ?? '',
    subject: decodeHeader(headers.get('subject') ?? ''),
    text: body.replace(/\r\n/g, '\n'),
  };
}

describe('e-mail notifications against a real SMTP server', () => {
  let smtp: SMTPServer;
  let server: TestServer;
  let teacher: ApiClient;
  let principal: ApiClient;
  let leader: ApiClient;
  let planId: string;
  let itemId: string;
  let refuseNext = 0;
  const inbox: Received[] = [];
  const waiters: Array<() => void> = [];

  /** The next message to arrive (already arrived ones first). */
  async function nextMessage(): Promise<Received> {
    while (!inbox.length) await new Promise<void>((resolve) => waiters.push(resolve));
    return inbox.shift()!;
  }

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (refuseNext > 0) {
          refuseNext--;
          const err = Object.assign(new Error('Try again later'), { responseCode: 451 });
          callback(err);
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          inbox.push(
            parseMessage(
              Buffer.concat(chunks).toString('latin1'),
              session.envelope.rcptTo.map((r) => r.address),
            ),
          );
          for (const w of waiters.splice(0)) w();
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    server = await startTestServer({
      hooks: [notificationsStartupHook],
      env: {
        SMTP_URL: `smtp://127.0.0.1:${port}`,
        SMTP_FROM: 'Lyfta <lyfta@kommun.test>',
        LYFTA_PUBLIC_URL: 'https://lyfta.kommun.test/',
        SMTP_RETRY_BASE_MS: '20',
      },
    });
    const boras = await makeMunicipality('1490');
    const unit = await makeSchoolUnit(boras, '86215855');
    const lead = await makePerson('leader@test.se', [{ organisation: boras, role: 'administration' }], 'Skolchef');
    const rektor = await makePerson('rektor@test.se', [{ organisation: unit, role: 'principal' }], 'Rektor Åsa');
    await makePerson('larare@test.se', [{ organisation: unit, role: 'teacher' }], 'Lärare Ett');
    const plan = await makePlan({ owner: boras, status: 'active', responsibleId: rektor._id });
    await ActionPlanModel.updateOne({ _id: plan.plan._id }, { $set: { responsibleId: lead._id } });
    planId = plan.plan._id.toHexString();
    itemId = plan.itemIds[0]!.toHexString();
    [teacher, principal, leader] = await Promise.all([
      signedIn(server.url, 'larare@test.se'),
      signedIn(server.url, 'rektor@test.se'),
      signedIn(server.url, 'leader@test.se'),
    ]);
  });
  afterAll(async () => {
    stopNotifications();
    await server?.stop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  it('sends one e-mail at once to whoever chose it, in Swedish, with a link to the item and no comment text', async () => {
    const prefs = await principal.ok<any>(PREFS, { i: { emailComments: 'IMMEDIATELY' } });
    expect(prefs.setNotificationPreferences).toEqual({ emailComments: 'IMMEDIATELY', emailAvailable: true });
    await teacher.ok(ADD, { i: { targetId: itemId, text: 'Hemlig åsikt om tiden' } });
    const mail = await nextMessage();
    expect(mail.rcptTo).toEqual(['rektor@test.se']);
    expect(mail.to).toContain('rektor@test.se');
    expect(mail.subject).toBe('Ny kommentar: Åtgärd 1.1');
    expect(mail.text).toContain('Lärare Ett har kommenterat "Åtgärd 1.1"');
    expect(mail.text).toContain(`https://lyfta.kommun.test/atgarder/${itemId}`);
    expect(mail.text).toContain('https://lyfta.kommun.test/aviseringar');
    expect(mail.text).not.toContain('Hemlig');
    await outboxIdle();
    // The leader is told in the app, but chose no e-mail.
    expect(await OutboxModel.countDocuments({ to: 'leader@test.se' })).toBe(0);
    expect(inbox).toHaveLength(0);
  });

  it('writes in English to someone who chose English, linking a comment on the plan to the plan', async () => {
    await leader.ok(PREFS, { i: { emailComments: 'IMMEDIATELY', language: 'EN' } });
    await teacher.ok(ADD, { i: { targetId: planId, text: 'Om planen' } });
    const mail = await nextMessage();
    expect(mail.rcptTo).toEqual(['leader@test.se']);
    expect(mail.subject).toMatch(/^New comment: Plan /);
    expect(mail.text).toContain(`https://lyfta.kommun.test/handlingsplaner/${planId}`);
    expect(mail.text).toContain('Change what you get');
  });

  it('a refused delivery is retried from the outbox; the comment was saved at once either way', async () => {
    await leader.ok(PREFS, { i: { emailComments: 'OFF' } });
    refuseNext = 1;
    const saved = await teacher.gql<any>(ADD, { i: { targetId: itemId, text: 'Andra försöket' } });
    expect(saved.errors).toBeUndefined();
    const mail = await nextMessage();
    expect(mail.rcptTo).toEqual(['rektor@test.se']);
    expect(refuseNext).toBe(0);
    await outboxIdle();
    const sent = await OutboxModel.find({ to: 'rektor@test.se' }).sort({ createdAt: -1 }).lean();
    expect(sent[0]).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('a daily digest goes once, from one process, listing what came since the choice', async () => {
    await principal.ok(PREFS, { i: { emailComments: 'DAILY' } });
    await teacher.ok(ADD, { i: { targetId: itemId, text: 'Ett' } });
    await teacher.ok(ADD, { i: { targetId: itemId, text: 'Två' } });
    await outboxIdle();
    expect(inbox).toHaveLength(0);
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    // Two processes at once: the day's run is claimed in the database, so one sends.
    const runs = await Promise.all([runDailyDigest(tomorrow), runDailyDigest(tomorrow)]);
    expect(runs.filter((r) => r === null)).toHaveLength(1);
    expect(runs.find((r) => r !== null)).toBe(1);
    const digest = await nextMessage();
    expect(digest.rcptTo).toEqual(['rektor@test.se']);
    expect(digest.subject).toBe('Lyfta: 2 nya kommentarer på dina planer');
    expect(digest.text.match(new RegExp(`https://lyfta.kommun.test/atgarder/${itemId}`, 'g'))).toHaveLength(2);
    expect(digest.text).not.toContain('Två');
    expect(await runDailyDigest(tomorrow)).toBeNull();
    await outboxIdle();
    expect(inbox).toHaveLength(0);
  });
});
