import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { anyError, connect, useServer, type AnyDoc } from './harness.js';

/** Host and port of a mongodb:// URI with a single host. */
function hostPort(uri: string): { host: string; port: number } {
  const url = new URL(uri.replace(/^mongodb:\/\//, 'http://'));
  return { host: url.hostname, port: Number(url.port || 27017) };
}

/** Connects a raw socket, writes `bytes`, and resolves when the server closes it (or first answers, if asked). */
function sendAndAwaitClose(
  uri: string,
  bytes: Buffer,
  untilFirstReply = false,
): Promise<{ closed: boolean; received: number }> {
  const { host, port } = hostPort(uri);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    let received = 0;
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ closed: false, received });
    }, 10_000);
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (chunk) => {
      received += chunk.length;
      if (untilFirstReply) {
        clearTimeout(timer);
        socket.destroy();
        resolve({ closed: false, received });
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ closed: true, received });
    });
    socket.on('timeout', () => reject(new Error('socket timeout')));
  });
}

/** A wire-protocol header claiming `length` bytes and the given opcode, followed by filler. */
function header(length: number, opCode: number, filler = 16): Buffer {
  const buf = Buffer.alloc(16 + filler, 0xab);
  buf.writeInt32LE(length, 0);
  buf.writeInt32LE(1, 4);
  buf.writeInt32LE(0, 8);
  buf.writeInt32LE(opCode, 12);
  return buf;
}

describe('limits and malformed input', () => {
  const server = useServer('limits');

  it('a 17 MB document is refused and nothing is stored', async () => {
    const coll = server().db.collection<AnyDoc>('big');
    // 17 MB: above mongod's 16 MiB + 16 KiB ceiling for a command body, below js-bson's 17 MiB buffer.
    const big = { _id: 'big', blob: 'x'.repeat(17_000_000) };
    const err = await anyError(() => coll.insertOne(big));
    // mongod refuses with BSONObjectTooLarge (10334) or a write error naming the size; the driver
    // may refuse before sending. All of them say the document is too large.
    const code = (err as { code?: number }).code;
    if (code !== undefined) expect([10334, 2]).toContain(code);
    expect(err.message).toMatch(/too large|larger than|BSONObjectTooLarge|size/i);
    expect(await coll.countDocuments({ _id: 'big' } as never)).toBe(0);
    // The connection pool and the server carry on.
    await coll.insertOne({ _id: 'small', blob: 'x' } as never);
    expect(await coll.countDocuments()).toBe(1);
  });

  it('a document just under 16 MiB is accepted and read back', async () => {
    const coll = server().db.collection<AnyDoc>('nearly');
    const blob = 'y'.repeat(16 * 1024 * 1024 - 1024);
    await coll.insertOne({ _id: 1, blob } as never);
    const back = await coll.findOne({ _id: 1 } as never);
    expect(back?.blob.length).toBe(blob.length);
  });

  it('an impossible message length closes that connection only', async () => {
    const { uri, client } = server();
    const result = await sendAndAwaitClose(uri, header(-1, 2013));
    expect(result.closed).toBe(true);
    const tooBig = await sendAndAwaitClose(uri, header(0x7fff_fff0, 2013));
    expect(tooBig.closed).toBe(true);
    const tooSmall = await sendAndAwaitClose(uri, header(4, 2013));
    expect(tooSmall.closed).toBe(true);
    expect(await client.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 });
  });

  it('text garbage (an HTTP request) closes that connection; other clients keep working', async () => {
    const { uri, client, db } = server();
    const other = await connect(uri);
    try {
      const result = await sendAndAwaitClose(uri, Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
      expect(result.closed).toBe(true);
      const random = Buffer.alloc(64);
      for (let i = 0; i < random.length; i++) random[i] = (i * 151 + 7) & 0xff;
      random.writeInt32LE(64, 0); // a plausible length, so only the content is garbage
      random.writeInt32LE(2013, 12);
      random.writeUInt32LE(0xffff_0000, 16); // OP_MSG flags with unknown required bits set
      const garbled = await sendAndAwaitClose(uri, random, true);
      // mongod may answer an error before closing; what matters is the server keeps serving.
      expect(garbled.closed || garbled.received > 0).toBe(true);
      expect(await other.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 });
      await db.collection<AnyDoc>('after_garbage').insertOne({ ok: true });
      expect(await client.db(db.databaseName).collection<AnyDoc>('after_garbage').countDocuments()).toBe(1);
    } finally {
      await other.close();
    }
  });
});
