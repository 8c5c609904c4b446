import { createTransport } from 'nodemailer';
import { startSmtpTestServer, type SmtpTestServer } from './smtp-test-server';

describe('startSmtpTestServer', () => {
  let smtp: SmtpTestServer;
  const transport = () => createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
  });
  afterEach(() => smtp.clear());
  afterAll(() => smtp.close());

  it('receives and parses a nodemailer message', async () => {
    const info = await transport().sendMail({
      from: '标讯订阅 <alerts@example.com>',
      to: 'member@example.com',
      subject: '【标讯订阅】3月5日 2条新标讯',
      text: '纯文本',
      html: '<p>网页</p>',
      headers: { 'List-Unsubscribe': '<https://example.com/u/1>' },
    });
    expect(info.response).toMatch(/^250 /);
    const [m] = await smtp.waitForMessages(1, 2000);
    expect(m.envelope).toEqual({ from: 'alerts@example.com', to: ['member@example.com'] });
    expect(m.from).toContain('alerts@example.com');
    expect(m.to).toBe('member@example.com');
    expect(m.subject).toBe('【标讯订阅】3月5日 2条新标讯');
    expect(m.text.trim()).toBe('纯文本');
    expect(m.html).toContain('<p>网页</p>');
    expect(m.headers['list-unsubscribe']).toBe('<https://example.com/u/1>');
  });

  it('waitForMessages times out with a count', async () => {
    await expect(smtp.waitForMessages(1, 50)).rejects.toThrow(/got 0/);
  });

  it('failNext replies with the given code at RCPT, then accepts again', async () => {
    smtp.failNext(451, 'try again later', 1);
    await expect(transport().sendMail({ from: 'a@example.com', to: 'b@example.com', text: 'x' })).rejects.toMatchObject({
      responseCode: 451,
    });
    await transport().sendMail({ from: 'a@example.com', to: 'b@example.com', subject: 'ok', text: 'x' });
    expect(smtp.messages.map((m) => m.subject)).toEqual(['ok']);
  });

  it('failNext at DATA replies after the body, for count messages', async () => {
    smtp.failNext(550, 'mailbox unavailable', 2, 'data');
    const t = transport();
    for (let i = 0; i < 2; i++) {
      await expect(t.sendMail({ from: 'a@example.com', to: 'b@example.com', text: 'x' })).rejects.toMatchObject({
        responseCode: 550,
        command: 'DATA',
      });
    }
    await t.sendMail({ from: 'a@example.com', to: 'b@example.com', text: 'x' });
    expect(smtp.messages).toHaveLength(1);
  });

  it('fails each message of a pooled connection in turn, and stopFailing ends failures scripted for any count', async () => {
    // One connection for all: after a refused RCPT the next MAIL FROM is a message of its own.
    const pooled = createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true, pool: true, maxConnections: 1 });
    try {
      await pooled.sendMail({ from: 'a@example.com', to: 'b@example.com', subject: 'before', text: 'x' });
      smtp.failNext(451, 'try again later', Infinity);
      for (let i = 0; i < 3; i++)
        await expect(pooled.sendMail({ from: 'a@example.com', to: ['b@example.com', 'c@example.com'], text: 'x' })).rejects.toMatchObject({
          responseCode: 451,
          rejected: ['b@example.com', 'c@example.com'],
        });
      smtp.stopFailing();
      await pooled.sendMail({ from: 'a@example.com', to: 'b@example.com', subject: 'after', text: 'x' });
      expect(smtp.messages.map((m) => m.subject)).toEqual(['before', 'after']);
    } finally {
      pooled.close();
    }
  });

  it('dropNext cuts the connection after the body without a reply', async () => {
    smtp.dropNext('data');
    await expect(transport().sendMail({ from: 'a@example.com', to: 'b@example.com', text: 'x' })).rejects.toMatchObject({
      code: 'ECONNECTION',
    });
    expect(smtp.messages).toHaveLength(0);
  });
});
