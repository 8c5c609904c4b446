import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AccountNotifier } from './account/account-notifier';
import { AlertEmailRenderer } from './email/alert-email-renderer';
import { MailTransport } from './email/mail-transport';
import { SmsProvider } from './sms/sms-provider';
import { createSmsProvider } from './sms/sms-provider.factory';

/** Email and SMS channels. Needs the global AppConfigModule (APP_CONFIG). */
@Module({
  providers: [
    MailTransport,
    AccountNotifier,
    AlertEmailRenderer,
    { provide: SmsProvider, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createSmsProvider(config) },
  ],
  exports: [MailTransport, AccountNotifier, AlertEmailRenderer, SmsProvider],
})
export class NotifyModule {}
