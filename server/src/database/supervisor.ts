import type { Logger } from '../shared/logger.js';

/** What the supervisor needs of a child process: that it can end, and be stopped. */
export interface SupervisedProcess {
  pid: number;
  /** Settles when the process has ended, for whatever reason. */
  exited: Promise<unknown>;
  stop(): Promise<void>;
}

/** Delays between restart attempts: doubling from `initialMs` up to `maxMs`, back to the start after `reset()`. */
export class Backoff {
  private attempts = 0;

  constructor(
    readonly initialMs = 100,
    readonly maxMs = 5_000,
  ) {}

  /** The delay before the next attempt; each call doubles the one after it, up to the cap. */
  next(): number {
    const delay = Math.min(this.maxMs, this.initialMs * 2 ** Math.min(this.attempts, 30));
    this.attempts++;
    return delay;
  }

  /** Starts over from the initial delay. */
  reset(): void {
    this.attempts = 0;
  }
}

/** Options of {@link Supervisor.start}. */
export interface SupervisorOptions<P extends SupervisedProcess> {
  /** Starts the process; resolves once it serves. */
  start(): Promise<P>;
  /** Runs after each restart, before the supervisor reports the process up again (e.g. reconnecting a client). */
  afterRestart?(process: P): Promise<void>;
  logger: Logger;
  backoff?: Backoff;
  /** A process that ran this long counts as healthy: the next crash restarts after the initial delay again. */
  stableAfterMs?: number;
  /** What the log calls the process. */
  name?: string;
}

/**
 * Keeps a child process running: when it ends without being asked to, it is started again after
 * a growing delay, for as long as it takes. Whether it is up right now is `isUp`.
 */
export class Supervisor<P extends SupervisedProcess> {
  private process?: P;
  private up = false;
  private stopping = false;
  private startedAt = 0;
  private timer?: NodeJS.Timeout;
  private restarting?: Promise<void>;
  private readonly backoff: Backoff;
  private readonly stableAfterMs: number;
  private readonly name: string;

  private constructor(private readonly options: SupervisorOptions<P>) {
    this.backoff = options.backoff ?? new Backoff();
    this.stableAfterMs = options.stableAfterMs ?? 10_000;
    this.name = options.name ?? 'child process';
  }

  /** Starts the process once (failing as it fails) and supervises it from then on. */
  static async start<P extends SupervisedProcess>(options: SupervisorOptions<P>): Promise<Supervisor<P>> {
    const supervisor = new Supervisor(options);
    supervisor.adopt(await options.start());
    supervisor.up = true;
    return supervisor;
  }

  /** True while the process runs and, after a restart, once `afterRestart` has finished. */
  get isUp(): boolean {
    return this.up;
  }

  /** The running process, if one runs. */
  get current(): P | undefined {
    return this.process;
  }

  /** Stops supervising and stops the process; no restart follows. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.up = false;
    clearTimeout(this.timer);
    await this.restarting;
    await this.process?.stop();
  }

  private adopt(process: P): void {
    this.process = process;
    this.startedAt = Date.now();
    void process.exited.then((exit) => this.exited(process, exit));
  }

  private exited(process: P, exit: unknown): void {
    if (this.stopping || process !== this.process) return;
    this.up = false;
    this.process = undefined;
    if (Date.now() - this.startedAt >= this.stableAfterMs) this.backoff.reset();
    this.options.logger.error({ pid: process.pid, exit }, `${this.name} ended unexpectedly; restarting it`);
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    if (this.stopping) return;
    const delay = this.backoff.next();
    this.timer = setTimeout(() => {
      this.restarting = this.restart().finally(() => (this.restarting = undefined));
    }, delay);
  }

  private async restart(): Promise<void> {
    let process: P;
    try {
      process = await this.options.start();
    } catch (err) {
      this.options.logger.error({ err }, `${this.name} could not be restarted; trying again`);
      this.scheduleRestart();
      return;
    }
    if (this.stopping) {
      await process.stop();
      return;
    }
    this.adopt(process);
    try {
      await this.options.afterRestart?.(process);
    } catch (err) {
      // The process runs; a client that did not reconnect at once will on its next attempt.
      this.options.logger.warn({ err }, `reconnecting to the restarted ${this.name} failed`);
    }
    if (this.process !== process || this.stopping) return;
    this.up = true;
    this.options.logger.info({ pid: process.pid }, `${this.name} restarted`);
  }
}
