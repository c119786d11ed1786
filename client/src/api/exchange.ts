import { mapExchange, type Exchange, type Operation } from '@urql/core';
import { reachesNotifications, toAppError, type AppError } from './errors.js';

/** Where the error exchange sends what no single component should handle. */
export interface ErrorHandlers {
  /** The session is gone: go to sign-in and come back afterwards. */
  unauthenticated(error: AppError, operation: Operation): void;
  /** The server or the network failed: tell the user in the live region. */
  notify(error: AppError, operation: Operation): void;
}

/** The client's one error path: classifies every failed operation once and routes it. */
export function errorExchange(handlers: ErrorHandlers): Exchange {
  return mapExchange({
    onError(error, operation) {
      const appError = toAppError(error);
      if (appError.code === 'UNAUTHENTICATED') handlers.unauthenticated(appError, operation);
      // BAD_USER_INPUT, CONFLICT, FORBIDDEN and NOT_FOUND belong to the form or page that asked.
      else if (reachesNotifications(appError)) handlers.notify(appError, operation);
    },
  });
}
