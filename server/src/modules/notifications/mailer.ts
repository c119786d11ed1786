import nodemailer, { type Transporter } from 'nodemailer';
import type { SmtpConfig } from '../../config.js';
import type { Logger } from '../../shared/logger.js';
import { claimDueMail, markMailFailed, markMailSent, nextMailDue } from './notification.repository.js';

/** How many times an e-mail is tried before it is given up (and logged). */
export const MAIL_ATTEMPTS = 6;
/** How long a claimed e-mail is left to its sender before another process may try it. */
const LEASE_MS = 120_000;
/** How often the outbox is looked at anyway (e-mails queued by other processes, retries after a restart). */
const POLL_MS = 60_000;

interface Mailer {
  transport: Transporter;
  from: string;
  retryBaseMs: number;
  logger: Logger;
  publicUrl: string;
}

let mailer: Mailer | null = null;
let publicUrl = 'http://localhost:4000';
let running: Promise<void> | null = null;
let again = false;
const timers = new Set<NodeJS.Timeout>();

/** The address links in e-mails start with. */
export function mailPublicUrl(): string {
  return publicUrl;
}

/** Whether e-mail is configured in this process (SMTP_URL or SMTP_HOST). */
export function mailEnabled(): boolean {
  return mailer !== null;
}

/** Sets up sending from the configuration; without SMTP settings nothing is ever sent. */
export function configureMail(smtp: SmtpConfig | null, url: string, logger: Logger): void {
  stopMail();
  publicUrl = url;
  if (!smtp) {
    mailer = null;
    return;
  }
  const auth = smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? '' } } : {};
  const transport = smtp.url
    ? nodemailer.createTransport(smtp.url)
    : nodemailer.createTransport({ host: smtp.host, port: smtp.port, secure: smtp.secure ?? false, ...auth });
  mailer = { transport, from: smtp.from, retryBaseMs: smtp.retryBaseMs, logger, publicUrl: url };
  const poll = setInterval(() => kickOutbox(), POLL_MS);
  poll.unref();
  timers.add(poll);
  kickOutbox();
}

/** Stops the outbox's timers and closes the connection (the process is stopping). */
export function stopMail(): void {
  for (const t of timers) clearTimeout(t);
  timers.clear();
  mailer?.transport.close();
}

/** Waits for the outbox's current round (tests, and a clean stop). */
export async function outboxIdle(): Promise<void> {
  while (running) await running;
}

/** Sends what is due, soon, without making the caller wait: after a comment is committed, and on timers. */
export function kickOutbox(): void {
  if (!mailer) return;
  if (running) {
    again = true;
    return;
  }
  running = deliverDue(mailer)
    .catch((err: unknown) => mailer?.logger.error({ err }, 'mail outbox round failed'))
    .finally(() => {
      running = null;
      if (again) {
        again = false;
        kickOutbox();
      }
    });
}

function later(ms: number): void {
  const t = setTimeout(() => {
    timers.delete(t);
    kickOutbox();
  }, ms);
  t.unref();
  timers.add(t);
}

/** The wait before attempt `attempts + 1`: the base, doubled each time, at most an hour. */
export function retryDelay(baseMs: number, attempts: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

async function deliverDue(m: Mailer): Promise<void> {
  for (;;) {
    const now = new Date();
    const mail = await claimDueMail(now, LEASE_MS);
    if (!mail) break;
    try {
      await m.transport.sendMail({ from: m.from, to: mail.to, subject: mail.subject, text: mail.text });
      await markMailSent(mail._id, new Date());
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const retryAt =
        mail.attempts < MAIL_ATTEMPTS ? new Date(Date.now() + retryDelay(m.retryBaseMs, mail.attempts)) : null;
      await markMailFailed(mail._id, message.slice(0, 500), retryAt);
      if (retryAt)
        m.logger.warn(
          { mailId: mail._id.toHexString(), attempts: mail.attempts, err: message },
          'e-mail not sent; will retry',
        );
      else m.logger.error({ mailId: mail._id.toHexString(), attempts: mail.attempts, err: message }, 'e-mail given up');
    }
  }
  const next = await nextMailDue();
  if (next) later(Math.max(0, next.getTime() - Date.now()));
}
