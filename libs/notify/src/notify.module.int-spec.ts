import { Logger } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { APP_CONFIG, AppConfigModule, loadConfig, testEnvironment } from '@app/config';
import { startSmtpTestServer, type SmtpTestServer } from '@app/testing';
import { AccountNotifier, AlertEmailRenderer, LogSmsProvider, MailTransport, NotifyModule, SmsProvider } from '.';

describe('NotifyModule + AccountNotifier (SMTP test server)', () => {
  let smtp: SmtpTestServer;
  let moduleRef: TestingModule;
  let notifier: AccountNotifier;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    smtp = await startSmtpTestServer();
    moduleRef = await Test.createTestingModule({ imports: [AppConfigModule, NotifyModule] })
      .overrideProvider(APP_CONFIG)
      .useValue(loadConfig(testEnvironment({ SMTP_URL: smtp.url })))
      .compile();
    await moduleRef.init();
    notifier = moduleRef.get(AccountNotifier);
  });
  afterEach(() => smtp.clear());
  afterAll(async () => {
    await moduleRef.close();
    await smtp.close();
  });

  it('provides and exports the channels', () => {
    expect(moduleRef.get(MailTransport)).toBeInstanceOf(MailTransport);
    expect(moduleRef.get(AlertEmailRenderer)).toBeInstanceOf(AlertEmailRenderer);
    expect(moduleRef.get(SmsProvider)).toBeInstanceOf(LogSmsProvider);
  });

  it('verifyEmail sends a short Chinese email with the link in both parts', async () => {
    const link = 'https://tenders.example/verify?token=a&b=<x>';
    await notifier.verifyEmail('new@example.com', link);
    const [m] = await smtp.waitForMessages(1);
    expect(m.envelope.to).toEqual(['new@example.com']);
    expect(m.subject).toBe('【标讯订阅】请验证您的邮箱');
    expect(m.text).toContain(link);
    expect(m.html).toContain('href="https://tenders.example/verify?token&#61;a&amp;b&#61;&lt;x&gt;"');
    expect(m.html).not.toContain('<x>');
  });

  it('passwordReset sends the reset link', async () => {
    await notifier.passwordReset('old@example.com', 'https://tenders.example/reset?t=1');
    const [m] = await smtp.waitForMessages(1);
    expect(m.subject).toBe('【标讯订阅】重置密码');
    expect(m.text).toContain('https://tenders.example/reset?t=1');
    expect(m.text).toContain('如果您没有申请重置密码');
  });

  it('phoneCode goes through the SMS provider with the code as the only variable', async () => {
    const sms = moduleRef.get(SmsProvider);
    const send = jest.spyOn(sms, 'send');
    await notifier.phoneCode('13800138000', '482913');
    expect(send).toHaveBeenCalledWith({ phone: '13800138000', templateCode: 'SMS_000001', params: { code: '482913' } });
    await expect(send.mock.results[0].value).resolves.toEqual({ providerMessageId: expect.stringMatching(/^log-/) });
  });
});
