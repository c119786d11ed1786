/** A message in both languages the product speaks. */
export interface LocalizedText {
  sv: string;
  en: string;
}

/** One problem with one input field. */
export interface FieldProblem {
  field: string;
  message: LocalizedText;
}

/** What a client is told when something fails on the server's side (details only in the log). */
export const INTERNAL_ERROR_TEXT: LocalizedText = {
  sv: 'Något gick fel hos oss. Försök igen om en stund.',
  en: 'Something went wrong on our side. Please try again shortly.',
};

export type AppErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'UNAVAILABLE';

/** An error whose code and message are safe to show a user; everything else is masked. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly text: LocalizedText,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(text.en);
    this.name = 'AppError';
  }
}

/** The viewer is not signed in. */
export class UnauthenticatedError extends AppError {
  constructor() {
    super('UNAUTHENTICATED', { sv: 'Du behöver logga in.', en: 'You need to sign in.' });
  }
}

/** The viewer may not do this. */
export class ForbiddenError extends AppError {
  constructor(
    text: LocalizedText = { sv: 'Du har inte behörighet till detta.', en: 'You are not allowed to do this.' },
  ) {
    super('FORBIDDEN', text);
  }
}

/** The thing does not exist, or the viewer may not know that it does. */
export class NotFoundError extends AppError {
  constructor(what: LocalizedText = { sv: 'Det du söker', en: 'What you are looking for' }) {
    super('NOT_FOUND', { sv: `${what.sv} finns inte.`, en: `${what.en} was not found.` });
  }
}

/** Input failed validation; carries one problem per field. */
export class BadInputError extends AppError {
  constructor(readonly fields: FieldProblem[]) {
    const first = fields[0];
    super(
      'BAD_USER_INPUT',
      first
        ? {
            sv: `Ogiltig uppgift i ${first.field}: ${first.message.sv}`,
            en: `Invalid ${first.field}: ${first.message.en}`,
          }
        : { sv: 'Ogiltig uppgift.', en: 'Invalid input.' },
      { fields },
    );
  }
}

/** Someone else changed the thing first; carries their current version. */
export class ConflictError extends AppError {
  constructor(current: unknown, text?: LocalizedText) {
    super(
      'CONFLICT',
      text ?? {
        sv: 'Någon annan har ändrat detta under tiden. Här är deras version.',
        en: 'Someone else changed this in the meantime. Here is their version.',
      },
      { current },
    );
  }
}

/**
 * The database cannot be reached right now (e.g. the embedded one is restarting). With
 * `outcomeUnknown` the connection was lost during a change, which may or may not have been saved.
 */
export class UnavailableError extends AppError {
  constructor(options: { outcomeUnknown?: boolean } = {}) {
    super(
      'UNAVAILABLE',
      options.outcomeUnknown
        ? {
            sv: 'Databasen slutade svara medan ändringen sparades, så den kan ha sparats eller inte. Ladda om för att se efter och försök igen om den saknas. En redigering är säker att göra om: har den redan sparats får du den aktuella versionen i stället.',
            en: 'The database stopped answering while the change was being saved, so it may or may not have been saved. Reload to check, and try again if it is missing. An edit is safe to repeat: if it was already saved, you are shown the current version instead.',
          }
        : {
            sv: 'Databasen är inte tillgänglig just nu. Försök igen om en stund.',
            en: 'The database is not available right now. Please try again shortly.',
          },
      options.outcomeUnknown ? { outcomeUnknown: true } : {},
    );
  }
}

/**
 * A change could not get hold of what it changes in time: another change held it (a transaction
 * that does not end, such as one whose client went away mid-change). Nothing of it was saved.
 */
export class BusyError extends AppError {
  constructor() {
    super('UNAVAILABLE', {
      sv: 'Någon annan ändring av samma sak pågår just nu, så din ändring sparades inte. Försök igen om en stund.',
      en: 'Another change to the same thing is under way right now, so your change was not saved. Please try again shortly.',
    });
  }
}
