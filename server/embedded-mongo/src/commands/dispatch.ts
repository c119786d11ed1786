/** Routes commands to handlers, with sessions, transactions and retryable-write deduplication. */
import { bsonType, hashKey, isPlainObject, truthy } from '../bson/values.js';
import { codeName, fail, MongoServerError } from '../errors.js';
import { Binary, Long, Timestamp } from 'bson';
import { CursorManager } from '../engine/cursors.js';
import type { Engine } from '../engine/engine.js';
import { Session, SessionStore, TRANSACTION_LIFETIME_MS } from '../engine/sessions.js';
import { Transaction } from '../engine/transaction.js';
import { TtlMonitor } from '../engine/ttl.js';
import { refuseCollatedMatching } from '../query/collation.js';
import { adminCommands } from './admin.js';
import * as catalog from './catalog.js';
import type { CommandContext, CommandHandler, ServerInfo } from './context.js';
import * as crud from './crud.js';
import { makeExplain } from './explain.js';
import * as read from './read.js';

type Doc = Record<string, unknown>;

const HANDLERS: Record<string, CommandHandler> = {
  ...adminCommands,
  insert: crud.insert,
  update: crud.update,
  delete: crud.remove,
  findAndModify: crud.findAndModify,
  findandmodify: crud.findAndModify,
  find: read.find,
  getMore: read.getMore,
  killCursors: read.killCursors,
  count: read.count,
  distinct: read.distinct,
  aggregate: read.aggregate,
  create: catalog.create,
  drop: catalog.drop,
  dropDatabase: catalog.dropDatabase,
  listCollections: catalog.listCollections,
  createIndexes: catalog.createIndexes,
  listIndexes: catalog.listIndexes,
  dropIndexes: catalog.dropIndexes,
  deleteIndexes: catalog.dropIndexes,
  renameCollection: catalog.renameCollection,
};
HANDLERS.explain = makeExplain(async (cmd, ctx) => read.find(cmd, ctx));
HANDLERS.aggregate = (cmd, ctx) => {
  if (!truthy(cmd.explain)) return read.aggregate(cmd, ctx);
  const { explain: _e, ...inner } = cmd;
  return HANDLERS.explain!({ explain: inner, verbosity: 'queryPlanner' }, ctx);
};

const SIGNATURE = { hash: new Binary(Buffer.alloc(20), 0), keyId: Long.ZERO };

const RETRYABLE = new Set(['insert', 'update', 'delete', 'findAndModify', 'findandmodify']);
const TXN_ALLOWED = new Set([
  'insert',
  'update',
  'delete',
  'findAndModify',
  'findandmodify',
  'find',
  'getMore',
  'killCursors',
  'aggregate',
  'distinct',
  'count',
  'commitTransaction',
  'abortTransaction',
  'create',
  'createIndexes',
]);

/** Executes commands for every connection of one server. */
export class Dispatcher {
  readonly cursors = new CursorManager();
  readonly sessions = new SessionStore();
  readonly ttl: TtlMonitor;
  private readonly timer: NodeJS.Timeout;

  constructor(
    readonly engine: Engine,
    readonly server: ServerInfo,
  ) {
    this.timer = setInterval(() => this.expireTransactions(), 1000);
    this.timer.unref();
    this.ttl = new TtlMonitor(engine, (msg) => engine.log(msg));
    this.ttl.start();
  }

  /** Stops timers and aborts open transactions. */
  close(): void {
    clearInterval(this.timer);
    this.ttl.stop();
    this.cursors.close();
    for (const s of this.sessions.all()) if (s.txn) this.engine.abort(s.txn);
  }

  private expireTransactions(): void {
    const now = Date.now();
    for (const s of this.sessions.all()) {
      const t = s.txn;
      if (t && t.state === 'active' && now - t.startedAt > TRANSACTION_LIFETIME_MS) {
        this.engine.abort(
          t,
          `Aborted transaction with txnNumber ${t.txnNumber} because it exceeded transactionLifetimeLimitSeconds`,
        );
      }
    }
    for (const s of this.sessions.expire(30 * 60_000)) if (s.txn) this.engine.abort(s.txn);
  }

  /** Runs one command and returns the reply document (errors become `ok: 0` replies). */
  async run(
    command: Doc,
    fallbackDb: string | undefined,
    conn: { id: number; remote: string },
    messageBytes = Infinity,
  ): Promise<Doc> {
    let reply: Doc;
    try {
      reply = await this.execute(command, fallbackDb, conn, messageBytes);
    } catch (err) {
      if (err instanceof MongoServerError) reply = err.toReply();
      else {
        const message = err instanceof Error ? err.message : String(err);
        reply = { ok: 0, errmsg: message, code: 1, codeName: codeName(1) };
      }
    }
    const time = this.clusterTime();
    // Replies are fresh objects (or a remembered retry reply, whose times are refreshed here).
    reply.$clusterTime = { clusterTime: time, signature: SIGNATURE };
    reply.operationTime = time;
    return reply;
  }

  private lastTime = { t: 0, i: 0 };

  /** A cluster time that never goes backwards (replica-set members gossip it). */
  private clusterTime(): Timestamp {
    const t = Math.floor(Date.now() / 1000);
    if (t > this.lastTime.t) this.lastTime = { t, i: 1 };
    else this.lastTime.i++;
    return new Timestamp({ t: this.lastTime.t, i: this.lastTime.i });
  }

  private async execute(
    command: Doc,
    fallbackDb: string | undefined,
    conn: { id: number; remote: string },
    messageBytes: number,
  ): Promise<Doc> {
    const name = Object.keys(command)[0];
    if (!name) fail(59, 'no such command: ');
    const db = typeof command.$db === 'string' ? command.$db : (fallbackDb ?? 'admin');
    const ctx: CommandContext = {
      db,
      engine: this.engine,
      cursors: this.cursors,
      server: this.server,
      ttl: this.ttl,
      connectionId: conn.id,
      remote: conn.remote,
      messageBytes,
    };
    const session = lsidKey(command.lsid);
    const sess = session ? this.sessions.get(session) : undefined;
    if (name === 'endSessions') {
      for (const l of Array.isArray(command.endSessions) ? command.endSessions : []) {
        const key = lsidKey(l);
        const s = key ? this.sessions.end(key) : undefined;
        if (s?.txn) this.engine.abort(s.txn);
      }
      return { ok: 1 };
    }
    const txnNumber = command.txnNumber !== undefined ? toBigInt(command.txnNumber) : undefined;
    if (name === 'commitTransaction' || name === 'abortTransaction')
      return this.finishTransaction(name, sess, txnNumber);
    const inTxn = command.autocommit !== undefined && !truthy(command.autocommit);
    const handler = HANDLERS[name];
    if (!handler) fail(59, `no such command: '${name}'`);
    checkReadConcern(command);
    refuseCollatedMatching(name, command);
    if (inTxn) {
      if (!sess || txnNumber === undefined) fail(50768, 'Transaction requires a session id and a transaction number');
      if (!TXN_ALLOWED.has(name)) fail(263, `Cannot run '${name}' in a multi-document transaction.`);
      ctx.txn = this.transactionFor(sess, txnNumber, truthy(command.startTransaction));
      let reply: Doc;
      try {
        reply = await handler(command, ctx);
      } catch (err) {
        // mongod aborts the transaction on any error inside it.
        this.engine.abort(ctx.txn);
        throw err;
      }
      // A write error (e.g. a duplicate key) aborts the transaction too: nothing of it may commit.
      if (Array.isArray(reply.writeErrors) && reply.writeErrors.length > 0) this.engine.abort(ctx.txn);
      return reply;
    }
    if (sess && txnNumber !== undefined && RETRYABLE.has(name)) {
      const key = retryKey(name, command, txnNumber);
      const previous = sess.retries.get(key);
      if (previous) return previous;
      const reply = await handler(command, ctx);
      if (reply.ok === 1) sess.remember(key, reply);
      return reply;
    }
    return handler(command, ctx);
  }

  private transactionFor(sess: Session, txnNumber: bigint, start: boolean): Transaction {
    const current = sess.txn;
    if (start) {
      if (current && current.txnNumber > txnNumber)
        fail(
          225,
          `Cannot start transaction ${txnNumber} on session because a newer transaction ${current.txnNumber} has already started`,
        );
      if (current && current.txnNumber === txnNumber && current.state !== 'aborted') {
        fail(251, `Given transaction number ${txnNumber} does not match any in-progress transactions.`, {
          errorLabels: ['TransientTransactionError'],
        });
      }
      if (current && current.state === 'active') this.engine.abort(current);
      const txn = new Transaction(txnNumber);
      sess.txn = txn;
      this.engine.begin(txn);
      return txn;
    }
    if (!current || current.txnNumber !== txnNumber) {
      fail(251, `Given transaction number ${txnNumber} does not match any in-progress transactions.`, {
        errorLabels: ['TransientTransactionError'],
      });
    }
    if (current.state === 'active' && Date.now() - current.startedAt > TRANSACTION_LIFETIME_MS) {
      this.engine.abort(
        current,
        `Aborted transaction with txnNumber ${txnNumber} because it exceeded transactionLifetimeLimitSeconds`,
      );
    }
    current.assertActive();
    return current;
  }

  private async finishTransaction(
    name: string,
    sess: Session | undefined,
    txnNumber: bigint | undefined,
  ): Promise<Doc> {
    const txn = sess?.txn;
    if (!txn || txnNumber === undefined || txn.txnNumber !== txnNumber) {
      // mongod remembers a committed transaction's outcome durably and labels this answer
      // transient. This server keeps sessions in memory only: after a restart it cannot tell a
      // commit it already made from one it never saw, so a driver told to rerun the whole
      // transaction might apply it twice. The answer is left unlabelled: the outcome is unknown.
      fail(
        251,
        `Given transaction number ${txnNumber ?? 'none'} does not match any in-progress transactions; ` +
          'this server has no record of it (it may have restarted), so whether it committed is unknown.',
        name === 'abortTransaction' ? { errorLabels: ['TransientTransactionError'] } : {},
      );
    }
    if (name === 'abortTransaction') {
      if (txn.state === 'committed') fail(256, 'Transaction has been committed');
      if (txn.state === 'aborted') fail(251, `Transaction with txnNumber ${txnNumber} has been aborted.`);
      this.engine.abort(txn);
      return { ok: 1 };
    }
    if (txn.state === 'committed') return { ok: 1 };
    if (txn.state === 'active' && Date.now() - txn.startedAt > TRANSACTION_LIFETIME_MS) {
      this.engine.abort(
        txn,
        `Aborted transaction with txnNumber ${txnNumber} because it exceeded transactionLifetimeLimitSeconds`,
      );
    }
    txn.assertActive();
    const batch = this.engine.commit(txn);
    await this.engine.flush(batch);
    return { ok: 1 };
  }
}

const READ_CONCERN_LEVELS = new Set(['local', 'majority', 'linearizable', 'available', 'snapshot']);

/** mongod parses readConcern before it runs a command: an unknown level is refused, never ignored. */
function checkReadConcern(command: Doc): void {
  const rc = command.readConcern;
  if (rc === undefined) return;
  if (!isPlainObject(rc)) fail(14, "BSON field 'readConcern' is the wrong type, expected type 'object'");
  if (rc.level !== undefined && !(typeof rc.level === 'string' && READ_CONCERN_LEVELS.has(rc.level)))
    fail(9, "readConcern.level must be either 'local', 'majority', 'linearizable', 'available', or 'snapshot'");
}

/** Identifies a retryable write: its txnNumber and enough of the statement to tell writes apart. */
function retryKey(name: string, command: Doc, txnNumber: bigint): string {
  const stmts = command.documents ?? command.updates ?? command.deletes;
  const first = Array.isArray(stmts) ? stmts[0] : { q: command.query, u: command.update, r: command.remove };
  return `${txnNumber}:${name}:${String(command[name])}:${Array.isArray(stmts) ? stmts.length : 1}:${hashKey(first)}`;
}

/** A stable key for an lsid document (`{id: UUID}`). */
function lsidKey(lsid: unknown): string | undefined {
  if (!isPlainObject(lsid)) return undefined;
  const id = lsid.id as { toString(enc?: string): string; buffer?: Uint8Array } | undefined;
  if (!id) return undefined;
  const bytes = id.buffer;
  if (bytes instanceof Uint8Array) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
  return String(id);
}

function toBigInt(v: unknown): bigint {
  if (bsonType(v) === 'Long') return (v as Long).toBigInt();
  if (typeof v === 'bigint') return v;
  return BigInt(Math.trunc(Number((v as { valueOf(): number }).valueOf())));
}
