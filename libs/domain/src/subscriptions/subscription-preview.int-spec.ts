import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { naiveMatch } from '@app/matcher';
import { insertBulletins, resetDatabase, type BulletinSeed } from '@app/testing';
import { Bulletin } from '../bulletins/bulletin.entity';
import { SearchIndexer } from '../bulletins/search-indexer.service';
import { Subscription } from './subscription.entity';
import { FILTER_DEFAULTS, SubscriptionFilter } from './subscription-input';
import { SubscriptionPreviewService } from './subscription-preview.service';
import { SubscriptionsRepository } from './subscriptions.repository';

// mulberry32: seeded, so a failure can be replayed.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const DAY = 86_400_000;

// Words that overlap (道路 ⊂ 市政道路, 改造 ⊂ 改造工程), spellings that normalise together
// (監理/监理, ＬＥＤ/led) and single characters: the cases a SQL translation gets wrong.
const WORDS = [
  '道路',
  '市政道路',
  '改造',
  '改造工程',
  '监理',
  '監理',
  '污水处理',
  'LED显示屏',
  'ＬＥＤ',
  '桥',
  '桥梁',
  '绿化',
  '施工',
  '设计',
  '采购',
  '维修',
  'EPC',
  '路灯',
];
const KEYWORDS = [
  '道路',
  '市政',
  '改造',
  '监理',
  '監理',
  '污水处理',
  'led',
  'ＬＥＤ显示屏',
  '桥',
  '桥梁 施工',
  '道路 改造',
  '绿化 设计 施工',
  '处理',
  'epc',
  '路灯 维修',
  '水处',
  '不存在的词',
];
const REGIONS = ['500103', '500104', '500112', '440305', '440106', '110105', '429004', '420102'];
const FILTER_REGIONS = ['500000', '500100', '500103', '440000', '440300', '429004', '420000', '110105'];
const CATEGORIES = ['tender', 'award', 'change', 'intent'] as const;
// Stages of those categories (null: the parser could not tell), and what filters ask for.
const STAGES: Record<(typeof CATEGORIES)[number], Array<string | null>> = {
  tender: ['invitation', 'prequalification', null],
  award: ['result', 'candidates', null],
  change: ['correction', 'extension', null],
  intent: ['procurement_intent', null],
};
const FILTER_STAGES = ['invitation', 'result', 'correction', 'extension', 'procurement_intent'];

function seeds(r: () => number, n: number): BulletinSeed[] {
  const text = (words: number) => Array.from({ length: words }, () => pick(r, WORDS) + (r() < 0.3 ? '，' : '')).join('');
  return Array.from({ length: n }, () => {
    const category = pick(r, CATEGORIES);
    return {
      title: text(2 + Math.floor(r() * 4)),
      body: text(5 + Math.floor(r() * 30)),
      category,
      stage: pick(r, STAGES[category]),
      regionCode: r() < 0.1 ? null : pick(r, REGIONS),
      budgetYuan: r() < 0.3 ? null : Math.round(r() * 100) * 100_000,
      // Half-day offsets keep every row clear of a whole-day window boundary.
      publishedAt: r() < 0.1 ? null : new Date(Date.now() - (Math.floor(r() * 60) + 0.5) * DAY),
      withdrawnAt: r() < 0.05 ? new Date() : null,
    };
  });
}

function randomFilter(r: () => number): SubscriptionFilter {
  const some = <T>(xs: readonly T[], p: number, max: number) =>
    r() < p ? [...new Set(Array.from({ length: 1 + Math.floor(r() * max) }, () => pick(r, xs)))] : [];
  const budgeted = r() < 0.3;
  return {
    keywords: some(KEYWORDS, 0.85, 3),
    excludeWords: some(KEYWORDS, 0.3, 2),
    scope: r() < 0.4 ? 'title' : 'title_body',
    regions: some(FILTER_REGIONS, 0.4, 2),
    categories: some(CATEGORIES, 0.3, 2),
    stages: some(FILTER_STAGES, 0.3, 2),
    budgetMin: budgeted ? pick(r, [0, 1_000_000, 3_000_000]) : null,
    budgetMax: budgeted && r() < 0.5 ? pick(r, [5_000_000, 8_000_000]) : null,
    requireBudget: r() < 0.15,
  };
}

describe('SubscriptionPreviewService (against real Postgres)', () => {
  let dataSource: DataSource;
  let preview: SubscriptionPreviewService;
  let stored: Bulletin[];

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(loadConfig(testEnvironment()))).initialize();
    await resetDatabase(dataSource);
    const saved = await insertBulletins(dataSource, seeds(rng(1), 600));
    // A cross-source duplicate points at its canonical row and is never shown.
    await dataSource.getRepository(Bulletin).update({ id: saved[1].id }, { canonicalId: saved[0].id });
    stored = await dataSource.getRepository(Bulletin).find();
    // The search index as the worker leaves it mid-way: most bulletins indexed; some pending with no
    // bigrams yet, some pending with stale ones (bigrams of other text, as after a correction).
    // Preview must be exact over all three.
    await new SearchIndexer(dataSource).indexPending();
    expect(await dataSource.query(`SELECT 1 FROM bulletin_search_pending`)).toEqual([]);
    await dataSource.query(
      `INSERT INTO bulletin_search_pending (bulletin_id) SELECT id FROM bulletins WHERE id::text < '5' ON CONFLICT DO NOTHING`,
    );
    await dataSource.query(`DELETE FROM bulletin_bigrams WHERE bulletin_id::text < '2'`);
    await dataSource.query(
      `UPDATE bulletin_bigrams SET grams = ARRAY['道路', '市政', '改造', '监理'] WHERE bulletin_id::text >= '2' AND bulletin_id::text < '5'`,
    );
    const [{ pending, stale }] = await dataSource.query<Array<{ pending: number; stale: number }>>(
      `SELECT (SELECT count(*) FROM bulletin_search_pending)::int AS pending,
              (SELECT count(*) FROM bulletin_bigrams g JOIN bulletin_search_pending p USING (bulletin_id))::int AS stale`,
    );
    expect(pending).toBeGreaterThan(50);
    expect(stale).toBeGreaterThan(20);
    preview = new SubscriptionPreviewService(dataSource, new SubscriptionsRepository(dataSource.getRepository(Subscription)));
  });
  afterAll(() => dataSource.destroy());

  /** The obviously-correct answer: every stored bulletin through naiveMatch, newest first. */
  function expected(filter: SubscriptionFilter, days: number) {
    const since = Date.now() - days * DAY;
    const key = (b: Bulletin) => (b.publishedAt ?? b.ingestedAt).getTime();
    return stored
      .filter((b) => b.canonicalId === null && b.withdrawnAt === null && key(b) >= since)
      .map((b) => ({ b, hit: naiveMatch([{ id: 's', ...filter }], b)[0] }))
      .filter((x) => x.hit)
      .sort((x, y) => key(y.b) - key(x.b) || (y.b.id > x.b.id ? 1 : -1))
      .map((x) => ({ id: x.b.id, hits: x.hit.hits }));
  }

  it('agrees with naiveMatch on 150 random filters, with and without the bigram index', async () => {
    const r = rng(2);
    for (let i = 0; i < 150; i++) {
      const filter = randomFilter(r);
      const days = pick(r, [7, 30, 90]);
      const want = expected(filter, days);
      for (const useBigrams of [true, false]) {
        const got = await preview.run(filter, days, { limit: 1000, useBigrams });
        const context = JSON.stringify({ i, filter, days, useBigrams });
        expect({ context, total: got.total }).toEqual({ context, total: want.length });
        expect({ context, items: got.items.map((x) => ({ id: x.bulletin.id, hits: x.hits })) }).toEqual({ context, items: want });
      }
    }
  });

  it('returns the newest 20 with the total, hits as written, and the summary fields', async () => {
    const filter = { ...FILTER_DEFAULTS, keywords: ['道路'] };
    const want = expected(filter, 30);
    expect(want.length).toBeGreaterThan(20);
    const got = await preview.previewDraft({ keywords: ['道路'] });
    expect(got.total).toBe(want.length);
    expect(got.items.map((x) => x.bulletin.id)).toEqual(want.slice(0, 20).map((x) => x.id));
    expect(got.items[0]).toMatchObject({ hits: ['道路'], bulletin: { title: expect.any(String) } });
    expect(got.items[0].bulletin).not.toHaveProperty('bodyMatch');
  });

  it('keeps the bigrams under an index that answers containment', async () => {
    // 600 rows are few enough for a sequential scan to win; forbidding it shows the index can serve @>.
    const plan = await dataSource.transaction(async (em) => {
      await em.query('SET LOCAL enable_seqscan = off');
      return em.query(`EXPLAIN (FORMAT JSON) SELECT count(*) FROM bulletin_bigrams g WHERE g.grams @> ARRAY['道路']`);
    });
    expect(JSON.stringify(plan)).toContain('ix_bulletin_bigrams_grams');
  });

  it('rejects a window outside 1..90 days naming the field', async () => {
    await expect(preview.previewDraft({}, 91)).rejects.toMatchObject({ code: 'validation_failed', errors: [{ field: 'days' }] });
    await expect(preview.previewDraft({ regions: ['999999'] })).rejects.toMatchObject({ errors: [{ field: 'regions.0' }] });
  });
});
