import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CountingSmtp {
  url: string;
  /** Messages accepted, and recipients over all of them. */
  counts(): { messages: number; recipients: number; firstAt: number | null; lastAt: number | null };
  close(): Promise<void>;
}

/** An SMTP sink that accepts everything and only counts: the cheapest peer a sender can have. */
export async function startCountingSmtp(): Promise<CountingSmtp> {
  let messages = 0;
  let recipients = 0;
  let firstAt: number | null = null;
  let lastAt: number | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        messages++;
        recipients += session.envelope.rcptTo.length;
        lastAt = Date.now();
        firstAt ??= lastAt;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    counts: () => ({ messages, recipients, firstAt, lastAt }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
