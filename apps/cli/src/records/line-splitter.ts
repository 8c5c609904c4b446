/** One line of a text stream, numbered from 1, without its line ending. */
export type TextLine = { line: number; text: string } | { line: number; tooLong: number };

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines as it is read: memory holds one chunk and one line, never the
 * file. Splitting bytes at \n is safe in UTF-8 (no multi-byte sequence contains 0x0a). A line
 * longer than `maxBytes` is skipped, not buffered, and reported with its length.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<TextLine> {
  let parts: Buffer[] = [];
  let partBytes = 0;
  let overflow = 0;
  let line = 0;
  const finish = (): TextLine => {
    line++;
    const out: TextLine = overflow ? { line, tooLong: overflow } : { line, text: decode(Buffer.concat(parts, partBytes), line === 1) };
    parts = [];
    partBytes = 0;
    overflow = 0;
    return out;
  };
  const append = (piece: Buffer) => {
    if (overflow) overflow += piece.length;
    else if (partBytes + piece.length > maxBytes) {
      overflow = partBytes + piece.length;
      parts = [];
      partBytes = 0;
    } else {
      parts.push(piece);
      partBytes += piece.length;
    }
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      append(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    // Copy the tail: the stream may reuse its chunk buffers.
    if (start < chunk.length) append(Buffer.from(chunk.subarray(start)));
  }
  if (partBytes || overflow) yield finish();
}

function decode(bytes: Buffer, first: boolean): string {
  let text = bytes.toString('utf8');
  if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
