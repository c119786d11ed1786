import { describe, expect, it } from 'vitest';
import { fromGqlEnum, toGqlEnum } from './enum-names.js';

describe('enum names', () => {
  it.each([
    ['schoolUnit', 'SCHOOL_UNIT'],
    ['notStarted', 'NOT_STARTED'],
    ['actionPlan', 'ACTION_PLAN'],
    ['administration', 'ADMINISTRATION'],
  ])('%s ↔ %s', (stored, gql) => {
    expect(toGqlEnum(stored)).toBe(gql);
    expect(fromGqlEnum(gql)).toBe(stored);
  });
});
