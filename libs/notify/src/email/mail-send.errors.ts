/** What a failed send means for the delivery: try again, give up (bounce), or never resend. */
export type SmtpFailureKind = 'retry' | 'permanent' | 'unknown';

/** The nodemailer error fields the classification reads. */
export interface SmtpErrorLike {
  code?: string;
  responseCode?: number;
  permanent?: boolean;
  command?: string;
  originalCode?: string;
  timeoutType?: string;
  /** Set by MailTransport: whether any byte of the message body had been handed to the server. */
  bodyStarted?: boolean;
}

/** Thrown by MailTransport.send: the nodemailer error, classified. */
export class MailSendError extends Error {
  readonly code: string;
  constructor(
    message: string,
    readonly kind: SmtpFailureKind,
    readonly details: {
      code?: string;
      responseCode?: number;
      command?: string;
      response?: string;
      bodyStarted: boolean;
      /** True when the recipient's server refused this address or message for good (5xx at RCPT TO or DATA). */
      bounce: boolean;
    },
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MailSendError';
    this.code = `MAIL_${kind.toUpperCase()}`;
  }
}
