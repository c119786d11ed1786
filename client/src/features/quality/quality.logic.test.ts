import { describe, expect, it } from 'vitest';
import { redThread, runningReportYear, schoolYearOf, sectionOfProblem, startableYears } from './quality.logic.js';

describe('school years', () => {
  it('names a report year as its school year and knows which one is running', () => {
    expect(schoolYearOf(2026)).toBe('2025/26');
    expect(schoolYearOf(2100)).toBe('2099/00');
    expect(runningReportYear(new Date(2026, 11, 1))).toBe(2027);
    expect(runningReportYear(new Date(2026, 5, 30))).toBe(2026);
    expect(runningReportYear(new Date(2026, 6, 1))).toBe(2027);
  });

  it('offers the year just ended and the running one, less those started', () => {
    expect(startableYears(new Date(2026, 11, 1), [])).toEqual([2026, 2027]);
    expect(startableYears(new Date(2026, 11, 1), [2026])).toEqual([2027]);
    expect(startableYears(new Date(2026, 11, 1), [2026, 2027])).toEqual([]);
  });
});

describe('hand-in problems', () => {
  it('go to the section they are about', () => {
    expect(sectionOfProblem('developmentAreas.0.causes')).toBe('developmentAreas');
    expect(sectionOfProblem('measures.2.causeId')).toBe('measures');
    expect(sectionOfProblem('participation.pupils')).toBe('participation');
    expect(sectionOfProblem('texts')).toBe('other');
  });
});

describe('the red thread', () => {
  const report = (
    id: string,
    year: number,
    measures: { id: string; causeId: string | null }[],
    followUps = [] as never[],
  ) => ({
    id,
    year,
    developmentAreas: { areas: [{ id: `${id}-a`, causes: [{ id: `${id}-c` }] }] },
    measures: { measures },
    followUps: { followUps },
  });

  it('joins a measure to the cause it targets and to what the next year said of it', () => {
    const first = report('r1', 2025, [
      { id: 'm1', causeId: 'r1-c' },
      { id: 'm2', causeId: 'gone' },
    ]);
    const second = report('r2', 2026, [], [
      { fromReportId: 'r1', measureId: 'm1', carriedOut: 'YES', effect: 'PARTLY' },
      { fromReportId: 'r0', measureId: 'm2', carriedOut: 'NO', effect: 'NO' },
    ] as never[]);
    const thread = redThread([second, first]);
    expect(thread.map((y) => y.report.year)).toEqual([2025, 2026]);
    expect(thread[0]!.next?.id).toBe('r2');
    expect(thread[0]!.areas[0]!.measures).toEqual([
      {
        measure: { id: 'm1', causeId: 'r1-c' },
        followUp: expect.objectContaining({ carriedOut: 'YES', effect: 'PARTLY' }),
      },
    ]);
    // A measure whose cause was removed is still shown, and another report's follow-up is not taken for it.
    expect(thread[0]!.loose).toEqual([{ measure: { id: 'm2', causeId: 'gone' }, followUp: null }]);
    expect(thread[1]!.next).toBeNull();
  });
});
