import { describe, expect, it } from 'vitest';
import { fakeGraphql, serverError } from '../test/graphql.js';
import { ResultYearsDocument } from './generated/graphql.js';

async function failWith(answer: Parameters<typeof fakeGraphql>[0]) {
  const server = fakeGraphql(answer);
  const result = await server.client.query(ResultYearsDocument, {}).toPromise();
  return { ...server, result };
}

describe('the error exchange (the client’s one error path)', () => {
  it('sends an ended session to the sign-in handler, not to the notifications', async () => {
    const { handlers } = await failWith(() => ({ errors: serverError('UNAUTHENTICATED') }));
    expect(handlers.unauthenticated).toHaveBeenCalledTimes(1);
    expect(handlers.notify).not.toHaveBeenCalled();
  });

  it('tells server, database and network trouble in the notifications, as an AppError', async () => {
    const internal = await failWith(() => ({ errors: [{ message: 'TypeError: x is undefined' }] }));
    expect(internal.handlers.notify.mock.calls[0]?.[0]).toMatchObject({ code: 'INTERNAL' });
    const unavailable = await failWith(() => ({ errors: serverError('UNAVAILABLE', { outcomeUnknown: true }) }));
    expect(unavailable.handlers.notify.mock.calls[0]?.[0]).toMatchObject({ code: 'UNAVAILABLE', outcomeUnknown: true });
    const server = fakeGraphql(() => ({}));
    const offline = await server.client
      .query(ResultYearsDocument, {}, { fetch: () => Promise.reject(new TypeError('fetch failed')) })
      .toPromise();
    expect(offline.error?.networkError).toBeDefined();
    expect(server.handlers.notify.mock.calls[0]?.[0]).toMatchObject({ code: 'NETWORK' });
  });

  it('leaves field problems, conflicts, refusals and missing things to the page that asked', async () => {
    for (const code of ['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND']) {
      const { handlers, result } = await failWith(() => ({ errors: serverError(code) }));
      expect(result.error).toBeDefined();
      expect(handlers.notify).not.toHaveBeenCalled();
      expect(handlers.unauthenticated).not.toHaveBeenCalled();
    }
  });
});
