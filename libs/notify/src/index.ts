export * from './notify.module';
// email
export * from './email/mail-transport';
export * from './email/mail-send.errors';
export * from './email/classify-smtp-error';
export * from './email/outgoing-mail';
export * from './email/dkim-options';
export * from './email/list-unsubscribe';
export * from './email/alert-email-model';
export * from './email/render-alert-email';
export * from './email/alert-email-renderer';
export * from './email/escape-html';
// compose
export * from './compose/alert-composer.service';
export * from './compose/channel-composer.service';
// account
export * from './account/account-notifier';
export * from './account/account-messages';
// sms
export * from './sms/sms-provider';
export * from './sms/sms.errors';
export * from './sms/log-sms-provider';
export * from './sms/aliyun-sms-provider';
export * from './sms/tencent-sms-provider';
export * from './sms/sms-provider.factory';
export * from './sms/cn-mobile';
export * from './sms/alert-sms';
export * from './sms/follow-sms';
export * from './sms/quiet-hours';
// webhooks and chat robots
export * from './webhooks';
// feeds
export * from './feeds/atom-feed';
// wechat
export * from './wechat';
export * from './reminders/reminder-message';
