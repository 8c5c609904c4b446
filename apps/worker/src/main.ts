import 'reflect-metadata';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG, AppConfig, ConfigError, loadConfig } from '@app/config';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig(); // fail before anything connects
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  armShutdownBound(app.get<AppConfig>(APP_CONFIG).worker.shutdownTimeoutMs);
  new NestLogger('Worker').log(
    `worker ${process.pid} processing (concurrency ${config.worker.concurrency}, roles ${config.worker.roles.join(',')})`,
  );
}

// Closing a BullMQ worker waits for active jobs. If they outlast the bound we exit anyway:
// their locks expire and BullMQ hands them to another worker as stalled, so nothing is lost.
function armShutdownBound(ms: number): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      setTimeout(() => {
        console.error(`shutdown took longer than ${ms} ms; exiting`);
        process.exit(1);
      }, ms).unref();
    });
  }
}

bootstrap().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
