/** MongoDB wire protocol framing: OP_QUERY and OP_MSG in, OP_REPLY and OP_MSG out. */
import { BSON } from 'bson';

export const OP_REPLY = 1;
export const OP_QUERY = 2004;
export const OP_COMPRESSED = 2012;
export const OP_MSG = 2013;
export const MAX_MESSAGE_BYTES = 48_000_000;
export const MAX_BSON_BYTES = 16 * 1024 * 1024;

const FLAG_CHECKSUM = 1;
const FLAG_MORE_TO_COME = 2;

/** A parsed request. */
export interface Request {
  requestId: number;
  opCode: number;
  /** The command, with OP_MSG document sequences merged in as arrays. */
  command: Record<string, unknown>;
  /** For OP_QUERY: the database taken from the collection name. */
  db?: string;
  moreToCome: boolean;
}

/** A malformed message: the connection that sent it is closed. */
export class ProtocolError extends Error {}

const DESERIALIZE = { promoteValues: false, validation: { utf8: false } } as const;

function readDocument(buf: Buffer, offset: number): [Record<string, unknown>, number] {
  if (offset + 5 > buf.length) throw new ProtocolError('truncated document');
  const size = buf.readInt32LE(offset);
  if (size < 5 || offset + size > buf.length) throw new ProtocolError('invalid document length');
  const doc = BSON.deserialize(buf.subarray(offset, offset + size), DESERIALIZE) as Record<string, unknown>;
  return [doc, offset + size];
}

function readCString(buf: Buffer, offset: number): [string, number] {
  const end = buf.indexOf(0, offset);
  if (end < 0) throw new ProtocolError('unterminated string');
  return [buf.toString('utf8', offset, end), end + 1];
}

/** Parses one complete message (header included). */
export function parseMessage(msg: Buffer): Request {
  const requestId = msg.readInt32LE(4);
  const opCode = msg.readInt32LE(12);
  if (opCode === OP_MSG) {
    const flags = msg.readUInt32LE(16);
    const end = flags & FLAG_CHECKSUM ? msg.length - 4 : msg.length;
    let offset = 20;
    let command: Record<string, unknown> | undefined;
    const sequences: [string, Record<string, unknown>[]][] = [];
    while (offset < end) {
      const kind = msg[offset++];
      if (kind === 0) {
        [command, offset] = readDocument(msg, offset);
      } else if (kind === 1) {
        const size = msg.readInt32LE(offset);
        const sectionEnd = offset + size;
        if (size < 5 || sectionEnd > end) throw new ProtocolError('invalid document sequence');
        let id: string;
        [id, offset] = readCString(msg, offset + 4);
        const docs: Record<string, unknown>[] = [];
        while (offset < sectionEnd) {
          let d: Record<string, unknown>;
          [d, offset] = readDocument(msg, offset);
          docs.push(d);
        }
        sequences.push([id, docs]);
      } else throw new ProtocolError(`unknown section kind ${kind}`);
    }
    if (!command) throw new ProtocolError('OP_MSG without a body');
    for (const [id, docs] of sequences) command[id] = docs;
    return { requestId, opCode, command, moreToCome: (flags & FLAG_MORE_TO_COME) !== 0 };
  }
  if (opCode === OP_QUERY) {
    const [ns, nsEnd] = readCString(msg, 20);
    let offset = nsEnd + 8;
    let query: Record<string, unknown>;
    [query, offset] = readDocument(msg, offset);
    const dot = ns.indexOf('.');
    const db = dot < 0 ? ns : ns.slice(0, dot);
    // Commands in OP_QUERY may be wrapped as {$query: {...}, $readPreference: ...}.
    if (query.$query && typeof query.$query === 'object') query = query.$query as Record<string, unknown>;
    return { requestId, opCode, command: query, db, moreToCome: false };
  }
  throw new ProtocolError(`unsupported opCode ${opCode}`);
}

/** Splits a connection's byte stream into complete messages, copying a large message only once. */
export class MessageReader {
  private chunks: Buffer[] = [];
  private bytes = 0;
  /** Length of the message being received, once its first four bytes are in. */
  private expected = 0;

  /** The messages completed by `chunk` (often none or one), or undefined for an impossible length. */
  push(chunk: Buffer): Buffer[] | undefined {
    this.chunks.push(chunk);
    this.bytes += chunk.length;
    const messages: Buffer[] = [];
    while (this.bytes >= 4) {
      if (this.expected === 0) {
        const head = this.chunks[0]!.length >= 4 ? this.chunks[0]! : this.joined();
        this.expected = head.readInt32LE(0);
        if (this.expected < 16 || this.expected > MAX_MESSAGE_BYTES) return undefined;
      }
      if (this.bytes < this.expected) break;
      const buf = this.joined();
      messages.push(buf.subarray(0, this.expected));
      const rest = buf.subarray(this.expected);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.bytes = rest.length;
      this.expected = 0;
    }
    return messages;
  }

  private joined(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.bytes)];
    return this.chunks[0]!;
  }
}

let nextRequestId = 1;

/** Encodes an OP_MSG reply carrying one document. */
export function encodeMsgReply(responseTo: number, doc: Record<string, unknown>): Buffer {
  const body = BSON.serialize(doc);
  const header = Buffer.allocUnsafe(21);
  header.writeInt32LE(21 + body.length, 0);
  header.writeInt32LE(nextRequestId++ & 0x7fffffff, 4);
  header.writeInt32LE(responseTo, 8);
  header.writeInt32LE(OP_MSG, 12);
  header.writeUInt32LE(0, 16);
  header[20] = 0;
  return Buffer.concat([header, body]);
}

/** Encodes an OP_REPLY carrying one document (the answer to a legacy OP_QUERY). */
export function encodeOpReply(responseTo: number, doc: Record<string, unknown>): Buffer {
  const body = BSON.serialize(doc);
  const header = Buffer.alloc(36);
  header.writeInt32LE(36 + body.length, 0);
  header.writeInt32LE(nextRequestId++ & 0x7fffffff, 4);
  header.writeInt32LE(responseTo, 8);
  header.writeInt32LE(OP_REPLY, 12);
  header.writeInt32LE(0, 16);
  header.writeBigInt64LE(0n, 20);
  header.writeInt32LE(0, 28);
  header.writeInt32LE(1, 32);
  return Buffer.concat([header, body]);
}
