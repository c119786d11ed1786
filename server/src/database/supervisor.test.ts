import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../shared/logger.js';
import { Backoff, Supervisor, type SupervisedProcess } from './supervisor.js';

/** A stand-in child process that ends when the test says so. */
interface FakeProcess extends SupervisedProcess {
  crash(): void;
  stopped: boolean;
}

function fakeProcess(pid: number): FakeProcess {
  let end!: (exit: unknown) => void;
  const exited = new Promise<unknown>((resolve) => (end = resolve));
  const p: FakeProcess = {
    pid,
    exited,
    stopped: false,
    crash: () => end({ code: null, signal: 'SIGKILL' }),
    async stop() {
      p.stopped = true;
      end({ code: 0, signal: null });
    },
  };
  return p;
}

/** A start function whose attempts fail while `failing` is set, recording when each was made. */
function starter() {
  const s = {
    failing: false,
    attempts: [] as number[],
    started: [] as FakeProcess[],
    start: async (): Promise<FakeProcess> => {
      s.attempts.push(Date.now());
      if (s.failing) throw new Error('data folder in use');
      const p = fakeProcess(s.started.length + 1);
      s.started.push(p);
      return p;
    },
  };
  return s;
}

const logger = createLogger('silent');

describe('Backoff', () => {
  it('doubles from the initial delay up to the cap, and starts over after a reset', () => {
    const backoff = new Backoff(100, 2_000);
    expect(Array.from({ length: 7 }, () => backoff.next())).toEqual([100, 200, 400, 800, 1600, 2000, 2000]);
    backoff.reset();
    expect(backoff.next()).toBe(100);
  });
});

describe('Supervisor', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('restarts a crashed process after the initial delay and reports it up again', async () => {
    const s = starter();
    const afterRestart = vi.fn(async () => {});
    const supervisor = await Supervisor.start({
      start: s.start,
      afterRestart,
      logger,
      backoff: new Backoff(100, 5_000),
    });
    expect(supervisor.isUp).toBe(true);
    s.started[0]!.crash();
    await vi.advanceTimersByTimeAsync(0);
    expect(supervisor.isUp).toBe(false);
    expect(supervisor.current).toBeUndefined();
    await vi.advanceTimersByTimeAsync(99);
    expect(s.attempts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(s.attempts).toHaveLength(2);
    expect(supervisor.isUp).toBe(true);
    expect(supervisor.current?.pid).toBe(2);
    expect(afterRestart).toHaveBeenCalledOnce();
    await supervisor.stop();
  });

  it('waits longer after each failed restart, up to the cap, and keeps trying', async () => {
    const s = starter();
    const supervisor = await Supervisor.start({ start: s.start, logger, backoff: new Backoff(100, 1_000) });
    s.failing = true;
    const crashedAt = Date.now();
    s.started[0]!.crash();
    await vi.advanceTimersByTimeAsync(5_000);
    const gaps = s.attempts.slice(1).map((t, i) => t - (i === 0 ? crashedAt : s.attempts[i]!));
    expect(gaps.slice(0, 6)).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(supervisor.isUp).toBe(false);
    s.failing = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(supervisor.isUp).toBe(true);
    await supervisor.stop();
  });

  it('starts again from the initial delay once a process has stayed up, not after a quick crash', async () => {
    const s = starter();
    const supervisor = await Supervisor.start({
      start: s.start,
      logger,
      backoff: new Backoff(100, 5_000),
      stableAfterMs: 10_000,
    });
    // Two quick crashes in a row: the second restart waits twice as long.
    s.started[0]!.crash();
    await vi.advanceTimersByTimeAsync(100);
    expect(s.started).toHaveLength(2);
    s.started[1]!.crash();
    await vi.advanceTimersByTimeAsync(199);
    expect(s.started).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(s.started).toHaveLength(3);
    // This one runs long enough to count as healthy: its crash is restarted after 100 ms again.
    await vi.advanceTimersByTimeAsync(10_000);
    s.started[2]!.crash();
    await vi.advanceTimersByTimeAsync(100);
    expect(s.started).toHaveLength(4);
    await supervisor.stop();
  });

  it('does not restart a process it was asked to stop', async () => {
    const s = starter();
    const supervisor = await Supervisor.start({ start: s.start, logger });
    await supervisor.stop();
    expect(s.started[0]!.stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(s.attempts).toHaveLength(1);
    expect(supervisor.isUp).toBe(false);
  });

  it('stops a process that finishes starting after stop() was called', async () => {
    const first = fakeProcess(1);
    const late = fakeProcess(2);
    let finishStart!: () => void;
    const start = vi
      .fn<() => Promise<FakeProcess>>()
      .mockResolvedValueOnce(first)
      .mockReturnValueOnce(new Promise((resolve) => (finishStart = () => resolve(late))));
    const supervisor = await Supervisor.start({ start, logger, backoff: new Backoff(100, 100) });
    first.crash();
    await vi.advanceTimersByTimeAsync(100);
    expect(start).toHaveBeenCalledTimes(2);
    const stopping = supervisor.stop();
    finishStart();
    await stopping;
    expect(late.stopped).toBe(true);
    expect(supervisor.isUp).toBe(false);
  });

  it('fails as the first start fails', async () => {
    const s = starter();
    s.failing = true;
    await expect(Supervisor.start({ start: s.start, logger })).rejects.toThrow(/data folder in use/);
  });
});
