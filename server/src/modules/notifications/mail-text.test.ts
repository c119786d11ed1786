import { describe, expect, it } from 'vitest';
import { chatTimes, digestMail, noticeMail } from './mail-text.js';

// What notices say by e-mail: a chat's new time in Swedish time or the reason it was cancelled; the day's summary's subject.
const base = {
  actorName: 'Karin Alm',
  targetTitle: 'Chatt med\nskolborgarrådet',
  link: 'https://lyfta.example/dialog/chattar/abc',
};
const startsAt = new Date('2026-10-12T12:00:00Z');
const endsAt = new Date('2026-10-12T13:30:00Z');

describe('chat notices by e-mail', () => {
  it('a new time says the day and the hours in Swedish time, in both languages, with the link to the chat', () => {
    expect(chatTimes(startsAt, endsAt, 'sv')).toBe('måndag 12 oktober 2026 14:00–15:30');
    const sv = noticeMail(
      { ...base, kind: 'chatRescheduled', startsAt, endsAt },
      'sv',
      'https://lyfta.example/aviseringar',
    );
    expect(sv.subject).toBe('Ny tid för chatten: Chatt med skolborgarrådet');
    expect(sv.text).toContain(
      'Karin Alm har flyttat chatten "Chatt med skolborgarrådet" till måndag 12 oktober 2026 14:00–15:30.',
    );
    expect(sv.text).toContain('Se chatten i Lyfta: https://lyfta.example/dialog/chattar/abc');
    const en = noticeMail(
      { ...base, kind: 'chatRescheduled', startsAt, endsAt },
      'en',
      'https://lyfta.example/aviseringar',
    );
    expect(en.subject).toBe('Chat moved: Chatt med skolborgarrådet');
    expect(en.text).toContain(
      'moved the chat "Chatt med skolborgarrådet" to Monday, 12 October 2026 14:00–15:30 (Swedish time).',
    );
  });

  it('a cancelling gives the reason on one line', () => {
    const reason = 'Värden är sjuk 🤒\nVi återkommer med en ny tid.';
    const sv = noticeMail({ ...base, kind: 'chatCancelled', reason }, 'sv', 'https://lyfta.example/aviseringar');
    expect(sv.subject).toBe('Inställd chatt: Chatt med skolborgarrådet');
    expect(sv.text).toContain(
      'har ställt in chatten "Chatt med skolborgarrådet". Skälet: "Värden är sjuk 🤒 Vi återkommer med en ny tid."',
    );
    const en = noticeMail({ ...base, kind: 'chatCancelled', reason }, 'en', 'https://lyfta.example/aviseringar');
    expect(en.subject).toBe('Chat cancelled: Chatt med skolborgarrådet');
    expect(en.text).toContain(
      'cancelled the chat "Chatt med skolborgarrådet". The reason: "Värden är sjuk 🤒 Vi återkommer',
    );
  });
});

describe('the day’s summary', () => {
  it('speaks of comments on one’s plans only when that is all it holds, else of notices', () => {
    const comment = { ...base, kind: 'comment' as const };
    const moved = { ...base, kind: 'chatRescheduled' as const, startsAt, endsAt };
    const link = 'https://lyfta.example/aviseringar';
    expect(digestMail([comment, comment], 'sv', link).subject).toBe('Lyfta: 2 nya kommentarer på dina planer');
    expect(digestMail([comment, moved], 'sv', link).subject).toBe('Lyfta: 2 nya meddelanden');
    expect(digestMail([moved], 'sv', link).subject).toBe('Lyfta: 1 nytt meddelande');
    expect(digestMail([comment, moved], 'en', link).subject).toBe('Lyfta: 2 new notices');
  });
});
