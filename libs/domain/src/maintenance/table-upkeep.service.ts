import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LEDGER_TABLES } from './ledger-partitions.service';

/**
 * Tables whose rows are written and then updated or deleted within minutes: the ledger's
 * partitions (a notification is pending, then assigned; a delivery pending, then sent), the open
 * instant windows (one row per member inserted and deleted per window), the matching state and
 * the search index's pending list.
 */
const CHURNING_TABLES = [...LEDGER_TABLES, 'open_instant_windows', 'bulletin_match_state', 'bulletin_search_pending'];

// Postgres's own default thresholds (autovacuum_vacuum_threshold/scale_factor, analyze likewise).
const VACUUM_BASE = 50;
const VACUUM_SCALE = 0.2;
const ANALYZE_BASE = 50;
const ANALYZE_SCALE = 0.1;

interface TableStats {
  name: string;
  live: number;
  dead: number;
  modified: number;
}

export interface UpkeepResult {
  vacuumed: string[];
  analyzed: string[];
}

/**
 * Keeps the churning tables' dead rows and planner statistics in check by the same rule as
 * autovacuum. Some servers run with autovacuum off (CI machines among them), and even where it
 * runs, a month's new partition is empty when the planner first sees it and grows by a million
 * rows before autovacuum's next visit: plans made from empty-table statistics then scan where they
 * should probe. Where autovacuum keeps up, the thresholds are never reached and this does nothing.
 */
@Injectable()
export class TableUpkeep {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(): Promise<UpkeepResult> {
    const stats: TableStats[] = await this.dataSource.query(
      // Leaf tables only: a partitioned parent has no rows of its own to vacuum.
      `SELECT s.relname AS name, s.n_live_tup::float8 AS live, s.n_dead_tup::float8 AS dead, s.n_mod_since_analyze::float8 AS modified
         FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
        WHERE s.schemaname = current_schema()
          AND (s.relname = ANY($1) OR (c.relispartition AND (SELECT p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent WHERE i.inhrelid = c.oid) = ANY($1)))
        ORDER BY s.relname`,
      [CHURNING_TABLES],
    );
    const result: UpkeepResult = { vacuumed: [], analyzed: [] };
    for (const t of stats) {
      const vacuum = t.dead > VACUUM_BASE + VACUUM_SCALE * t.live;
      const analyze = t.modified > ANALYZE_BASE + ANALYZE_SCALE * t.live;
      if (!vacuum && !analyze) continue;
      // Names come from the catalogue, quoted all the same. VACUUM runs outside a transaction,
      // which every statement sent on its own is.
      const table = `"${t.name.replace(/"/g, '""')}"`;
      await this.dataSource.query(vacuum ? `VACUUM (ANALYZE) ${table}` : `ANALYZE ${table}`);
      if (vacuum) result.vacuumed.push(t.name);
      result.analyzed.push(t.name);
    }
    return result;
  }
}
