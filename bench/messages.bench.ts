// What one alert or digest email costs the sender's CPU, with no database or SMTP server involved:
//   view      buildAlertView: grouping, numbering, highlighting, dates, amounts
//   render    renderAlertEmail in full: the view, then the compiled layout filled (HTML and text)
//   mime      the rendered message as nodemailer builds it for SMTP (base64 parts, as MailTransport sends)
//   plain     the floor: the same notices' titles and snippets escaped into a bare list, no layout
// for a digest (50 notices shown in three subscriptions' sections) and an instant alert (3 notices).
// Notices come from the demo feed (the project's own text); hits are words of the feed's titles.
// Run: npm run bench:messages -- [--rounds 15] [--messages 40]
// Prints a table of medians (ms per message) and writes bench/results/messages-<ts>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { AlertEmailModel } from '../libs/notify/src/email/alert-email-model';
import { buildAlertView } from '../libs/notify/src/email/alert-email-view';
import { escapeHtml } from '../libs/notify/src/email/escape-html';
import { renderAlertEmail } from '../libs/notify/src/email/render-alert-email';
import { type Kind, modelOf, notices } from './message-models';

const REPO_ROOT = resolve(__dirname, '..');
type Step = 'view' | 'render' | 'mime' | 'plain';
const STEPS: Step[] = ['view', 'render', 'mime', 'plain'];

/** The floor: titles and snippets escaped into a list, nothing else. */
function plain(model: AlertEmailModel): string {
  const items = Object.values(model.bulletins).map(
    (b) => `<li><a href="${escapeHtml(b.url ?? '')}">${escapeHtml(b.title)}</a><p>${escapeHtml(b.snippet)}</p></li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

async function mime(model: AlertEmailModel): Promise<number> {
  const r = await renderAlertEmail(model);
  const raw = await new MailComposer({
    from: 'alerts@tenders.example',
    to: model.member.email,
    subject: r.subject,
    html: r.html,
    text: r.text,
    textEncoding: 'base64',
  })
    .compile()
    .build();
  return raw.length;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function timed(messages: number, fn: (n: number) => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  for (let n = 0; n < messages; n++) await fn(n);
  return Number(process.hrtime.bigint() - start) / 1e6 / messages;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '15' }, messages: { type: 'string', default: '40' } } });
  const rounds = Number(values.rounds);
  const messages = Number(values.messages);
  const pool = notices();
  const load = { before: loadavg()[0], after: 0 };
  const sizes: Record<Kind, { html: number; mime: number }> = { digest: { html: 0, mime: 0 }, instant: { html: 0, mime: 0 } };
  const samples: Record<Kind, Record<Step, number[]>> = {
    digest: { view: [], render: [], mime: [], plain: [] },
    instant: { view: [], render: [], mime: [], plain: [] },
  };
  const step: Record<Step, (m: AlertEmailModel) => unknown> = {
    view: (m) => buildAlertView(m),
    render: (m) => renderAlertEmail(m),
    mime: (m) => mime(m),
    plain: (m) => plain(m),
  };
  for (const kind of ['digest', 'instant'] as Kind[]) {
    const m = modelOf(kind, pool, 0);
    sizes[kind] = { html: Buffer.byteLength((await renderAlertEmail(m)).html), mime: await mime(m) };
  }
  const bar = new SingleBar({ format: 'rounds {bar} {value}/{total}' });
  bar.start(rounds, 0);
  // One round unrecorded first (JIT, caches); then the steps take turns, so a busy spell on a shared
  // machine falls on all of them.
  for (let round = -1; round < rounds; round++) {
    for (const kind of ['digest', 'instant'] as Kind[]) {
      const models = Array.from({ length: messages }, (_, n) => modelOf(kind, pool, round * messages + n + 1000));
      for (const s of STEPS) {
        const ms = await timed(messages, (n) => step[s](models[n]));
        if (round >= 0) samples[kind][s].push(ms);
      }
    }
    if (round >= 0) bar.increment();
  }
  bar.stop();
  load.after = loadavg()[0];

  const rows = (['digest', 'instant'] as Kind[]).map((kind) => {
    const med = Object.fromEntries(STEPS.map((s) => [s, median(samples[kind][s])])) as Record<Step, number>;
    return {
      message: kind === 'digest' ? 'digest (50 notices)' : 'instant (3 notices)',
      'view ms': med.view.toFixed(3),
      'render ms': med.render.toFixed(3),
      'fill ms (render − view)': (med.render - med.view).toFixed(3),
      'mime ms (render + build)': med.mime.toFixed(3),
      'plain ms': med.plain.toFixed(3),
      'render / plain': (med.render / med.plain).toFixed(1),
      'html KB': (sizes[kind].html / 1024).toFixed(1),
      'message KB': (sizes[kind].mime / 1024).toFixed(1),
    };
  });
  console.table(rows);
  console.log(`medians of ${rounds} rounds × ${messages} messages; load average ${load.before.toFixed(1)} → ${load.after.toFixed(1)}`);
  const dir = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `messages-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ rounds, messages, load, sizes, samples, rows }, null, 2));
  console.log(`written ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
