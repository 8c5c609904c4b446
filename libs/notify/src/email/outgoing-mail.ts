/** A message for MailTransport.send. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. from listUnsubscribeHeaders(). */
  headers?: Record<string, string>;
  /** Defaults to config.mail.from. */
  from?: string;
  /** A Message-ID of our own (with angle brackets), e.g. derived from the delivery id. */
  messageId?: string;
  /** e.g. an .ics calendar file. */
  attachments?: Array<{ filename: string; content: string; contentType: string }>;
}

export interface SentMail {
  messageId: string;
  /** The server's final reply, e.g. "250 2.0.0 Ok: queued as 4F3C…". */
  response: string;
}
