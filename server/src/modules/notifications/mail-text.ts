import type { MailLanguage } from './notification.enums.js';

/** What an e-mail says about one notice: who wrote, where, and the link. Never the comment's text. */
export interface MailNotice {
  kind: 'comment' | 'reply' | 'answer';
  actorName: string;
  targetTitle: string;
  link: string;
}

const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
// Header lines must not break: titles are written on one line.
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ').trim();

function line(n: MailNotice, lang: MailLanguage): string {
  const title = oneLine(n.targetTitle);
  if (n.kind === 'answer')
    return lang === 'en'
      ? `${n.actorName} answered the question "${title}"`
      : `${n.actorName} har besvarat frågan "${title}"`;
  if (lang === 'en') {
    return n.kind === 'reply'
      ? `${n.actorName} replied to your comment on "${title}"`
      : `${n.actorName} commented on "${title}"`;
  }
  return n.kind === 'reply'
    ? `${n.actorName} har svarat på din kommentar om "${title}"`
    : `${n.actorName} har kommenterat "${title}"`;
}

function footer(settingsLink: string, lang: MailLanguage): string {
  return lang === 'en'
    ? `You receive this e-mail because you chose it in Lyfta. Change what you get: ${settingsLink}`
    : `Du får det här e-postmeddelandet eftersom du har valt det i Lyfta. Ändra vad du får: ${settingsLink}`;
}

/** One e-mail for one new comment or reply. */
export function noticeMail(n: MailNotice, lang: MailLanguage, settingsLink: string): { subject: string; text: string } {
  const title = clip(oneLine(n.targetTitle));
  const subject =
    n.kind === 'answer'
      ? lang === 'en'
        ? `Question answered: ${title}`
        : `Besvarad fråga: ${title}`
      : lang === 'en'
        ? n.kind === 'reply'
          ? `New reply: ${title}`
          : `New comment: ${title}`
        : n.kind === 'reply'
          ? `Nytt svar: ${title}`
          : `Ny kommentar: ${title}`;
  const open = lang === 'en' ? 'Read and reply in Lyfta:' : 'Läs och svara i Lyfta:';
  return { subject, text: `${line(n, lang)}.\n\n${open} ${n.link}\n\n${footer(settingsLink, lang)}\n` };
}

/** One e-mail for a day's notices. */
export function digestMail(
  notices: MailNotice[],
  lang: MailLanguage,
  settingsLink: string,
): { subject: string; text: string } {
  const count = notices.length;
  const subject =
    lang === 'en'
      ? `Lyfta: ${count} new ${count === 1 ? 'comment' : 'comments'} on your plans`
      : `Lyfta: ${count} ${count === 1 ? 'ny kommentar' : 'nya kommentarer'} på dina planer`;
  const lines = notices.map((n) => `- ${line(n, lang)}\n  ${n.link}`).join('\n');
  const intro = lang === 'en' ? 'Since the last summary:' : 'Sedan förra sammanfattningen:';
  return { subject, text: `${intro}\n\n${lines}\n\n${footer(settingsLink, lang)}\n` };
}
