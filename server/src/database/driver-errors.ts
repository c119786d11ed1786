import mongoose from 'mongoose';

const { MongoError, MongoNetworkError, MongoServerSelectionError, MongoTopologyClosedError, MongoNotConnectedError } =
  mongoose.mongo;

// Server answers that mean "not now, this server cannot serve": shutting down, or (on a replica
// set) no longer or not yet the primary. ShutdownInProgress, InterruptedAtShutdown,
// InterruptedDueToReplStateChange, NotWritablePrimary, NotPrimaryNoSecondaryOk, PrimarySteppedDown.
const NO_SUCH_TRANSACTION = 251;

const NOT_SERVING_CODES = new Set([91, 11600, 11602, 10107, 13435, 189]);

// The driver passes some socket errors on as they are (a write waiting for 'drain' when the
// server goes away ends in a bare EPIPE), so the socket's own codes count too.
const SOCKET_ERROR_CODES = new Set(['EPIPE', 'ECONNRESET', 'ECONNREFUSED', 'ENOTCONN', 'ETIMEDOUT']);
const SOCKET_SYSCALLS = new Set(['write', 'read', 'connect']);

// When such a bare socket error ends a commit, the driver's withTransaction (mongodb 7.8) asks it
// for its error labels, which only driver errors have, and throws this TypeError instead: the
// commit's outcome is unknown. (On a Unix socket a write to a server that has just died fails at
// once with EPIPE, so this is not rare there.)
const LOST_COMMIT = /\bhasErrorLabel is not a function\b/;

/**
 * True when the driver could not reach the database, or lost it while a command was under way
 * (network errors, a cleared pool, no server to select, a closed client, a server shutting down).
 * Such an error says nothing about the request: the database is unavailable.
 */
export function isDatabaseUnreachable(err: unknown): boolean {
  for (let e = err, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    if (
      e instanceof MongoNetworkError ||
      e instanceof MongoServerSelectionError ||
      e instanceof MongoTopologyClosedError ||
      e instanceof MongoNotConnectedError ||
      // mongoose's own wrappers (its first connection, its closed pool) are not driver classes.
      e.name === 'MongooseServerSelectionError' ||
      e.name === 'MongoPoolClosedError' ||
      isSocketError(e) ||
      (e instanceof TypeError && LOST_COMMIT.test(e.message) && /withTransaction/.test(e.stack ?? ''))
    )
      return true;
    if (e instanceof MongoError) {
      if (typeof e.code === 'number' && NOT_SERVING_CODES.has(e.code)) return true;
      // A commit whose answer was lost: the driver could not find out whether it went through.
      if (e.hasErrorLabel('UnknownTransactionCommitResult')) return true;
      // NoSuchTransaction that withTransaction did not retry: the embedded database restarted
      // and lost the session, so a commit of it may or may not have been made.
      if (e.code === NO_SUCH_TRANSACTION && !e.hasErrorLabel('TransientTransactionError')) return true;
    }
  }
  return false;
}

function isSocketError(e: Error): boolean {
  const { code, syscall } = e as NodeJS.ErrnoException;
  return typeof code === 'string' && SOCKET_ERROR_CODES.has(code) && SOCKET_SYSCALLS.has(syscall ?? '');
}
