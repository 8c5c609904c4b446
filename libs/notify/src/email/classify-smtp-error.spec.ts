import { classifySmtpError } from './classify-smtp-error';
import { MailSendError } from './mail-send.errors';

describe('classifySmtpError', () => {
  const err = (fields: Record<string, unknown>) => Object.assign(new Error('x'), fields);

  it.each([
    [{ code: 'EENVELOPE', responseCode: 451, command: 'RCPT TO' }, 'retry'],
    [{ code: 'EMESSAGE', responseCode: 452, command: 'DATA', bodyStarted: true }, 'retry'],
    [{ code: 'EENVELOPE', responseCode: 421, command: 'MAIL FROM' }, 'retry'],
    [{ code: 'EENVELOPE', responseCode: 550, permanent: true, command: 'RCPT TO' }, 'permanent'],
    [{ code: 'EMESSAGE', responseCode: 554, command: 'DATA', bodyStarted: true }, 'permanent'],
    [{ code: 'EPROTOCOL', responseCode: 503, permanent: false, command: 'DATA' }, 'retry'],
    [{ code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN' }, 'retry'],
    [{ code: 'ECONNECTION', command: 'CONN', bodyStarted: true }, 'unknown'],
    [{ code: 'ETIMEDOUT', timeoutType: 'SOCKET_TIMEOUT', bodyStarted: true }, 'unknown'],
    [{ code: 'ECONNECTION', command: 'CONN', bodyStarted: false }, 'retry'],
    [{ code: 'ESOCKET', originalCode: 'ECONNREFUSED', command: 'CONN' }, 'retry'],
    [{ code: 'ETIMEDOUT', timeoutType: 'GREETING_TIMEOUT' }, 'retry'],
    [{ code: 'ECONNECTION', command: 'CONN' }, 'unknown'],
    [{ code: 'EENVELOPE', command: 'API' }, 'permanent'],
    [{ code: 'ETLS' }, 'retry'],
  ])('%j → %s', (fields, kind) => {
    expect(classifySmtpError(err(fields))).toBe(kind);
  });

  it('passes a MailSendError through', () => {
    const e = new MailSendError('x', 'unknown', { bodyStarted: true, bounce: false });
    expect(classifySmtpError(e)).toBe('unknown');
    expect(e.code).toBe('MAIL_UNKNOWN');
  });

  it('treats a non-error as retryable', () => {
    expect(classifySmtpError(undefined)).toBe('retry');
  });
});
