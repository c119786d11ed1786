import { describe, expect, it } from 'vitest';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { toAppError } from './errors.js';

describe('toAppError', () => {
  it('keeps the code, both languages and the field problems of a known error', () => {
    const err = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Invalid progress', {
          extensions: {
            code: 'BAD_USER_INPUT',
            messages: { sv: 'Ogiltig uppgift i progress', en: 'Invalid progress' },
            fields: [{ field: 'progress', message: { sv: 'får vara högst 100', en: 'must be at most 100' } }],
          },
        }),
      ],
    });
    const app = toAppError(err);
    expect(app.code).toBe('BAD_USER_INPUT');
    expect(app.message.sv).toBe('Ogiltig uppgift i progress');
    expect(app.fields[0]?.field).toBe('progress');
  });

  it('carries the current version of a conflict', () => {
    const err = new CombinedError({
      graphQLErrors: [new GraphQLError('conflict', { extensions: { code: 'CONFLICT', current: { version: 4 } } })],
    });
    expect(toAppError(err)).toMatchObject({ code: 'CONFLICT', current: { version: 4 } });
  });

  it('never shows an unknown server error as it is', () => {
    const err = new CombinedError({ graphQLErrors: [new GraphQLError('TypeError: x is undefined')] });
    const app = toAppError(err);
    expect(app.code).toBe('INTERNAL');
    expect(app.message.en).not.toContain('TypeError');
  });

  it('names a network failure as such', () => {
    expect(toAppError(new CombinedError({ networkError: new Error('fetch failed') })).code).toBe('NETWORK');
  });

  it('keeps a database outage apart from a bug, and says when a change may or may not have been saved', () => {
    const messages = { sv: 'Ändringen kan ha sparats.', en: 'The change may or may not have been saved.' };
    const err = new CombinedError({
      graphQLErrors: [
        new GraphQLError('unavailable', { extensions: { code: 'UNAVAILABLE', outcomeUnknown: true, messages } }),
      ],
    });
    expect(toAppError(err)).toMatchObject({ code: 'UNAVAILABLE', outcomeUnknown: true, message: messages });
  });
});
