import { crc32 } from 'node:zlib';

/** Bytes before each frame's payload: u32 LE payload length, u32 LE crc32 of the payload. */
export const FRAME_HEADER_BYTES = 8;

/** The smallest BSON document (`{}`) is five bytes; anything shorter cannot be a record. */
const MIN_DOCUMENT_BYTES = 5;

/** Largest payload a u32 length field can describe. */
const MAX_PAYLOAD_BYTES = 0xffff_ffff;

/** The valid records found in a buffer of frames, and where and why the valid prefix ended. */
export interface FrameScan {
  records: Buffer[];
  /** Length of the valid prefix: the offset just after the last good frame. */
  validBytes: number;
  /** Why scanning stopped before the end of the buffer (undefined if every frame was good). */
  problem?: string;
}

/**
 * Throws unless the record is exactly one BSON document, since recovery splits payloads by the
 * documents' own lengths. Plain Uint8Arrays (what `bson` is typed to return) are accepted too.
 */
export function assertDocument(record: Uint8Array): void {
  const length = record instanceof Uint8Array ? record.length : -1;
  if (
    length < MIN_DOCUMENT_BYTES ||
    (record[0]! | (record[1]! << 8) | (record[2]! << 16) | (record[3]! << 24)) !== length ||
    record[length - 1] !== 0
  ) {
    throw new TypeError('A storage record must be a Buffer holding exactly one BSON document');
  }
}

/** Frames records as one checksummed unit, so that a crash keeps all of them or none. */
export function encodeFrame(records: readonly Buffer[]): Buffer {
  let payloadBytes = 0;
  for (const record of records) {
    assertDocument(record);
    payloadBytes += record.length;
  }
  if (payloadBytes === 0) throw new RangeError('A frame needs at least one record');
  if (payloadBytes > MAX_PAYLOAD_BYTES) throw new RangeError('Records too large for one frame');
  const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + payloadBytes);
  let offset = FRAME_HEADER_BYTES;
  for (const record of records) {
    frame.set(record, offset);
    offset += record.length;
  }
  frame.writeUInt32LE(payloadBytes, 0);
  frame.writeUInt32LE(crc32(frame.subarray(FRAME_HEADER_BYTES)), 4);
  return frame;
}

/**
 * Walks frames from `start` and collects their records as views into `buf` (no copies).
 * The first short, impossible or corrupt frame ends the valid prefix; nothing after it is read.
 */
export function scanFrames(buf: Buffer, start = 0, into: Buffer[] = []): FrameScan {
  let pos = start;
  while (pos < buf.length) {
    const available = buf.length - pos - FRAME_HEADER_BYTES;
    if (available < 0) {
      return { records: into, validBytes: pos, problem: `incomplete frame header at byte ${pos}` };
    }
    const length = buf.readUInt32LE(pos);
    if (length < MIN_DOCUMENT_BYTES) {
      return { records: into, validBytes: pos, problem: `invalid frame length ${length} at byte ${pos}` };
    }
    if (length > available) {
      return {
        records: into,
        validBytes: pos,
        problem: `frame at byte ${pos} needs ${length} bytes but only ${available} follow (torn write)`,
      };
    }
    const payloadStart = pos + FRAME_HEADER_BYTES;
    const payload = buf.subarray(payloadStart, payloadStart + length);
    if (crc32(payload) !== buf.readUInt32LE(pos + 4)) {
      return { records: into, validBytes: pos, problem: `checksum mismatch in the frame at byte ${pos}` };
    }
    const firstOfFrame = into.length;
    let docStart = 0;
    while (docStart < length) {
      const rest = length - docStart;
      const docLength = rest >= MIN_DOCUMENT_BYTES ? payload.readInt32LE(docStart) : 0;
      if (docLength < MIN_DOCUMENT_BYTES || docLength > rest || payload[docStart + docLength - 1] !== 0) {
        into.length = firstOfFrame;
        return { records: into, validBytes: pos, problem: `malformed document in the frame at byte ${pos}` };
      }
      into.push(payload.subarray(docStart, docStart + docLength));
      docStart += docLength;
    }
    pos = payloadStart + length;
  }
  return { records: into, validBytes: pos };
}
