import { Inject, Injectable, Logger, OnModuleDestroy, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { dataSourceOptions } from './data-source-options';

/** The DataSource for reads that may lag a little: admin lists and searches, subscription preview. */
export const READ_REPLICA = Symbol('READ_REPLICA');

/**
 * Inject the read DataSource where lag is acceptable. Optional, so a class built by hand (tests)
 * with only the primary reads from the primary.
 */
export const InjectReadReplica = (): ParameterDecorator => (target, key, index) => {
  Optional()(target, key, index);
  Inject(READ_REPLICA)(target, key, index);
};

/**
 * A pool of its own on DATABASE_REPLICA_URL when set; otherwise the primary itself (no second
 * pool). Reads through it never write and never precede a write in the same request, so a replica
 * a moment behind only shows a list a moment old — detail views after a change stay on the primary.
 */
@Injectable()
export class ReadReplicaConnection implements OnModuleDestroy {
  private readonly logger = new Logger('ReadReplica');
  private own?: DataSource;
  dataSource: DataSource;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() primary: DataSource,
  ) {
    this.dataSource = primary;
  }

  async open(): Promise<DataSource> {
    const url = this.config.database.replicaUrl;
    if (!url) return this.dataSource;
    this.own = await new DataSource(dataSourceOptions({ database: { url, poolSize: this.config.database.poolSize } })).initialize();
    this.logger.log(`admin lists and preview read from the replica (${new URL(url).host})`);
    this.dataSource = this.own;
    return this.own;
  }

  async onModuleDestroy(): Promise<void> {
    await this.own?.destroy();
  }
}
