import { createServer, type AddressInfo } from 'node:net';
import { createHash, createPublicKey, createVerify, type KeyObject } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { loadConfig, testEnvironment } from '@app/config';
import { rsaTestKey, startSmtpTestServer, type SmtpTestServer } from '@app/testing';
import { listUnsubscribeHeaders } from './list-unsubscribe';
import { MailSendError } from './mail-send.errors';
import { MailTransport } from './mail-transport';

describe('MailTransport (SMTP test server)', () => {
  let smtp: SmtpTestServer;
  let transport: MailTransport;
  const make = (env: Record<string, string> = {}) => new MailTransport(loadConfig(testEnvironment({ SMTP_URL: smtp.url, ...env })));
  const message = { to: 'member@example.com', subject: '【标讯订阅】测试', text: '纯文本', html: '<p>网页</p>' };
  const failure = (p: Promise<unknown>) =>
    p.then(
      () => {
        throw new Error('expected a failure');
      },
      (e: MailSendError) => e,
    );

  beforeAll(async () => {
    Logger.overrideLogger(false);
    smtp = await startSmtpTestServer();
  });
  beforeEach(() => {
    smtp.clear();
    transport = make();
  });
  afterEach(() => transport.onModuleDestroy());
  afterAll(() => smtp.close());

  it('sends from config.mail.from and returns messageId and response', async () => {
    const sent = await transport.send({
      ...message,
      headers: listUnsubscribeHeaders('https://x.example/u/abc', 'mailto:unsubscribe@x.example?subject=abc'),
    });
    expect(sent.messageId).toMatch(/^<.+>$/);
    expect(sent.response).toMatch(/^250 /);
    const [m] = await smtp.waitForMessages(1);
    expect(m.from).toContain('alerts@tender-alerts.local');
    expect(m.subject).toBe('【标讯订阅】测试');
    expect(m.headers['message-id']).toBe(sent.messageId);
    expect(m.headers['list-unsubscribe']).toBe('<https://x.example/u/abc>, <mailto:unsubscribe@x.example?subject=abc>');
    expect(m.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  });

  it('encodes the text and HTML parts as base64, which decode to the Chinese sent', async () => {
    const html = `<p>${'渝中区道路改造工程施工招标公告，投标截止时间：2026年3月20日。'.repeat(20)}</p>`;
    // Mostly ASCII with some Chinese: left to choose, nodemailer would take quoted-printable here.
    const text = 'Deadline 2026-03-20 09:00 (UTC+8), budget 3,500,000 yuan, see https://tenders.example/b/123 — 道路';
    await transport.send({ ...message, text, html });
    const [m] = await smtp.waitForMessages(1);
    const raw = m.raw.toString('latin1');
    expect(raw.match(/Content-Transfer-Encoding: base64/gi)).toHaveLength(2);
    expect(raw).not.toMatch(/quoted-printable/i);
    expect(m.html).toBe(html);
    expect(m.text?.trim()).toBe(text);
  });

  it('451 at RCPT → retry', async () => {
    smtp.failNext(451, '4.7.1 try again later');
    const e = await failure(transport.send(message));
    expect(e).toBeInstanceOf(MailSendError);
    expect(e.kind).toBe('retry');
    expect(e.details).toMatchObject({ responseCode: 451, bodyStarted: false, bounce: false });
  });

  it('550 at RCPT → permanent, a bounce', async () => {
    smtp.failNext(550, '5.1.1 mailbox unavailable');
    const e = await failure(transport.send(message));
    expect(e.kind).toBe('permanent');
    expect(e.details).toMatchObject({ responseCode: 550, bounce: true });
  });

  it('451 after DATA → retry; 552 after DATA → permanent', async () => {
    smtp.failNext(451, 'local error', 1, 'data');
    expect((await failure(transport.send(message))).kind).toBe('retry');
    smtp.failNext(552, 'too big', 1, 'data');
    const e = await failure(transport.send(message));
    expect(e.kind).toBe('permanent');
    expect(e.details).toMatchObject({ bodyStarted: true, bounce: false });
    smtp.failNext(550, '5.1.1 no such user', 1, 'data');
    expect((await failure(transport.send(message))).details).toMatchObject({ responseCode: 550, bounce: true });
  });

  it('connection cut after the body was sent → unknown (must not be resent)', async () => {
    await transport.send(message); // a warm, reused pool connection too
    smtp.dropNext('data');
    const e = await failure(transport.send(message));
    expect(e.kind).toBe('unknown');
    expect(e.details.bodyStarted).toBe(true);
  });

  it('connection cut at RCPT on a fresh connection → retry', async () => {
    smtp.dropNext('rcpt');
    const e = await failure(transport.send(message));
    expect(e.kind).toBe('retry');
    expect(e.details.bodyStarted).toBe(false);
  });

  it('connection refused → retry', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const refused = make({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    try {
      const e = await failure(refused.send(message));
      expect(e.kind).toBe('retry');
    } finally {
      refused.onModuleDestroy();
    }
  });

  it('DKIM-signs with List-Unsubscribe and List-Unsubscribe-Post covered', async () => {
    const privateKey = rsaTestKey();
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const signed = make({ DKIM_DOMAIN: 'tender-alerts.local', DKIM_SELECTOR: 'mail', DKIM_PRIVATE_KEY: pem.replace(/\n/g, '\\n') });
    try {
      await signed.send({ ...message, headers: listUnsubscribeHeaders('https://x.example/u/abc', 'mailto:u@x.example') });
      const [m] = await smtp.waitForMessages(1);
      const result = verifyDkim(m.raw, createPublicKey(privateKey));
      expect(result.domain).toBe('tender-alerts.local');
      expect(result.signedHeaders).toEqual(expect.arrayContaining(['list-unsubscribe', 'list-unsubscribe-post', 'from', 'subject', 'to']));
      expect(result.valid).toBe(true);
      const tampered = Buffer.from(m.raw.toString('latin1').replace('https://x.example/u/abc', 'https://evil.example/u/abc'), 'latin1');
      expect(verifyDkim(tampered, createPublicKey(privateKey)).valid).toBe(false);
    } finally {
      signed.onModuleDestroy();
    }
  });
});

/** An independent relaxed/relaxed DKIM check (RFC 6376 §3.4), so the test does not trust nodemailer's signer. */
function verifyDkim(raw: Buffer, publicKey: KeyObject): { domain: string; signedHeaders: string[]; valid: boolean } {
  const text = raw.toString('latin1');
  const split = text.indexOf('\r\n\r\n');
  const fields = text.slice(0, split).split(/\r\n(?![ \t])/);
  const relaxed = (field: string) => {
    const i = field.indexOf(':');
    return `${field.slice(0, i).trim().toLowerCase()}:${field
      .slice(i + 1)
      .replace(/\r\n/g, '')
      .replace(/[ \t]+/g, ' ')
      .trim()}`;
  };
  const sigField = fields.find((f) => /^dkim-signature:/i.test(f))!;
  const tags = Object.fromEntries(
    sigField
      .slice(sigField.indexOf(':') + 1)
      .split(';')
      .map((t) => t.trim())
      .filter(Boolean)
      .map((t) => [t.slice(0, t.indexOf('=')), t.slice(t.indexOf('=') + 1).replace(/\s+/g, '')]),
  );
  const signedHeaders = tags.h.toLowerCase().split(':');
  // Repeated names are taken from the bottom up.
  const pool = fields.filter((f) => f !== sigField);
  const picked = signedHeaders.map((name) => {
    const idx = pool.map((f) => f.slice(0, f.indexOf(':')).trim().toLowerCase()).lastIndexOf(name);
    return idx < 0 ? null : pool.splice(idx, 1)[0];
  });
  const data =
    picked
      .filter((f): f is string => !!f)
      .map((f) => `${relaxed(f)}\r\n`)
      .join('') + relaxed(sigField).replace(/b=[^;]*$/, 'b=');
  const bodyLines = text
    .slice(split + 4)
    .split('\r\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').replace(/ $/, ''));
  while (bodyLines.length && bodyLines[bodyLines.length - 1] === '') bodyLines.pop();
  const body = bodyLines.length ? `${bodyLines.join('\r\n')}\r\n` : '';
  const bodyOk = createHash('sha256').update(body, 'latin1').digest('base64') === tags.bh;
  const sigOk = createVerify('RSA-SHA256').update(data, 'latin1').verify(publicKey, tags.b, 'base64');
  return { domain: tags.d, signedHeaders, valid: bodyOk && sigOk };
}
