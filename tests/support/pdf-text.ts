import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF as PDFKit (and so pdfmake) writes it: plain objects with direct /Length,
 * Flate-compressed streams, embedded fonts whose glyph codes map to text through their ToUnicode
 * CMaps. Enough to read back what the server wrote; not a general PDF reader. pdfmake writes a
 * text object per word, so the words are joined with single spaces, pages in order.
 */
export function pdfText(pdf: Buffer): { pages: number; text: string } {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream?: Buffer }>();
  const objectPattern = /(\d+) 0 obj\s*/g;
  for (let m = objectPattern.exec(raw); m; m = objectPattern.exec(raw)) {
    const start = m.index + m[0].length;
    const streamAt = raw.indexOf('stream', start);
    const endAt = raw.indexOf('endobj', start);
    if (streamAt >= 0 && streamAt < endAt && !raw.slice(start, streamAt).includes('endstream')) {
      const dict = raw.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
      let dataAt = streamAt + 'stream'.length;
      if (raw[dataAt] === '\r') dataAt += 1;
      if (raw[dataAt] === '\n') dataAt += 1;
      const bytes = pdf.subarray(dataAt, dataAt + length);
      objects.set(Number(m[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(bytes) : bytes });
      objectPattern.lastIndex = dataAt + length;
    } else {
      objects.set(Number(m[1]), { dict: raw.slice(start, endAt) });
    }
  }

  const cmapOf = (id: number) => {
    const map = new Map<number, string>();
    const text = objects.get(id)?.stream?.toString('latin1') ?? '';
    // A ligature maps to several UTF-16 units, written with spaces between them: <0066 0069> is "fi".
    const hexText = (hex: string) => Buffer.from(hex.replace(/\s+/g, ''), 'hex').swap16().toString('utf16le');
    for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const [, src, dst] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g))
        map.set(parseInt(src!, 16), hexText(dst!));
    for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const [, lo, hi, rest] of block[1]!.matchAll(
        /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F\s]+>)/g,
      )) {
        const from = parseInt(lo!, 16);
        const to = parseInt(hi!, 16);
        if (rest!.startsWith('[')) {
          [...rest!.matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach(([, dst], i) => map.set(from + i, hexText(dst!)));
        } else {
          const base = Buffer.from(rest!.slice(1, -1), 'hex');
          for (let code = from; code <= to; code++) {
            const value = Buffer.from(base);
            value.writeUInt16BE(base.readUInt16BE(base.length - 2) + (code - from), base.length - 2);
            map.set(code, value.swap16().toString('utf16le'));
          }
        }
      }
    return map;
  };

  // Font resource names (/F1 …) → the font's glyph map; PDFKit names each font once per document.
  const fonts = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values())
    for (const [, block] of dict.matchAll(/\/Font\s*<<([\s\S]*?)>>/g))
      for (const [, name, ref] of block!.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
        const font = objects.get(Number(ref))?.dict ?? '';
        const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
        fonts.set(name!, toUnicode ? cmapOf(Number(toUnicode)) : new Map());
      }

  const pageIds = [...objects].filter(([, o]) => /\/Type \/Page\b/.test(o.dict)).map(([id]) => id);
  const lines: string[] = [];
  for (const pageId of pageIds) {
    const contents = /\/Contents (\d+) 0 R/.exec(objects.get(pageId)!.dict)?.[1];
    const content = objects.get(Number(contents))?.stream?.toString('latin1') ?? '';
    let cmap = new Map<number, string>();
    for (const block of content.matchAll(/BT([\s\S]*?)ET/g)) {
      let line = '';
      for (const op of block[1]!.matchAll(/\/(\w+) [\d.]+ Tf|(<[0-9a-fA-F]*>|\[[^\]]*\])\s*T[jJ]/g)) {
        if (op[1]) {
          cmap = fonts.get(op[1]) ?? new Map();
          continue;
        }
        for (const [, hex] of op[2]!.matchAll(/<([0-9a-fA-F]*)>/g))
          for (let i = 0; i + 4 <= hex!.length; i += 4)
            line += cmap.get(parseInt(hex!.slice(i, i + 4), 16)) ?? '\uFFFD';
      }
      lines.push(line);
    }
  }
  return { pages: pageIds.length, text: lines.join(' ').replace(/\s+/g, ' ').trim() };
}
