import type { MailLanguage } from './notification.enums.js';

/** What an e-mail says about one notice: who wrote, where, and the link. Never the comment's text. */
export interface MailNotice {
  kind:
    | 'comment'
    | 'reply'
    | 'answer'
    | 'meetingChanged'
    | 'meetingCancelled'
    | 'meetingPlace'
    | 'coachingExport'
    | ChatMailKind;
  actorName: string;
  targetTitle: string;
  link: string;
  /** For a rescheduled chat, its new times. */
  startsAt?: Date | null;
  endsAt?: Date | null;
  /** For a cancelled chat, the reason its readers are given. */
  reason?: string | null;
}

const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
// Header lines must not break: titles are written on one line.
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ').trim();

type ChatMailKind = 'chatRescheduled' | 'chatCancelled';
const isChat = (kind: MailNotice['kind']): kind is ChatMailKind =>
  kind === 'chatRescheduled' || kind === 'chatCancelled';

/** A chat's times as a Swedish reader keeps them: the day and the hours in Swedish time. */
export function chatTimes(startsAt: Date, endsAt: Date, lang: MailLanguage): string {
  const locale = lang === 'en' ? 'en-GB' : 'sv-SE';
  const zone = { timeZone: 'Europe/Stockholm' } as const;
  const day = new Intl.DateTimeFormat(locale, {
    ...zone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const time = new Intl.DateTimeFormat(locale, { ...zone, hour: '2-digit', minute: '2-digit' });
  return `${day.format(startsAt)} ${time.format(startsAt)}–${time.format(endsAt)}`;
}

const CHAT_SUBJECTS = {
  chatRescheduled: { sv: 'Ny tid för chatten', en: 'Chat moved' },
  chatCancelled: { sv: 'Inställd chatt', en: 'Chat cancelled' },
} as const;

/** What is said of a chat's notice: its new time, or that it was cancelled and why. */
function chatLine(n: MailNotice & { kind: ChatMailKind }, title: string, lang: MailLanguage): string {
  if (n.kind === 'chatRescheduled') {
    const when = n.startsAt && n.endsAt ? chatTimes(n.startsAt, n.endsAt, lang) : '';
    return lang === 'en'
      ? `${n.actorName} moved the chat "${title}" to ${when} (Swedish time)`
      : `${n.actorName} har flyttat chatten "${title}" till ${when}`;
  }
  const reason = clip(oneLine(n.reason ?? ''), 300);
  return lang === 'en'
    ? `${n.actorName} cancelled the chat "${title}". The reason: "${reason}"`
    : `${n.actorName} har ställt in chatten "${title}". Skälet: "${reason}"`;
}

/** What is said of a meeting's notice, in the language asked. */
const MEETING_LINES = {
  meetingChanged: { sv: 'har ändrat dag eller plats för mötet', en: 'changed the day or place of the meeting' },
  meetingCancelled: { sv: 'har ställt in mötet', en: 'cancelled the meeting' },
  meetingPlace: { sv: 'Du har fått en plats på mötet', en: 'You have a place at the meeting' },
} as const;

function line(n: MailNotice, lang: MailLanguage): string {
  const title = oneLine(n.targetTitle);
  if (isChat(n.kind)) return chatLine(n as MailNotice & { kind: ChatMailKind }, title, lang);
  if (n.kind === 'coachingExport')
    return lang === 'en'
      ? `${n.actorName} (registrar) exported your coaching engagement for a secrecy assessment under the Public Access to Information and Secrecy Act, chapter 39. Nothing of its content is in this message`
      : `${n.actorName} (registrator) har tagit ut ditt coachningsuppdrag för en sekretessprövning enligt offentlighets- och sekretesslagen 39 kap. Inget av innehållet står i det här meddelandet`;
  if (n.kind === 'meetingPlace') return `${MEETING_LINES.meetingPlace[lang]} "${title}"`;
  if (n.kind === 'meetingChanged' || n.kind === 'meetingCancelled')
    return `${n.actorName} ${MEETING_LINES[n.kind][lang]} "${title}"`;
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
  if (isChat(n.kind)) {
    const subject = `${CHAT_SUBJECTS[n.kind][lang]}: ${title}`;
    const open = lang === 'en' ? 'See the chat in Lyfta:' : 'Se chatten i Lyfta:';
    return { subject, text: `${line(n, lang)}.\n\n${open} ${n.link}\n\n${footer(settingsLink, lang)}\n` };
  }
  const meetingSubject = {
    meetingChanged: ['Ändrat möte', 'Meeting changed'],
    meetingCancelled: ['Inställt möte', 'Meeting cancelled'],
    meetingPlace: ['Plats på möte', 'A place at a meeting'],
  } as const;
  const subject =
    n.kind === 'coachingExport'
      ? lang === 'en'
        ? 'Your coaching engagement was exported for a secrecy assessment'
        : 'Ditt coachningsuppdrag har tagits ut för sekretessprövning'
      : n.kind === 'meetingChanged' || n.kind === 'meetingCancelled' || n.kind === 'meetingPlace'
        ? `${meetingSubject[n.kind][lang === 'en' ? 1 : 0]}: ${title}`
        : n.kind === 'answer'
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
  const open =
    n.kind === 'coachingExport'
      ? lang === 'en'
        ? 'See the engagement in Lyfta:'
        : 'Se uppdraget i Lyfta:'
      : n.kind.startsWith('meeting')
        ? lang === 'en'
          ? 'See the meeting in Lyfta:'
          : 'Se mötet i Lyfta:'
        : lang === 'en'
          ? 'Read and reply in Lyfta:'
          : 'Läs och svara i Lyfta:';
  return { subject, text: `${line(n, lang)}.\n\n${open} ${n.link}\n\n${footer(settingsLink, lang)}\n` };
}

/** One e-mail for a day's notices. */
export function digestMail(
  notices: MailNotice[],
  lang: MailLanguage,
  settingsLink: string,
): { subject: string; text: string } {
  const count = notices.length;
  // Comments and replies on one's plans, or, once anything else is among them, notices.
  const comments = notices.every((n) => n.kind === 'comment' || n.kind === 'reply');
  const subject = comments
    ? lang === 'en'
      ? `Lyfta: ${count} new ${count === 1 ? 'comment' : 'comments'} on your plans`
      : `Lyfta: ${count} ${count === 1 ? 'ny kommentar' : 'nya kommentarer'} på dina planer`
    : lang === 'en'
      ? `Lyfta: ${count} new ${count === 1 ? 'notice' : 'notices'}`
      : `Lyfta: ${count} ${count === 1 ? 'nytt meddelande' : 'nya meddelanden'}`;
  const lines = notices.map((n) => `- ${line(n, lang)}\n  ${n.link}`).join('\n');
  const intro = lang === 'en' ? 'Since the last summary:' : 'Sedan förra sammanfattningen:';
  return { subject, text: `${intro}\n\n${lines}\n\n${footer(settingsLink, lang)}\n` };
}
