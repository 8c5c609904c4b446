import { Global, Module } from '@nestjs/common';
import { type AppConfig, loadConfig } from './app-config';
import { SecretCipher } from './secret-cipher';

/** Injection token for the validated AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');

export const secretCipherOf = (config: AppConfig): SecretCipher =>
  new SecretCipher(config.secrets.encryptionKey, config.secrets.oldEncryptionKeys);

@Global()
@Module({
  providers: [
    { provide: APP_CONFIG, useFactory: () => loadConfig() },
    { provide: SecretCipher, useFactory: secretCipherOf, inject: [APP_CONFIG] },
  ],
  exports: [APP_CONFIG, SecretCipher],
})
export class AppConfigModule {}
