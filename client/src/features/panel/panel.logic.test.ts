import { describe, expect, it } from 'vitest';
import { answersOf, barWidth, pollConflictOf, questionLines, typedThreshold } from './panel.logic.js';

describe('panel logic', () => {
  it('turns the draft into the API’s answers, one per question', () => {
    const questions = [
      { id: 'q1', kind: 'SINGLE_CHOICE' as const },
      { id: 'q2', kind: 'SCALE' as const },
      { id: 'q3', kind: 'FREE_TEXT' as const },
    ];
    expect(
      answersOf(questions, { q1: { choices: [1], scale: null, text: '' }, q2: { choices: [], scale: 4, text: '' } }),
    ).toEqual([
      { questionId: 'q1', choices: [1] },
      { questionId: 'q2', scale: 4 },
      { questionId: 'q3', text: '' },
    ]);
  });

  it('draws no bar for a hidden figure', () => {
    expect(barWidth(null, 30)).toBe(0);
    expect(barWidth(15, 30)).toBe(50);
  });

  it('sends a typed k only when it is a whole number; the range is left to the server', () => {
    expect(typedThreshold('7')).toBe(7);
    expect(typedThreshold(5)).toBe(5);
    expect(typedThreshold(' 2 ')).toBe(2);
    expect(typedThreshold(1_000_000_000)).toBe(1_000_000_000);
    for (const typed of ['', '4.5', 4.5, '1e3', 'fem', '3,5']) expect(typedThreshold(typed)).toBeNull();
  });

  it("shows the server's poll from a conflict: questions numbered, the state in the API's spelling", () => {
    const current = {
      title: 'Ny rubrik',
      intro: 'Kort.',
      closesOn: '2026-05-01',
      state: 'open',
      questions: [{ text: 'Får du tid?' }, { text: 'Hur nöjd är du?' }],
    };
    expect(pollConflictOf(current)).toEqual({
      title: 'Ny rubrik',
      intro: 'Kort.',
      closesOn: '2026-05-01',
      questions: '1. Får du tid?\n2. Hur nöjd är du?',
      state: 'OPEN',
    });
    expect(pollConflictOf({})).toEqual({ title: '', intro: '', closesOn: '', questions: '', state: 'DRAFT' });
    expect(questionLines([{ text: 'En' }])).toBe('1. En');
  });
});
