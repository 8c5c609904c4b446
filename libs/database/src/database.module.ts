import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { dataSourceOptions } from './data-source-options';
import { READ_REPLICA, ReadReplicaConnection } from './read-replica';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config),
        // A failed boot should fail fast rather than hang tests and deploys in retries.
        retryAttempts: config.env === 'test' ? 1 : 5,
        retryDelay: 1000,
      }),
    }),
  ],
  providers: [
    ReadReplicaConnection,
    { provide: READ_REPLICA, inject: [ReadReplicaConnection], useFactory: (replica: ReadReplicaConnection) => replica.open() },
  ],
  exports: [READ_REPLICA],
})
export class DatabaseModule {}
