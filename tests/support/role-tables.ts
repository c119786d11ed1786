// Running a role table: the same operation asked as each member of a cast, the outcome compared
// with what the table expects, and a hidden thing compared with an unknown one.
import mongoose from 'mongoose';
import { expect, it } from 'vitest';
import { errorCode, type ApiClient, type GqlResponse } from './api.js';
import type { Outcome } from './roles.js';

/** What a response comes to: done, or the code of its first error. */
export function outcomeOf(body: GqlResponse<unknown>): Outcome {
  return body.errors?.length ? (errorCode(body) as Outcome) : 'ok';
}

/** One row of a role table: an operation set up afresh for each member, and what each member gets. */
export interface RoleCase<W extends string> {
  name: string;
  setup: () => Promise<{ query: string; variables: Record<string, unknown> }>;
  expect: Record<W, Outcome>;
}

/**
 * Registers one test per case and member, named `<case> as <member>: <outcome>`. The clients are
 * asked for when a test runs, as they are signed in by a beforeAll after the tests are registered.
 */
export function itAsEachMember<W extends string>(
  cases: ReadonlyArray<RoleCase<W>>,
  who: readonly W[],
  clients: () => Record<W, ApiClient>,
): void {
  for (const c of cases)
    for (const member of who)
      it(`${c.name} as ${member}: ${c.expect[member]}`, async () => {
        const op = await c.setup();
        const body = await clients()[member].gql(op.query, op.variables);
        expect(outcomeOf(body)).toBe(c.expect[member]);
      });
}

/**
 * Asserts that what `client` may not see answers NOT_FOUND, with exactly the errors of an id that
 * does not exist: `variables` builds the operation's variables around either id.
 */
export async function expectAnsweredAsUnknown(
  client: ApiClient,
  query: string,
  variables: (id: string) => Record<string, unknown>,
  hiddenId: string,
  unknownId = new mongoose.Types.ObjectId().toHexString(),
): Promise<void> {
  const hidden = await client.gql(query, variables(hiddenId));
  const absent = await client.gql(query, variables(unknownId));
  expect(errorCode(hidden)).toBe('NOT_FOUND');
  expect(hidden.errors).toEqual(absent.errors);
}
