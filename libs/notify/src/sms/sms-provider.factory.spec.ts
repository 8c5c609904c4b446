import { ConfigError, loadConfig } from '@app/config';
import { AliyunSmsProvider } from './aliyun-sms-provider';
import { LogSmsProvider } from './log-sms-provider';
import { createSmsProvider } from './sms-provider.factory';
import { TencentSmsProvider } from './tencent-sms-provider';

describe('createSmsProvider', () => {
  const config = (env: Record<string, string>) => loadConfig({ NODE_ENV: 'test', ...env });
  const keys = { SMS_ACCESS_KEY_ID: 'id', SMS_ACCESS_KEY_SECRET: 'secret' };

  it('defaults to the log provider', () => {
    expect(createSmsProvider(config({}))).toBeInstanceOf(LogSmsProvider);
  });

  it('builds the Aliyun and Tencent adapters from config', () => {
    expect(createSmsProvider(config({ SMS_PROVIDER: 'aliyun', ...keys }))).toBeInstanceOf(AliyunSmsProvider);
    expect(createSmsProvider(config({ SMS_PROVIDER: 'tencent', SMS_SDK_APP_ID: '1400006666', ...keys }))).toBeInstanceOf(
      TencentSmsProvider,
    );
  });

  it('refuses a real provider without its credentials, naming the variable', () => {
    expect(() => createSmsProvider(config({ SMS_PROVIDER: 'aliyun' }))).toThrow(ConfigError);
    expect(() => createSmsProvider(config({ SMS_PROVIDER: 'tencent', ...keys }))).toThrow(/SMS_SDK_APP_ID/);
  });
});
