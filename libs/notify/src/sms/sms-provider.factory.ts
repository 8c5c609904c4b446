import { ConfigError, type AppConfig } from '@app/config';
import { AliyunSmsProvider } from './aliyun-sms-provider';
import { LogSmsProvider } from './log-sms-provider';
import type { SmsProvider } from './sms-provider';
import { TencentSmsProvider } from './tencent-sms-provider';

function required(value: string | undefined, name: string, provider: string): string {
  if (!value) throw new ConfigError([`${name}: required when SMS_PROVIDER=${provider}`]);
  return value;
}

/** The provider named by config.sms.provider; a real provider without credentials stops the boot. */
export function createSmsProvider(config: AppConfig): SmsProvider {
  const sms = config.sms;
  switch (sms.provider) {
    case 'aliyun':
      return new AliyunSmsProvider({
        endpoint: sms.endpoint,
        accessKeyId: required(sms.accessKeyId, 'SMS_ACCESS_KEY_ID', 'aliyun'),
        accessKeySecret: required(sms.accessKeySecret, 'SMS_ACCESS_KEY_SECRET', 'aliyun'),
        signName: sms.signName,
      });
    case 'tencent':
      return new TencentSmsProvider({
        endpoint: sms.endpoint,
        secretId: required(sms.accessKeyId, 'SMS_ACCESS_KEY_ID', 'tencent'),
        secretKey: required(sms.accessKeySecret, 'SMS_ACCESS_KEY_SECRET', 'tencent'),
        sdkAppId: required(sms.sdkAppId, 'SMS_SDK_APP_ID', 'tencent'),
        signName: sms.signName,
      });
    case 'log':
    default:
      return new LogSmsProvider();
  }
}
