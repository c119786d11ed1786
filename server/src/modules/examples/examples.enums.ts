// The good examples' API enums with their stored values (see indicators/indicator.enums.ts).

/** What a good example is lifted from: a comment, an answer to a teacher's question, a meeting's success factor. */
export const exampleSourceValues = { COMMENT: 'comment', ANSWER: 'answer', FACTOR: 'factor' } as const;
export type ExampleSource = (typeof exampleSourceValues)[keyof typeof exampleSourceValues];

/**
 * The author's consent: asked when a leader lifts the text; given (named or not), declined, or
 * withdrawn later. Only a given consent publishes the example.
 */
export const consentStateValues = {
  ASKED: 'asked',
  GIVEN: 'given',
  DECLINED: 'declined',
  WITHDRAWN: 'withdrawn',
} as const;
export type ConsentState = (typeof consentStateValues)[keyof typeof consentStateValues];
