/** Logical sessions: the open transaction and the results of retryable writes. */
import { Transaction } from './transaction.js';

type Doc = Record<string, unknown>;

/** How long a transaction may stay open (mongod's transactionLifetimeLimitSeconds). */
export const TRANSACTION_LIFETIME_MS = 60_000;
const RETRY_MEMORY = 64;

/** One client session. */
export class Session {
  txn?: Transaction;
  lastUsed = Date.now();
  /** txnNumber → the reply of the retryable write that used it. */
  readonly retries = new Map<string, Doc>();

  /** Remembers a retryable write's reply (only the most recent few are kept). */
  remember(key: string, reply: Doc): void {
    this.retries.set(key, reply);
    if (this.retries.size > RETRY_MEMORY) this.retries.delete(this.retries.keys().next().value!);
  }
}

/** All sessions by lsid. */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  /** The session for an lsid id, created on first use. */
  get(key: string): Session {
    let s = this.sessions.get(key);
    if (!s) this.sessions.set(key, (s = new Session()));
    s.lastUsed = Date.now();
    return s;
  }

  /** The session if it exists. */
  peek(key: string): Session | undefined {
    return this.sessions.get(key);
  }

  /** Ends sessions (endSessions). */
  end(key: string): Session | undefined {
    const s = this.sessions.get(key);
    this.sessions.delete(key);
    return s;
  }

  /** All sessions. */
  all(): IterableIterator<Session> {
    return this.sessions.values();
  }

  /** Forgets sessions idle longer than the logical session timeout. */
  expire(maxIdleMs: number): Session[] {
    const cutoff = Date.now() - maxIdleMs;
    const gone: Session[] = [];
    for (const [k, s] of this.sessions) {
      if (s.lastUsed < cutoff) {
        this.sessions.delete(k);
        gone.push(s);
      }
    }
    return gone;
  }
}
