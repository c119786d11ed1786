import { existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_SOCKET_PATH_BYTES, startEmbeddedMongo, type RunningEmbeddedMongo } from './index.js';

/** The inodes of the TCP sockets in LISTEN state on this machine (Linux /proc). */
function listeningTcpInodes(): Set<string> {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[3] === '0A') inodes.add(cols[9]!);
    }
  }
  return inodes;
}

/** The socket inodes a process holds open. */
function socketInodesOf(pid: number): Set<string> {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]!);
    } catch {
      // closed meanwhile
    }
  }
  return inodes;
}

describe('embedded server on a Unix domain socket', () => {
  const dirs: string[] = [];
  const running: RunningEmbeddedMongo[] = [];
  const freshDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'em-sock-'));
    dirs.push(dir);
    return dir;
  };

  afterAll(async () => {
    for (const s of running) await s.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('listens only on a 0600 socket in a 0700 data folder, and the driver works through it', async () => {
    const dbPath = join(freshDir(), 'db');
    const socketPath = join(dbPath, 'mongod.sock');
    const server = await startEmbeddedMongo({ dbPath, socketPath, sync: false });
    running.push(server);
    expect(server.socketPath).toBe(socketPath);
    expect(server.port).toBe(0);
    expect(server.uri).toBe(`mongodb://${encodeURIComponent(socketPath)}`);
    expect(statSync(dbPath).mode & 0o777).toBe(0o700);
    expect(statSync(socketPath).isSocket()).toBe(true);
    expect(statSync(socketPath).mode & 0o777).toBe(0o600);

    const client = await MongoClient.connect(`${server.uri}/lyfta?directConnection=true`);
    try {
      await client.db().collection('notes').insertOne({ text: 'hej' });
      expect(
        await client
          .db()
          .collection('notes')
          .findOne({}, { projection: { _id: 0 } }),
      ).toEqual({ text: 'hej' });
      if (existsSync('/proc/net/tcp')) {
        const listening = listeningTcpInodes();
        expect([...socketInodesOf(server.pid)].filter((i) => listening.has(i))).toEqual([]);
      }
    } finally {
      await client.close();
    }
  });

  it('starts again on the same socket after a kill -9 left the socket file behind', async () => {
    const dbPath = join(freshDir(), 'db');
    const socketPath = join(dbPath, 'mongod.sock');
    const first = await startEmbeddedMongo({ dbPath, socketPath, sync: false });
    process.kill(first.pid, 'SIGKILL');
    await first.exited;
    expect(existsSync(socketPath)).toBe(true);
    const second = await startEmbeddedMongo({ dbPath, socketPath, sync: false });
    running.push(second);
    const client = await MongoClient.connect(`${second.uri}/lyfta?directConnection=true`);
    expect(await client.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 });
    await client.close();
  });

  it('refuses a socket path longer than the system allows, saying so', async () => {
    const dbPath = join(freshDir(), 'db');
    const socketPath = join(dbPath, `${'s'.repeat(MAX_SOCKET_PATH_BYTES)}.sock`);
    await expect(startEmbeddedMongo({ dbPath, socketPath, sync: false })).rejects.toThrow(/socket path is \d+ bytes/);
  });

  it('makes the data folder 0700 on TCP as well (the CLI keeps TCP for mongosh and Compass)', async () => {
    const dbPath = join(freshDir(), 'db');
    const server = await startEmbeddedMongo({ dbPath, sync: false });
    running.push(server);
    expect(server.socketPath).toBeUndefined();
    expect(server.port).toBeGreaterThan(0);
    expect(statSync(dbPath).mode & 0o777).toBe(0o700);
    // The probe the socket test relies on does see a TCP listener where there is one.
    if (existsSync('/proc/net/tcp')) {
      const listening = listeningTcpInodes();
      expect([...socketInodesOf(server.pid)].filter((i) => listening.has(i))).toHaveLength(1);
    }
  });
});
