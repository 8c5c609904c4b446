import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CountingSmtp {
  url: string;
  /** Messages accepted, and recipients over all of them. */
  counts(): { messages: number; recipients: number; bytes: number; firstAt: number | null; lastAt: number | null };
  /** When the message of a delivery was accepted (epoch ms), by the delivery id in its Message-ID. */
  acceptedAt(deliveryId: string): number | undefined;
  close(): Promise<void>;
}

// The sender names each message after its delivery: <delivery-<uuid>@host>.
const DELIVERY_MESSAGE_ID = /^message-id:\s*<delivery-([0-9a-f-]{36})@/im;

/**
 * An SMTP sink that accepts everything and only counts: the cheapest peer a sender can have. It
 * also notes when each delivery's message was accepted, for latencies measured at the sink.
 */
export async function startCountingSmtp(): Promise<CountingSmtp> {
  let messages = 0;
  let recipients = 0;
  let bytes = 0;
  let firstAt: number | null = null;
  let lastAt: number | null = null;
  const accepted = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      // The headers come first: a few KB are enough to find the Message-ID.
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (head.length < 8192) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        messages++;
        recipients += session.envelope.rcptTo.length;
        lastAt = Date.now();
        firstAt ??= lastAt;
        const id = DELIVERY_MESSAGE_ID.exec(head)?.[1];
        if (id && !accepted.has(id)) accepted.set(id, lastAt);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    counts: () => ({ messages, recipients, bytes, firstAt, lastAt }),
    acceptedAt: (id) => accepted.get(id),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
