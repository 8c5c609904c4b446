import { Readable } from 'node:stream';
import { wholeMessage } from './whole-message';

describe('wholeMessage', () => {
  const lines = Array.from({ length: 300 }, (_, i) => `${Buffer.from(`第${i}行`).toString('base64')}\r\n`);

  it('hands a message streamed in many lines on as one chunk, byte for byte', async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of wholeMessage(Readable.from(lines))) chunks.push(chunk as Buffer);
    expect(chunks).toHaveLength(1);
    expect(chunks[0].toString()).toBe(lines.join(''));
  });

  it('is not read before it is consumed, so a failure before DATA leaves the body unstarted', async () => {
    const out = wholeMessage(Readable.from(lines));
    await new Promise((resolve) => setImmediate(resolve));
    expect(out.readableDidRead).toBe(false);
  });

  it('passes a failure of the message stream on', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('attachment unreadable'));
      },
    });
    await expect(
      (async () => {
        for await (const _ of wholeMessage(failing)) void _;
      })(),
    ).rejects.toThrow('attachment unreadable');
  });
});
