import { describe, expect, it } from 'vitest';
import { demoAllowed } from './index.js';

describe('when the demo may load', () => {
  it.each([
    ['development', 'auto', true],
    ['test', 'auto', true],
    ['development', 'never', false],
    ['production', 'auto', false],
    ['production', 'never', false],
    ['production', 'always', true],
  ] as const)('%s with LYFTA_DEMO=%s → %s', (nodeEnv, demo, expected) => {
    expect(demoAllowed({ nodeEnv, demo })).toBe(expected);
  });
});
