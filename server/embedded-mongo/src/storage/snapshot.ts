import { crc32 } from 'node:zlib';
import { encodeFrame, scanFrames } from './frames.js';

/** Identifies a snapshot file and its format version. */
const MAGIC = Buffer.from('LYFTASN1', 'latin1');

/** Magic, u32 LE record count, u32 LE crc32 of the preceding twelve bytes. */
const HEADER_BYTES = 16;

/** Records are grouped into frames of about this size so each can be checked on its own. */
const CHUNK_BYTES = 1 << 20;

/** Thrown when a snapshot that was completely written and renamed into place no longer reads back. */
export class SnapshotCorruptError extends Error {
  constructor(path: string, why: string) {
    super(`The snapshot ${path} is damaged (${why}); refusing to open the data folder without it`);
    this.name = 'SnapshotCorruptError';
  }
}

/** The first bytes of a snapshot file: magic, record count and a checksum of both. */
export function snapshotHeader(recordCount: number): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(recordCount, 8);
  header.writeUInt32LE(crc32(header.subarray(0, 12)), 12);
  return header;
}

/** Encodes records as the checksummed frames that follow the header, about a megabyte each. */
export function* snapshotFrames(records: readonly Buffer[]): Generator<Buffer> {
  let chunkStart = 0;
  let chunkBytes = 0;
  for (let i = 0; i < records.length; i++) {
    chunkBytes += records[i]!.length;
    if (chunkBytes >= CHUNK_BYTES) {
      yield encodeFrame(records.slice(chunkStart, i + 1));
      chunkStart = i + 1;
      chunkBytes = 0;
    }
  }
  if (chunkStart < records.length) yield encodeFrame(records.slice(chunkStart));
}

/** Decodes a snapshot file's contents into its records (views into `buf`), or throws if damaged. */
export function decodeSnapshot(buf: Buffer, path: string): Buffer[] {
  if (buf.length < HEADER_BYTES || !buf.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new SnapshotCorruptError(path, 'not a snapshot file');
  }
  if (crc32(buf.subarray(0, 12)) !== buf.readUInt32LE(12)) {
    throw new SnapshotCorruptError(path, 'header checksum mismatch');
  }
  const expected = buf.readUInt32LE(8);
  const scan = scanFrames(buf, HEADER_BYTES);
  if (scan.problem) throw new SnapshotCorruptError(path, scan.problem);
  if (scan.records.length !== expected) {
    throw new SnapshotCorruptError(path, `${scan.records.length} records instead of ${expected}`);
  }
  return scan.records;
}
