import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { disablePreparedStatements } from './prepared-query';

/** Applies DATABASE_PREPARED_STATEMENTS to the app's data source before anything queries it. */
@Injectable()
export class PreparedStatementsSetting implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    if (!this.config.database.preparedStatements) disablePreparedStatements(this.dataSource);
  }
}
