import { describe, expect, it } from 'vitest';
import { answersOf, barWidth } from './panel.logic.js';

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
});
