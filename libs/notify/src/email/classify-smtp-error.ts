import { MailSendError, type SmtpErrorLike, type SmtpFailureKind } from './mail-send.errors';

// Failures of our own set-up (credentials, TLS, config): the message is fine, an operator must act.
const OPERATOR_CODES = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2', 'ETLS', 'EREQUIRETLS', 'ECONFIG', 'EPROXY', 'EDNS']);
// The message itself cannot be sent as built; resending the same bytes fails the same way.
const MESSAGE_CODES = new Set(['EENVELOPE', 'EMESSAGE', 'EMAXRECIPIENTS', 'ESTREAM', 'EFILEACCESS', 'EURLACCESS', 'EOTP']);
// Errors that can only happen before a single byte of the message left us.
const BEFORE_SEND = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const BEFORE_SEND_TIMEOUTS = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT']);

/**
 * Classifies a failed SMTP send:
 * - `retry`: 4xx replies, operator-side failures, and connection failures before the body was sent;
 * - `permanent`: 5xx replies (except 503, a session-state error) and messages that cannot be built;
 * - `unknown`: the connection failed or timed out after the body started — the server may have
 *   accepted the message, so it must not be resent.
 * Errors from MailTransport carry whether the body started; for a bare nodemailer error without that
 * mark, a connection failure counts as `unknown` unless it clearly happened before sending.
 */
export function classifySmtpError(err: unknown): SmtpFailureKind {
  if (err instanceof MailSendError) return err.kind;
  if (!err || typeof err !== 'object') return 'retry';
  const e = err as SmtpErrorLike;
  const code = e.code ?? '';
  if (typeof e.responseCode === 'number' && e.responseCode >= 400) {
    if (code === 'EAUTH' || e.command?.startsWith('AUTH')) return 'retry';
    if (e.responseCode < 500) return 'retry';
    return e.permanent === false ? 'retry' : 'permanent';
  }
  if (OPERATOR_CODES.has(code)) return 'retry';
  if (MESSAGE_CODES.has(code)) return 'permanent';
  if (e.bodyStarted === true) return 'unknown';
  if (e.bodyStarted === false) return 'retry';
  if (BEFORE_SEND.has(e.originalCode ?? code) || BEFORE_SEND_TIMEOUTS.has(e.timeoutType ?? '')) return 'retry';
  return 'unknown';
}
