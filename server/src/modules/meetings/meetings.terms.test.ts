import { describe, expect, it } from 'vitest';
import { focusGroupTally, termOf } from './meetings.terms.js';

describe('terms of focus groups', () => {
  it('puts January to June in VT and July to December in HT', () => {
    expect(termOf('2026-08-01')).toEqual({ season: 'HT', year: 2026 });
    expect(termOf('2026-12-31')).toEqual({ season: 'HT', year: 2026 });
    expect(termOf('2027-01-01')).toEqual({ season: 'VT', year: 2027 });
    expect(termOf('2027-06-30')).toEqual({ season: 'VT', year: 2027 });
    expect(termOf('2027-07-15')).toEqual({ season: 'HT', year: 2027 });
  });

  it('counts held and planned focus groups per term, with the terms between, against one a term', () => {
    const tally = focusGroupTally(['2026-03-10', '2026-12-20', '2027-02-01'], '2026-12-02');
    expect(tally).toEqual([
      { label: 'VT 2026', held: 1, planned: 0, commitment: 1, kept: true },
      { label: 'HT 2026', held: 0, planned: 1, commitment: 1, kept: false },
      { label: 'VT 2027', held: 0, planned: 1, commitment: 1, kept: false },
    ]);
  });

  it('shows this term alone when none was ever held', () => {
    expect(focusGroupTally([], '2026-12-02')).toEqual([
      { label: 'HT 2026', held: 0, planned: 0, commitment: 1, kept: false },
    ]);
  });
});
