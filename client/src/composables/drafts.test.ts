import { beforeEach, describe, expect, it } from 'vitest';
import { DRAFT_MAX_CHARS, DRAFT_MAX_COUNT, clearDraft, draftKey, loadDraft, saveDraft } from './drafts.js';

describe('drafts kept in localStorage', () => {
  beforeEach(() => localStorage.clear());

  it('are keyed by person, form and object, and cleared on request', () => {
    const mine = draftKey('p1', 'item', 'i1');
    const theirs = draftKey('p2', 'item', 'i1');
    expect(saveDraft(mine, { text: 'Halvskrivet 🙂' })).toBe(true);
    expect(loadDraft(mine)).toEqual({ text: 'Halvskrivet 🙂' });
    expect(loadDraft(theirs)).toBeNull();
    expect(loadDraft(draftKey('p1', 'item', 'i2'))).toBeNull();
    clearDraft(mine);
    expect(loadDraft(mine)).toBeNull();
  });

  it('keep a draft just under the bound and refuse one over it', () => {
    const key = draftKey('p1', 'comment', 'x');
    // The stored JSON wraps the value: {"at":…,"value":"…"}.
    const overhead = JSON.stringify({ at: Date.now(), value: '' }).length;
    expect(saveDraft(key, 'a'.repeat(DRAFT_MAX_CHARS - overhead))).toBe(true);
    expect(saveDraft(key, 'a'.repeat(DRAFT_MAX_CHARS))).toBe(false);
    // The refused one did not replace the kept one.
    expect((loadDraft<string>(key) ?? '').length).toBe(DRAFT_MAX_CHARS - overhead);
  });

  it(`keep at most ${DRAFT_MAX_COUNT}, dropping the oldest`, () => {
    for (let i = 0; i < DRAFT_MAX_COUNT + 5; i++) {
      localStorage.setItem(draftKey('p1', 'f', `o${i}`), JSON.stringify({ at: i, value: i }));
    }
    saveDraft(draftKey('p1', 'f', 'newest'), 'n');
    const kept = Object.keys(localStorage).filter((k) => k.startsWith('lyfta.draft.'));
    expect(kept).toHaveLength(DRAFT_MAX_COUNT);
    expect(loadDraft(draftKey('p1', 'f', 'o0'))).toBeNull();
    expect(loadDraft(draftKey('p1', 'f', 'newest'))).toBe('n');
    // Other keys are left alone.
    localStorage.setItem('lyfta.locale', 'sv');
    saveDraft(draftKey('p1', 'f', 'another'), 'a');
    expect(localStorage.getItem('lyfta.locale')).toBe('sv');
  });

  it('ignore a stored draft that is not JSON', () => {
    localStorage.setItem(draftKey('p1', 'f', 'bad'), '{not json');
    expect(loadDraft(draftKey('p1', 'f', 'bad'))).toBeNull();
  });
});
