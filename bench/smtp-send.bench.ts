// What handing rendered alerts and digests to SMTP costs the sender's CPU: MailTransport (the
// message built whole, then written to the connection in one chunk) against nodemailer's SMTP pool
// as it comes (each base64 line of the message written to the socket on its own), the same
// messages, to one counting sink in a child process (so its CPU is not the sender's).
//   cpu ms / message   this process's user+system CPU per message sent, median over rounds
//   writes / message   chunks the connection wrote to its socket per message
// Run: npm run bench:smtp -- [--rounds 9] [--messages 200]
// Prints a table and writes bench/results/smtp-send-<ts>.json.
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import Mail from 'nodemailer/lib/mailer';
import SMTPPool from 'nodemailer/lib/smtp-pool';
import { loadConfig, testEnvironment } from '@app/config';
import { MailTransport } from '../libs/notify/src/email/mail-transport';
import { renderAlertEmail } from '../libs/notify/src/email/render-alert-email';
import { type Kind, modelOf, notices } from './message-models';

const REPO_ROOT = resolve(__dirname, '..');
const POOL = 5;

type Sender = (m: { to: string; subject: string; html: string; text: string }) => Promise<unknown>;

/** The counting sink in a child process; resolves to its port. */
function startSink(): Promise<{ port: number; stop: () => void }> {
  const child = fork(join(__dirname, 'smtp-sink.child.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((res, rej) => {
    child.once('message', (m: { port: number }) => res({ port: m.port, stop: () => child.kill() }));
    child.once('error', rej);
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '9' }, messages: { type: 'string', default: '200' } } });
  const rounds = Number(values.rounds);
  const messages = Number(values.messages);
  const sink = await startSink();
  const url = `smtp://127.0.0.1:${sink.port}`;
  const config = loadConfig(testEnvironment({ SMTP_URL: url, SMTP_POOL_SIZE: String(POOL) }));
  const ours = new MailTransport(config);
  const options = { url, pool: true as const, maxConnections: POOL };
  const plain = new Mail(new SMTPPool(options), options);
  const senders: Record<string, Sender> = {
    'nodemailer pool as is': (m) => plain.sendMail({ from: config.mail.from, ...m, textEncoding: 'base64' }),
    'MailTransport (one chunk)': (m) => ours.send(m),
  };
  // Socket writes, counted for every connection this process makes while a sender runs.
  let writes = 0;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with apply on each socket, and put back after
  const write = Socket.prototype.write;
  Socket.prototype.write = function (this: Socket, ...args: Parameters<Socket['write']>) {
    writes++;
    return write.apply(this, args);
  } as Socket['write'];

  const pool = notices();
  const load = { before: loadavg()[0], after: 0 };
  const samples: Record<string, { cpu: number[]; writes: number[] }> = {};
  const bar = new SingleBar({ format: 'rounds {bar} {value}/{total}' });
  bar.start(rounds, 0);
  // One round unrecorded first (JIT, connections); then the senders take turns, so a busy spell on
  // a shared machine falls on both.
  for (let round = -1; round < rounds; round++) {
    for (const kind of ['digest', 'instant'] as Kind[]) {
      const rendered = await Promise.all(
        Array.from({ length: messages }, (_, n) => renderAlertEmail(modelOf(kind, pool, round * messages + n + 1000))),
      );
      for (const [name, send] of Object.entries(senders)) {
        const key = `${kind}: ${name}`;
        samples[key] ??= { cpu: [], writes: [] };
        writes = 0;
        const cpu = process.cpuUsage();
        // As many in flight as the pool has connections, as the sender hands them over.
        for (let i = 0; i < rendered.length; i += POOL) {
          await Promise.all(
            rendered
              .slice(i, i + POOL)
              .map((r, j) => send({ to: `m${i + j}@example.test`, subject: r.subject, html: r.html, text: r.text })),
          );
        }
        const used = process.cpuUsage(cpu);
        if (round >= 0) {
          samples[key].cpu.push((used.user + used.system) / 1000 / messages);
          samples[key].writes.push(writes / messages);
        }
      }
    }
    if (round >= 0) bar.increment();
  }
  bar.stop();
  load.after = loadavg()[0];
  Socket.prototype.write = write;
  ours.onModuleDestroy();
  plain.close();
  sink.stop();

  const rows = Object.entries(samples).map(([key, s]) => ({
    messages: key,
    'cpu ms / message': median(s.cpu).toFixed(3),
    'writes / message': median(s.writes).toFixed(1),
  }));
  const ratio = (kind: Kind) =>
    median(samples[`${kind}: nodemailer pool as is`].cpu) / median(samples[`${kind}: MailTransport (one chunk)`].cpu);
  console.table(rows);
  console.log(
    `as is / one chunk: digest ${ratio('digest').toFixed(2)}×, instant ${ratio('instant').toFixed(2)}×; medians of ${rounds} rounds × ${messages} messages; load average ${load.before.toFixed(1)} → ${load.after.toFixed(1)}`,
  );
  const dir = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `smtp-send-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ rounds, messages, pool: POOL, load, samples, rows }, null, 2));
  console.log(`written ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
