/** The wire server: framing per connection, commands executed in order, replies written back. */
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { Dispatcher } from './commands/dispatch.js';
import type { ServerInfo } from './commands/context.js';
import { Engine } from './engine/engine.js';
import { DurableStore } from './storage/index.js';
import { encodeMsgReply, encodeOpReply, MessageReader, OP_QUERY, parseMessage } from './wire/protocol.js';

/** Options of the in-process server. */
export interface ServerOptions {
  dbPath: string;
  port?: number;
  host?: string;
  /**
   * Listen on this Unix domain socket (mode 0600) instead of TCP: only the user running the
   * server can connect. At most {@link MAX_SOCKET_PATH_BYTES} bytes long.
   */
  socketPath?: string;
  sync?: boolean;
  log?: (msg: string) => void;
  argv?: string[];
  /** Journal bytes that trigger compaction (default 64 MiB). */
  compactThreshold?: number;
}

/**
 * The longest Unix socket path the operating system accepts (sun_path holds 108 bytes on Linux,
 * 104 on macOS and the BSDs, including the terminating zero).
 */
export const MAX_SOCKET_PATH_BYTES = process.platform === 'linux' ? 107 : 103;

/** The MongoDB-compatible server running in this process. */
export class EmbeddedMongoServer {
  private readonly connections = new Set<net.Socket>();
  private nextConnectionId = 1;
  private closing?: Promise<void>;

  private constructor(
    private readonly tcp: net.Server,
    private readonly store: DurableStore,
    readonly engine: Engine,
    private readonly dispatcher: Dispatcher,
    readonly host: string,
    readonly port: number,
    /** The Unix socket the server listens on, when it does not listen on TCP. */
    readonly socketPath?: string,
  ) {}

  /** Opens the data folder, replays it and starts listening. */
  static async start(options: ServerOptions): Promise<EmbeddedMongoServer> {
    const log = options.log ?? (() => {});
    const { socketPath } = options;
    if (socketPath !== undefined && Buffer.byteLength(socketPath) > MAX_SOCKET_PATH_BYTES) {
      throw new Error(
        `socket path is ${Buffer.byteLength(socketPath)} bytes, longer than the ${MAX_SOCKET_PATH_BYTES} this system allows: ${socketPath}`,
      );
    }
    // The files hold password hashes and sessions: no other user of the machine may read them.
    mkdirSync(options.dbPath, { recursive: true, mode: 0o700 });
    chmodSync(options.dbPath, 0o700);
    const opened = await DurableStore.open(options.dbPath, { sync: options.sync ?? true });
    if (opened.recovery.truncatedBytes > 0) {
      log(
        `recovery: cut ${opened.recovery.truncatedBytes} bytes from the journal tail (${opened.recovery.reason ?? 'torn write'})`,
      );
    }
    const engine = new Engine(opened.store, options.compactThreshold);
    engine.log = log;
    for (const r of opened.snapshot) engine.replay(r);
    for (const r of opened.journal) engine.replay(r);
    const host = socketPath ?? options.host ?? '127.0.0.1';
    const tcp = net.createServer();
    const info: ServerInfo = {
      host,
      port: 0,
      dbPath: options.dbPath,
      startedAt: new Date(),
      argv: options.argv ?? process.argv,
      connections: () => server.connections.size,
    };
    const dispatcher = new Dispatcher(engine, info);
    try {
      // The lock on the data folder is ours now, so a socket file left there is from a server
      // that crashed: nobody is listening on it.
      if (socketPath !== undefined) rmSync(socketPath, { force: true });
      await new Promise<void>((resolve, reject) => {
        tcp.once('error', reject);
        const listening = (): void => {
          tcp.off('error', reject);
          resolve();
        };
        if (socketPath !== undefined) tcp.listen(socketPath, listening);
        else tcp.listen(options.port ?? 0, host, listening);
      });
      if (socketPath !== undefined) chmodSync(socketPath, 0o600);
    } catch (err) {
      tcp.close();
      dispatcher.close();
      await opened.store.close();
      throw err;
    }
    const port = socketPath !== undefined ? 0 : (tcp.address() as net.AddressInfo).port;
    info.port = port;
    const server: EmbeddedMongoServer = new EmbeddedMongoServer(
      tcp,
      opened.store,
      engine,
      dispatcher,
      host,
      port,
      socketPath,
    );
    tcp.on('connection', (socket) => server.accept(socket));
    return server;
  }

  /** host:port as clients reach it. */
  get address(): { host: string; port: number } {
    return { host: this.host, port: this.port };
  }

  /** The connection string (without a database name); a socket's path is URL-encoded, as the driver expects. */
  get uri(): string {
    if (this.socketPath !== undefined) return `mongodb://${encodeURIComponent(this.socketPath)}`;
    return `mongodb://${this.host}:${this.port}`;
  }

  private accept(socket: net.Socket): void {
    const conn = {
      id: this.nextConnectionId++,
      remote: this.socketPath ?? `${socket.remoteAddress ?? '127.0.0.1'}:${socket.remotePort ?? 0}`,
    };
    this.connections.add(socket);
    socket.setNoDelay(true);
    const reader = new MessageReader();
    // Commands of one connection run in order. Most arrive one at a time and start at once;
    // a pipelined command waits for the one before it.
    let tail: Promise<void> = Promise.resolve();
    let inFlight = 0;
    const finished = (): void => void inFlight--;
    const failed = (): void => {
      inFlight--;
      socket.destroy();
    };
    const run = (msg: Buffer): Promise<void> => this.handle(msg, socket, conn).then(finished, failed);
    socket.on('close', () => this.connections.delete(socket));
    socket.on('error', () => this.connections.delete(socket));
    socket.on('data', (chunk: Buffer) => {
      const messages = reader.push(chunk);
      if (!messages) return void socket.destroy();
      for (const msg of messages) tail = inFlight++ === 0 ? run(msg) : tail.then(() => run(msg));
    });
  }

  private async handle(msg: Buffer, socket: net.Socket, conn: { id: number; remote: string }): Promise<void> {
    if (socket.destroyed) return;
    let req;
    try {
      req = parseMessage(msg);
    } catch {
      socket.destroy();
      return;
    }
    const reply = await this.dispatcher.run(req.command, req.db, conn, msg.length);
    if (req.moreToCome || socket.destroyed) return;
    socket.write(req.opCode === OP_QUERY ? encodeOpReply(req.requestId, reply) : encodeMsgReply(req.requestId, reply));
  }

  /** Stops accepting, closes connections, flushes and releases the data folder. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await new Promise<void>((resolve) => {
        this.tcp.close(() => resolve());
        for (const s of this.connections) s.destroy();
      });
      this.dispatcher.close();
      await this.engine.compaction;
      await this.store.close();
    })();
    return this.closing;
  }
}
