import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { SmsProvider, type SmsMessage, type SmsSendResult } from './sms-provider';

/** Development provider: logs the message instead of sending it. */
export class LogSmsProvider extends SmsProvider {
  readonly name = 'log';
  private readonly logger = new Logger('SmsProvider');

  async send(message: SmsMessage): Promise<SmsSendResult> {
    const providerMessageId = `log-${randomUUID()}`;
    // The phone is masked; params stay readable so a developer can use a login code.
    const phone = message.phone.replace(/^(.*\d{3})\d{4}(\d{4})$/, '$1****$2');
    this.logger.log({
      msg: 'sms (log provider, not sent)',
      providerMessageId,
      phone,
      templateCode: message.templateCode,
      params: message.params,
    });
    return { providerMessageId };
  }
}
