import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Bulletins indexed per transaction: one statement each way, short enough not to hold locks long. */
const BATCH = 500;

/**
 * Fills the preview's search index (bulletin_bigrams) from bulletin_search_pending, off the ingest
 * path. Each batch is one transaction of two statements: take pending rows (deleting them, skipping
 * those another indexer or an ingest holds), then write the bigrams of those bulletins as they are
 * now. The second statement sees every change committed before the first took the row; a change
 * committed later puts its bulletin back on the pending list (its trigger waits for this
 * transaction), so stale bigrams never stay unflagged. Each bigram is stored once per bulletin: a
 * body repeats most of its pairs, and the copies only cost disk (the index keeps one entry anyway).
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
      await em.query(
        `INSERT INTO bulletin_bigrams (bulletin_id, grams)
         SELECT b.id, ARRAY(SELECT DISTINCT g FROM unnest(text_bigrams(b.title_match, b.body_match)) AS g)
           FROM bulletins b WHERE b.id = ANY($1::uuid[]) ORDER BY b.id
         ON CONFLICT (bulletin_id) DO UPDATE SET grams = EXCLUDED.grams`,
        [taken.map((t) => t.bulletin_id)],
      );
      return taken.length;
    });
  }
}
