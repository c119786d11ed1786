/** MongoDB error codes and names the server answers with, and the error type that carries them. */

const CODE_NAMES: Record<number, string> = {
  1: 'InternalError',
  2: 'BadValue',
  9: 'FailedToParse',
  11: 'UserNotFound',
  14: 'TypeMismatch',
  20: 'IllegalOperation',
  26: 'NamespaceNotFound',
  27: 'IndexNotFound',
  28: 'PathNotViable',
  40: 'ConflictingUpdateOperators',
  43: 'CursorNotFound',
  48: 'NamespaceExists',
  50: 'MaxTimeMSExpired',
  52: 'DollarPrefixedFieldName',
  59: 'CommandNotFound',
  66: 'ImmutableField',
  67: 'CannotCreateIndex',
  72: 'InvalidOptions',
  73: 'InvalidNamespace',
  85: 'IndexOptionsConflict',
  86: 'IndexKeySpecsConflict',
  112: 'WriteConflict',
  115: 'CommandNotSupported',
  125: 'CommandFailed',
  148: 'ReadConcernMajorityNotEnabled',
  225: 'TransactionTooOld',
  244: 'TransactionExceededLifetimeLimitSeconds',
  251: 'NoSuchTransaction',
  256: 'TransactionCommitted',
  263: 'OperationNotSupportedInTransaction',
  10334: 'BSONObjectTooLarge',
  11000: 'DuplicateKey',
  15974: 'Location15974',
  16755: 'Location16755',
  17124: 'Location17124',
  40324: 'Location40324',
  31254: 'Location31254',
};

/** The codeName mongod uses for an error code. */
export function codeName(code: number): string {
  return CODE_NAMES[code] ?? `Location${code}`;
}

/** An error that becomes a `{ok: 0, errmsg, code, codeName}` reply. */
export class MongoServerError extends Error {
  readonly code: number;
  readonly extra: Record<string, unknown>;
  constructor(code: number, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.extra = extra;
  }

  /** The reply body mongod sends for this error. */
  toReply(): Record<string, unknown> {
    return { ok: 0, errmsg: this.message, code: this.code, codeName: codeName(this.code), ...this.extra };
  }
}

/** Shorthand for throwing a MongoServerError. */
export function fail(code: number, message: string, extra?: Record<string, unknown>): never {
  throw new MongoServerError(code, message, extra);
}
