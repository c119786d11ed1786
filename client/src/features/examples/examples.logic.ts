import type { ConsentState } from '../../api/generated/graphql.js';

/** How many of the author's lifted texts still wait for their answer. */
export function waitingExamples(requests: ReadonlyArray<{ consent: ConsentState }>): number {
  return requests.filter((r) => r.consent === 'ASKED').length;
}
