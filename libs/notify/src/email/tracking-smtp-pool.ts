import type { Readable } from 'node:stream';
import type { SMTPPoolSentMessageInfo } from 'nodemailer';
import type MailMessage from 'nodemailer/lib/mailer/mail-message';
import SMTPPool from 'nodemailer/lib/smtp-pool';
import { wholeMessage } from './whole-message';

type SendCallback = Parameters<SMTPPool['send']>[1];

/**
 * nodemailer's SMTP pool, marking each failure with `bodyStarted`: whether the connection had begun
 * reading the message stream. The stream is piped only after the server answered DATA with 354, so
 * `false` means the server cannot have accepted the message and it is safe to send again.
 */
export class TrackingSmtpPool extends SMTPPool {
  override send(mail: MailMessage<SMTPPoolSentMessageInfo>, callback: SendCallback): boolean {
    let stream: Readable | undefined;
    // Added after nodemailer's own DKIM step: the signed message goes out in one chunk, and the
    // tracker sees the very stream the connection pipes. Both run again if the pool re-queues the
    // message on another connection.
    mail.message.processFunc(wholeMessage);
    mail.message.processFunc((input: Readable) => (stream = input));
    return super.send(mail, (err, info) => {
      if (err) Object.assign(err, { bodyStarted: stream?.readableDidRead === true });
      callback(err, info);
    });
  }
}
