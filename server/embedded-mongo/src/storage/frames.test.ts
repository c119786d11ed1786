import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FRAME_HEADER_BYTES, encodeFrame, scanFrames } from './frames.js';
import { rec, seqs } from './test-support.js';

describe('frames', () => {
  it('round-trips groups of records as views into one buffer', () => {
    const buf = Buffer.concat([encodeFrame([rec(1), rec(2)]), encodeFrame([rec(3)])]);
    const scan = scanFrames(buf);
    expect(scan.problem).toBeUndefined();
    expect(scan.validBytes).toBe(buf.length);
    expect(seqs(scan.records)).toEqual([1, 2, 3]);
    expect(scan.records[0]!.buffer).toBe(buf.buffer);
  });

  it('rejects buffers that are not exactly one BSON document', () => {
    expect(() => encodeFrame([Buffer.from('hello')])).toThrow(TypeError);
    expect(() => encodeFrame([Buffer.concat([rec(1), Buffer.from([0])])])).toThrow(TypeError);
    expect(() => encodeFrame([])).toThrow(RangeError);
  });

  it('stops at a short header, a short payload, a zero length and a bad checksum', () => {
    const good = encodeFrame([rec(1)]);
    const second = encodeFrame([rec(2), rec(3)]);
    const cases: Array<[Buffer, RegExp]> = [
      [Buffer.concat([good, second.subarray(0, 5)]), /incomplete frame header/],
      [Buffer.concat([good, second.subarray(0, second.length - 1)]), /torn write/],
      [Buffer.concat([good, Buffer.alloc(64)]), /invalid frame length 0/],
    ];
    const corrupt = Buffer.from(second);
    corrupt[FRAME_HEADER_BYTES + 6]! ^= 0xff;
    cases.push([Buffer.concat([good, corrupt, encodeFrame([rec(4)])]), /checksum mismatch in the frame at byte/]);
    for (const [buf, problem] of cases) {
      const scan = scanFrames(buf);
      expect(scan.problem).toMatch(problem);
      expect(scan.validBytes).toBe(good.length);
      expect(seqs(scan.records)).toEqual([1]);
    }
  });

  it('drops the whole frame when a checksummed payload does not split into documents', () => {
    const payload = Buffer.concat([rec(1), Buffer.from([1, 2, 3])]);
    const frame = Buffer.alloc(FRAME_HEADER_BYTES + payload.length);
    payload.copy(frame, FRAME_HEADER_BYTES);
    frame.writeUInt32LE(payload.length, 0);
    // A valid checksum, so only the document split is wrong.
    frame.writeUInt32LE(crc32(payload), 4);
    const scan = scanFrames(frame);
    expect(scan.problem).toMatch(/malformed document/);
    expect(scan.records).toEqual([]);
    expect(scan.validBytes).toBe(0);
  });
});
