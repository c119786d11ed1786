import { describe, expect, it } from 'vitest';
import { parseInput } from '../../shared/validation.js';
import { BadInputError } from '../../shared/errors.js';
import { createPlanInput, statusUpdateInput } from './plan.inputs.js';

const id = '0123456789abcdef01234567';
const fields = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as BadInputError).fields.map((f) => f.field);
  }
  return [];
};

describe('plan inputs', () => {
  it('accepts school years and refuses malformed or reversed periods', () => {
    expect(
      parseInput(createPlanInput, { organisationId: id, title: 'P', period: { from: '2013/14', to: '2014/15' } }).period
        .to,
    ).toBe('2014/15');
    expect(
      fields(() =>
        parseInput(createPlanInput, { organisationId: id, title: 'P', period: { from: '2013/15', to: '2014/15' } }),
      ),
    ).toEqual(['period.from']);
    expect(
      fields(() =>
        parseInput(createPlanInput, { organisationId: id, title: 'P', period: { from: '2014/15', to: '2013/14' } }),
      ),
    ).toEqual(['period.to']);
  });

  it('allows only http(s) evidence links and asks for the effect when done', () => {
    const base = { itemId: id, status: 'inProgress', progress: 10, text: 'ok', expectedVersion: 1 };
    expect(parseInput(statusUpdateInput, { ...base, evidenceUrl: 'https://a.se/x' }).evidenceUrl).toBe(
      'https://a.se/x',
    );
    expect(fields(() => parseInput(statusUpdateInput, { ...base, evidenceUrl: 'javascript:alert(1)' }))).toEqual([
      'evidenceUrl',
    ]);
    expect(fields(() => parseInput(statusUpdateInput, { ...base, evidenceUrl: 'data:text/html,x' }))).toEqual([
      'evidenceUrl',
    ]);
    expect(fields(() => parseInput(statusUpdateInput, { ...base, status: 'done' }))).toEqual(['effect']);
    expect(parseInput(statusUpdateInput, { ...base, status: 'done', effect: 'Bättre' }).effect).toBe('Bättre');
  });

  it('refuses ids that are not ObjectId strings', () => {
    expect(
      fields(() =>
        parseInput(statusUpdateInput, {
          ...{ itemId: { $gt: '' } },
          status: 'done',
          progress: 1,
          text: 'x',
          effect: 'y',
          expectedVersion: 1,
        }),
      ),
    ).toEqual(['itemId']);
  });
});
