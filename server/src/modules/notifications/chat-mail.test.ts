import { describe, expect, it } from 'vitest';
import { chatTimes, noticeMail } from './mail-text.js';

// What a chat's notice says by e-mail: the new time in Swedish time, or the reason it was cancelled.
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
