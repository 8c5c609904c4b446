import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { MailTransport } from '../email/mail-transport';
import { SmsProvider } from '../sms/sms-provider';
import { passwordResetMessage, verifyEmailMessage } from './account-messages';

/** Account emails and SMS codes (verification, password reset, phone binding). */
@Injectable()
export class AccountNotifier {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailTransport,
    private readonly sms: SmsProvider,
  ) {}

  /** Sends the 邮箱验证 link. Throws MailSendError. */
  async verifyEmail(to: string, link: string): Promise<void> {
    await this.mail.send({ to, ...verifyEmailMessage(link) });
  }

  /** Sends the 重置密码 link. Throws MailSendError. */
  async passwordReset(to: string, link: string): Promise<void> {
    await this.mail.send({ to, ...passwordResetMessage(link) });
  }

  /** Sends a 验证码 by SMS (template variable `code`). Throws SmsError. */
  async phoneCode(phone: string, code: string): Promise<void> {
    await this.sms.send({ phone, templateCode: this.config.sms.codeTemplateCode, params: { code } });
  }
}
