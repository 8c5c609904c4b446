import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { bulletinBigrams } from './bulletin-bigrams';

/** Bulletins indexed per transaction: one statement each way, short enough not to hold locks long. */
const BATCH = 500;

/**
 * Fills the preview's search index (bulletin_bigrams) from bulletin_search_pending, off the ingest
 * path. Each batch is one transaction: take pending rows (deleting them, skipping those another
 * indexer or an ingest holds), read those bulletins' text as it is now, and write their bigrams.
 * The read sees every change committed before the first statement took the row; a change
 * committed later puts its bulletin back on the pending list (its trigger waits for this
 * transaction), so stale bigrams never stay unflagged. Each bigram is stored once per bulletin: a
 * body repeats most of its pairs, and the copies only cost disk (the index keeps one entry anyway).
 * The pairs are made here, not in SQL: splitting and sorting a 2,000-character body in SQL cost
 * the database about 2 ms per bulletin, and a few tenths of that here.
 */
@Injectable()
export class SearchIndexer {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Indexes batches until nothing is pending or the time budget is spent; returns how many. */
  async indexPending(budgetMs = 5000): Promise<number> {
    const until = Date.now() + budgetMs;
    let total = 0;
    for (;;) {
      const n = await this.indexBatch(BATCH);
      total += n;
      if (n < BATCH || Date.now() >= until) return total;
    }
  }

  async indexBatch(limit: number): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      // A DELETE … RETURNING comes back as [rows, affected].
      const [taken] = await em.query<[Array<{ bulletin_id: string }>, number]>(
        `DELETE FROM bulletin_search_pending WHERE bulletin_id IN (
           SELECT bulletin_id FROM bulletin_search_pending ORDER BY queued_at LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING bulletin_id`,
        [limit],
      );
      if (!taken.length) return 0;
      const texts = await em.query<Array<{ id: string; title_match: string; body_match: string }>>(
        `SELECT id, title_match, body_match FROM bulletins WHERE id = ANY($1::uuid[]) ORDER BY id`,
        [taken.map((t) => t.bulletin_id)],
      );
      if (!texts.length) return taken.length;
      // One row per bulletin: its id and its bigrams as one array parameter (arrays of different
      // lengths cannot travel as one two-dimensional array).
      const params: unknown[] = [];
      const rows = texts.map((b) => {
        params.push(b.id, bulletinBigrams(b.title_match, b.body_match));
        return `($${params.length - 1}::uuid, $${params.length}::text[])`;
      });
      await em.query(
        `INSERT INTO bulletin_bigrams (bulletin_id, grams) VALUES ${rows.join(', ')}
         ON CONFLICT (bulletin_id) DO UPDATE SET grams = EXCLUDED.grams`,
        params,
      );
      return taken.length;
    });
  }
}
