import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { APP_CONFIG, AppConfig, ConfigError, loadConfig } from '@app/config';
import { ApiModule } from './api.module';
import { configureApp } from './bootstrap/configure-app';

async function bootstrap(): Promise<void> {
  loadConfig(); // fail before anything connects
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true, bodyParser: false });
  const config = app.get<AppConfig>(APP_CONFIG);
  configureApp(app, config);
  await app.listen(config.http.port, config.http.host);
  app.get(ApiModule).announce(config);
}

bootstrap().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
