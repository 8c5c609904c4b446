import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerError, type SMTPServerSession } from 'smtp-server';

/** One message as the test SMTP server received and parsed it. */
export interface ReceivedMail {
  /** SMTP envelope: MAIL FROM and every accepted RCPT TO. */
  envelope: { from: string; to: string[] };
  /** The From header as text, e.g. `标讯订阅 <alerts@example.com>`. */
  from: string;
  /** The To header as text. */
  to: string;
  subject: string;
  text: string;
  /** '' when the message has no HTML part. */
  html: string;
  /** Lower-case header name → unfolded raw value of its first occurrence (still MIME-encoded). */
  headers: Record<string, string>;
  /** The message exactly as received. */
  raw: Buffer;
  /** Everything mailparser found (decoded headers map, attachments…). */
  parsed: ParsedMail;
}

/** Where a scripted failure hits: the RCPT TO reply or the reply after the message body. */
export type SmtpFailStage = 'rcpt' | 'data';

export interface SmtpTestServerOptions {
  /** Largest message accepted, in bytes (advertised with SIZE). */
  size?: number;
}

export interface SmtpTestServer {
  port: number;
  host: string;
  /** smtp://host:port, ready for SMTP_URL. */
  url: string;
  /** Every message accepted so far, in arrival order. */
  messages: ReceivedMail[];
  /** Resolves with `messages` once at least n have arrived; rejects after timeoutMs. */
  waitForMessages(n: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Forgets received messages and scripted failures. */
  clear(): void;
  /**
   * Replies `code message` (e.g. 451 or 550) to the next `count` messages, at RCPT TO (default:
   * every recipient of the transaction) or after the DATA body. Failed messages are not collected.
   */
  failNext(code: number, message: string, count?: number, stage?: SmtpFailStage): void;
  /** Forgets the scripted failures and drops not used yet; the messages received are kept. */
  stopFailing(): void;
  /**
   * Cuts the connection without a reply for the next `count` messages: at RCPT TO, or after the
   * whole body was received (stage 'data', the default) — the client cannot know if it was accepted.
   */
  dropNext(stage?: SmtpFailStage, count?: number): void;
  /** Runs `hook` when the next message is stored, before the 250 reply goes out. */
  beforeNextAccept(hook: () => void | Promise<void>): void;
  close(): Promise<void>;
}

interface Script {
  kind: 'fail' | 'drop';
  stage: SmtpFailStage;
  remaining: number;
  code: number;
  message: string;
}

function addressText(a: AddressObject | AddressObject[] | undefined): string {
  if (!a) return '';
  return (Array.isArray(a) ? a : [a]).map((x) => x.text).join(', ');
}

function rawHeaders(parsed: ParsedMail): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) {
    if (key in out) continue;
    out[key] = line
      .slice(line.indexOf(':') + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim();
  }
  return out;
}

/**
 * An in-process SMTP server on 127.0.0.1 and a random port (no auth, no TLS) that parses and keeps
 * every message, with scripted 4xx/5xx replies and dropped connections for failure tests.
 */
export async function startSmtpTestServer(opts: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let scripts: Script[] = [];
  let acceptHook: (() => void | Promise<void>) | null = null;
  // The script chosen for a message applies to all its recipients and its DATA. A message is one
  // MAIL FROM: smtp-server numbers a session's transactions only when a DATA completes, so after a
  // refused RCPT the next message on a pooled connection would otherwise look like the same one.
  const chosen = new Map<string, Script | null>();
  const mailFroms = new Map<string, number>();

  const scriptFor = (session: SMTPServerSession, stage: SmtpFailStage): Script | null => {
    const key = `${session.id}:${mailFroms.get(session.id) ?? 0}`;
    if (!chosen.has(key)) {
      const next = scripts.find((s) => s.remaining > 0) ?? null;
      if (next) next.remaining -= 1;
      scripts = scripts.filter((s) => s.remaining > 0);
      chosen.set(key, next);
    }
    const s = chosen.get(key) ?? null;
    return s && s.stage === stage ? s : null;
  };

  const smtpError = (s: Script): SMTPServerError => Object.assign(new Error(s.message), { responseCode: s.code });

  const drop = (session: SMTPServerSession): void => {
    for (const conn of server.connections) if (conn.session?.id === session.id) conn._socket.destroy();
  };

  const server: SMTPServer = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: opts.size,
    closeTimeout: 200,
    onMailFrom(_address, session, callback) {
      mailFroms.set(session.id, (mailFroms.get(session.id) ?? 0) + 1);
      callback();
    },
    onRcptTo(_address, session, callback) {
      const s = scriptFor(session, 'rcpt');
      if (s?.kind === 'drop') return drop(session);
      callback(s ? smtpError(s) : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const s = scriptFor(session, 'data');
        if (s?.kind === 'drop') return drop(session);
        if (s) return callback(smtpError(s));
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            messages.push({
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: session.envelope.rcptTo.map((r) => r.address),
              },
              from: addressText(parsed.from),
              to: addressText(parsed.to),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: parsed.html || '',
              headers: rawHeaders(parsed),
              raw,
              parsed,
            });
            const hook = acceptHook;
            acceptHook = null;
            // Reply only once the message is stored, so a resolved send means it is in `messages`.
            void Promise.resolve()
              .then(() => hook?.())
              .finally(() => {
                callback(null, `Message queued as test-${messages.length}`);
                for (const w of waiters) w();
              });
          },
          (err: Error) => callback(Object.assign(err, { responseCode: 554 })),
        );
      });
    },
  });

  const host = '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  server.on('error', () => undefined); // client resets are expected in failure tests
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    host,
    url: `smtp://${host}:${port}`,
    messages,
    waitForMessages(n, timeoutMs = 5000) {
      if (messages.length >= n) return Promise.resolve(messages);
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < n) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(messages);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${n} messages within ${timeoutMs} ms, got ${messages.length}`));
        }, timeoutMs);
        waiters.add(check);
      });
    },
    clear() {
      messages.length = 0;
      scripts = [];
      chosen.clear();
      acceptHook = null;
    },
    failNext(code, message, count = 1, stage = 'rcpt') {
      scripts.push({ kind: 'fail', stage, remaining: count, code, message });
    },
    stopFailing() {
      scripts = [];
    },
    dropNext(stage = 'data', count = 1) {
      scripts.push({ kind: 'drop', stage, remaining: count, code: 0, message: '' });
    },
    beforeNextAccept(hook) {
      acceptHook = hook;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
