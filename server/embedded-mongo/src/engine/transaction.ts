/** A multi-document transaction: a snapshot (pre-images of later changes) and a private write set. */
import { fail } from '../errors.js';

type Doc = Record<string, unknown>;

/** One transaction of a session. */
export class Transaction {
  readonly txnNumber: bigint;
  readonly startedAt = Date.now();
  state: 'active' | 'committed' | 'aborted' = 'active';
  abortReason?: string;
  /** `ns\0id` → the document as of the snapshot (null: it did not exist), captured on change. */
  readonly preimages = new Map<string, Doc | null>();
  /** `ns\0id` → the transaction's version (null: deleted). Insertion order is apply order. */
  readonly writes = new Map<string, { ns: string; id: string; doc: Doc | null; existed: boolean }>();
  /** Namespaces written (for commit). */
  readonly namespaces = new Set<string>();

  constructor(txnNumber: bigint) {
    this.txnNumber = txnNumber;
  }

  /** Throws NoSuchTransaction unless the transaction is still open. */
  assertActive(): void {
    if (this.state !== 'active') {
      fail(251, this.abortReason ?? `Transaction with txnNumber ${this.txnNumber} has been aborted.`, {
        errorLabels: ['TransientTransactionError'],
      });
    }
  }
}

/** The key a transaction uses for a document. */
export function txnKey(ns: string, id: string): string {
  return ns + '\0' + id;
}

/** mongod's write conflict, labelled so that drivers retry the transaction. */
export function writeConflict(): never {
  fail(
    112,
    'Write conflict during plan execution and yielding is disabled. :: Please retry your operation or multi-document transaction.',
    {
      errorLabels: ['TransientTransactionError'],
    },
  );
}
