import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

/**
 * A small black-and-white PNG drawn from a seed: 29×29 squares (the size of a version-3 QR code)
 * with the three corner finder marks, 6 px each. Looks like a QR code in screenshots; encodes nothing.
 */
export function patternPng(seed: string, modules = 29, scale = 6): Buffer {
  const bits = createHash('sha512').update(seed).digest();
  const finder = (x: number, y: number) =>
    [
      [0, 0],
      [modules - 7, 0],
      [0, modules - 7],
    ].some(([fx, fy]) => {
      const dx = x - fx;
      const dy = y - fy;
      if (dx < 0 || dy < 0 || dx > 6 || dy > 6) return false;
      return dx === 0 || dy === 0 || dx === 6 || dy === 6 || (dx >= 2 && dx <= 4 && dy >= 2 && dy <= 4);
    });
  const inFinderZone = (x: number, y: number) => (x < 8 && y < 8) || (x >= modules - 8 && y < 8) || (x < 8 && y >= modules - 8);
  const dark = (x: number, y: number) => {
    if (inFinderZone(x, y)) return finder(x, y);
    const i = y * modules + x;
    return ((bits[i % bits.length] >> (i % 8)) & 1) === 1;
  };
  const quiet = 4;
  const size = (modules + 2 * quiet) * scale;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(size + 1, 255);
    row[0] = 0;
    for (let px = 0; px < size; px++) {
      const x = Math.floor(px / scale) - quiet;
      const y = Math.floor(py / scale) - quiet;
      if (x >= 0 && y >= 0 && x < modules && y < modules && dark(x, y)) row[px + 1] = 0;
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
