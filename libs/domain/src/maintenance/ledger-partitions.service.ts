import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';

/** The ledger tables partitioned by month, in the order their old months are dropped. */
export const LEDGER_TABLES = ['notifications', 'matches', 'deliveries'] as const;
export type LedgerTable = (typeof LEDGER_TABLES)[number];

/** Months of partitions kept ready beyond the current one, so writers never meet a missing month. */
export const PARTITION_MONTHS_AHEAD = 3;

export interface LedgerPartition {
  table: LedgerTable;
  name: string;
  /** First day of the month it holds (`YYYY-MM-01`). */
  from: string;
  /** First day of the month after (`YYYY-MM-01`). */
  to: string;
}

/** `YYYY-MM-01` of the UTC month `offset` months from the one `now` falls in. */
export function monthStart(now: Date, offset = 0): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 10);
}

/**
 * Monthly partitions of matches, notifications and deliveries: the current month and
 * PARTITION_MONTHS_AHEAD after it are created ahead of time, and whole months older than
 * RETENTION_MONTHS are dropped (no row is deleted one by one). A month is dropped only once it
 * ended RETENTION_MONTHS full months ago, so every row younger than that is kept.
 * Rows that pointed into a dropped month without a foreign key (webhook messages, not-relevant
 * marks, an open instant window) are removed in the same transaction.
 */
@Injectable()
export class LedgerPartitions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'retention'>,
  ) {}

  async maintain(now = new Date()): Promise<{ created: string[]; dropped: string[] }> {
    const created = await this.createAhead(now);
    const dropped = await this.dropExpired(now);
    return { created, dropped };
  }

  /** Creates the missing partitions from the current month to PARTITION_MONTHS_AHEAD ahead; returns their names. */
  async createAhead(now = new Date()): Promise<string[]> {
    const months = Array.from({ length: PARTITION_MONTHS_AHEAD + 1 }, (_, i) => monthStart(now, i));
    const rows: Array<{ name: string }> = await this.dataSource.query(
      `SELECT t.parent || '_' || to_char(m.month, 'YYYY_MM') AS name
         FROM unnest($1::text[]) AS t(parent) CROSS JOIN unnest($2::date[]) AS m(month)
        WHERE ledger_create_partition(t.parent, m.month)
        ORDER BY 1`,
      [[...LEDGER_TABLES], months],
    );
    return rows.map((r) => r.name);
  }

  /** Every partition of the three tables, oldest first. */
  async list(): Promise<LedgerPartition[]> {
    const rows: Array<{ parent: LedgerTable; name: string; bound: string }> = await this.dataSource.query(
      `SELECT p.relname AS parent, c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound
         FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
        WHERE p.relnamespace = current_schema()::regnamespace AND p.relname = ANY($1::text[])`,
      [[...LEDGER_TABLES]],
    );
    return rows
      .map((r) => {
        const [from, to] = [...r.bound.matchAll(/'(\d{4}-\d{2}-\d{2})'/g)].map((m) => m[1]);
        return { table: r.parent, name: r.name, from, to };
      })
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : LEDGER_TABLES.indexOf(a.table) - LEDGER_TABLES.indexOf(b.table)));
  }

  /** Drops the partitions whose month ended before the retention cutoff; returns their names. */
  async dropExpired(now = new Date()): Promise<string[]> {
    const cutoff = monthStart(now, -this.config.retention.months);
    const expired = (await this.list()).filter((p) => p.to <= cutoff);
    for (const p of expired) await this.dataSource.transaction((em) => this.drop(em, p));
    return expired.map((p) => p.name);
  }

  private async drop(em: EntityManager, p: LedgerPartition): Promise<void> {
    const table = `"${p.name.replace(/"/g, '""')}"`;
    if (p.table === 'matches') await em.query(`DELETE FROM not_relevant_marks WHERE match_id IN (SELECT id FROM ${table})`);
    if (p.table === 'deliveries') {
      await em.query(`DELETE FROM webhook_messages WHERE delivery_id IN (SELECT id FROM ${table})`);
      await em.query(`DELETE FROM open_instant_windows WHERE period_month >= $1 AND period_month < $2`, [p.from, p.to]);
    }
    await em.query(`DROP TABLE ${table}`);
  }
}
