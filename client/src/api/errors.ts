import type { CombinedError } from '@urql/core';

/** One field's problem, in both languages. */
export interface FieldProblem {
  field: string;
  message: { sv: string; en: string };
}

/** The one shape components show errors in; they never parse GraphQL errors themselves. */
export interface AppError {
  code:
    | 'UNAUTHENTICATED'
    | 'FORBIDDEN'
    | 'NOT_FOUND'
    | 'BAD_USER_INPUT'
    | 'CONFLICT'
    | 'UNAVAILABLE'
    | 'NETWORK'
    | 'INTERNAL';
  message: { sv: string; en: string };
  fields: FieldProblem[];
  /** For CONFLICT: the current version the server holds. */
  current?: unknown;
  /** For UNAVAILABLE: the database went away mid-change, which may or may not have been saved. */
  outcomeUnknown?: boolean;
}

const known = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'UNAVAILABLE']);

const networkMessage = {
  sv: 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.',
  en: 'Could not reach the server. Check the connection and try again.',
};
const internalMessage = {
  sv: 'Något gick fel hos oss. Försök igen om en stund.',
  en: 'Something went wrong on our side. Please try again shortly.',
};

/**
 * The form's key for a server field path: the server names fields as the input sits in the
 * operation (`input.text`, `input.targets.0.value`), the forms by the input's own keys (`text`).
 */
export function fieldKey(serverField: string): string {
  return serverField.replace(/^input\./, '');
}

// Trouble that is nobody's fault on the page: the server, the database or the network.
const appLevel = new Set<AppError['code']>(['UNAVAILABLE', 'NETWORK', 'INTERNAL']);

/** Whether the error exchange tells this error in the notifications (rather than the page or form). */
export function reachesNotifications(error: AppError): boolean {
  return appLevel.has(error.code);
}

/** Converts a urql error (or anything thrown) into an AppError. */
export function toAppError(error: CombinedError | Error | unknown): AppError {
  const combined = error as Partial<CombinedError> | undefined;
  const gqlError = combined?.graphQLErrors?.[0];
  if (gqlError) {
    const ext = gqlError.extensions as {
      code?: string;
      messages?: { sv: string; en: string };
      fields?: FieldProblem[];
      current?: unknown;
      outcomeUnknown?: boolean;
    };
    if (ext.code && known.has(ext.code)) {
      return {
        code: ext.code as AppError['code'],
        message: ext.messages ?? { sv: gqlError.message, en: gqlError.message },
        fields: (ext.fields ?? []).map((f) => ({ ...f, field: fieldKey(f.field) })),
        current: ext.current,
        ...(ext.outcomeUnknown ? { outcomeUnknown: true } : {}),
      };
    }
    return { code: 'INTERNAL', message: ext.messages ?? internalMessage, fields: [] };
  }
  if (combined?.networkError) return { code: 'NETWORK', message: networkMessage, fields: [] };
  return { code: 'INTERNAL', message: internalMessage, fields: [] };
}
