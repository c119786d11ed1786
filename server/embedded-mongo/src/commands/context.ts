/** What a command handler receives, and the handler type. */
import type { CursorManager } from '../engine/cursors.js';
import type { Engine } from '../engine/engine.js';
import type { Transaction } from '../engine/transaction.js';
import type { TtlMonitor } from '../engine/ttl.js';

type Doc = Record<string, unknown>;

/** Facts about the running server that replies mention. */
export interface ServerInfo {
  host: string;
  port: number;
  dbPath: string;
  startedAt: Date;
  argv: string[];
  connections(): number;
}

/** The context of one command. */
export interface CommandContext {
  db: string;
  engine: Engine;
  cursors: CursorManager;
  server: ServerInfo;
  /** The TTL monitor, whose parameters getParameter/setParameter read and change. */
  ttl: TtlMonitor;
  txn?: Transaction;
  connectionId: number;
  remote: string;
  /** Size of the request message; documents in a smaller message cannot exceed 16 MiB. */
  messageBytes: number;
}

/** A command implementation. */
export type CommandHandler = (cmd: Doc, ctx: CommandContext) => Doc | Promise<Doc>;
