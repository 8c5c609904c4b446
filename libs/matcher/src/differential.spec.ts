import fc from 'fast-check';
import { toMatchText } from '@app/text';
import { canonical } from '../test/fixtures';
import { LiveMatcher } from './live-matcher';
import { MatcherIndex } from './matcher-index';
import { naiveMatch } from './naive-match';
import { bulletinShards, provinceShard, subscriptionShards, type ShardStrategy } from './shard-plan';
import type { MatchBulletin, MatchSubscription } from './subscription.types';

// A small alphabet makes hits, nesting and overlaps frequent: CJK (with a traditional form),
// Latin in both cases and full width, a non-BMP character; 市政府 and 工程师 (words a keyword
// must not be a piece of), and 在《…》发布 (a publication-venue sentence) make word-aware hits
// and boilerplate zones differ from plain substrings.
const unit = fc.constantFrom(
  '道',
  '路',
  '市',
  '政',
  '府',
  '工',
  '程',
  '师',
  '改',
  '造',
  '區',
  '区',
  'a',
  'B',
  'Ｃ',
  'ｃ',
  '𠀀',
  '1',
  '在《',
  '》发布',
  '。',
);
const word = fc.array(unit, { minLength: 1, maxLength: 3 }).map((u) => u.join(''));
// Entries with spaces are AND groups; an odd one is blank.
const entry = fc.oneof(
  { weight: 6, arbitrary: word },
  // Marked literal: plain substring anywhere.
  { weight: 2, arbitrary: word.map((w) => `=${w}`) },
  { weight: 3, arbitrary: fc.array(word, { minLength: 2, maxLength: 3 }).map((w) => w.join(' ')) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '') },
);
const codes = ['110000', '110101', '500000', '500100', '500103', '500104', '420000', '420100', '420102', '429000', '429004'];
const region = fc.constantFrom(...codes, '5001');
const categories = ['tender', 'result', 'change'];
const stages = ['correction', 'result', 'invitation'];
const amount = fc.constantFrom(null, 100, 500, 1000);

const subscription = (id: string): fc.Arbitrary<MatchSubscription> =>
  fc.record({
    id: fc.constant(id),
    keywords: fc.oneof(
      { weight: 1, arbitrary: fc.constant<string[]>([]) },
      { weight: 5, arbitrary: fc.array(entry, { minLength: 1, maxLength: 7 }) },
    ),
    // Up to 10 entries: more than 8 spill out of the inline record.
    excludeWords: fc.array(entry, { maxLength: 3 }),
    scope: fc.constantFrom('title' as const, 'title_body' as const),
    regions: fc.oneof(fc.constant<string[]>([]), fc.uniqueArray(region, { minLength: 1, maxLength: 3 })),
    categories: fc.subarray(categories),
    // Absent, empty or a few stages; 'result' is also a category name, which must not mix them up.
    stages: fc.option(fc.subarray(stages), { nil: undefined }),
    budgetMin: amount,
    budgetMax: amount,
    requireBudget: fc.option(fc.boolean(), { nil: undefined }),
  });

const subscriptions = fc.array(fc.nat(), { maxLength: 40 }).chain((seeds) => fc.tuple(...seeds.map((_, i) => subscription(`s${i}`))));

const text = (maxLength: number) => fc.array(fc.oneof(unit, fc.constant(' ')), { maxLength }).map((u) => toMatchText(u.join('')));
const bulletin: fc.Arbitrary<MatchBulletin> = fc.record({
  titleMatch: text(12),
  bodyMatch: text(60),
  regionCode: fc.option(fc.constantFrom(...codes, '5001xx'), { nil: null }),
  category: fc.constantFrom(...categories, 'other'),
  stage: fc.option(fc.constantFrom(...stages, 'extension'), { nil: undefined }),
  budgetYuan: fc.constantFrom(null, 50, 100, 500, 1000, 2000),
});

describe('matcher against the naive reference', () => {
  it('MatcherIndex gives the same subscriptions and hits', () => {
    fc.assert(
      fc.property(subscriptions, fc.array(bulletin, { minLength: 1, maxLength: 5 }), (subs, bulletins) => {
        const index = MatcherIndex.build(subs);
        for (const b of bulletins) expect(canonical(index.match(b))).toEqual(canonical(naiveMatch(subs, b)));
      }),
      { numRuns: 400 },
    );
  });

  type Op = { kind: 'upsert'; sub: MatchSubscription } | { kind: 'remove'; id: string } | { kind: 'rebuild' };
  // Ids overlap the base (s0..) so that upserts replace and removes hit base subscriptions.
  const op: fc.Arbitrary<Op> = fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .nat({ max: 50 })
        .chain((n) => subscription(`s${n}`))
        .map((sub) => ({ kind: 'upsert' as const, sub })),
    },
    { weight: 3, arbitrary: fc.nat({ max: 50 }).map((n) => ({ kind: 'remove' as const, id: `s${n}` })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'rebuild' as const }) },
  );

  it('LiveMatcher gives the same results after upserts, removes and rebuilds', () => {
    fc.assert(
      fc.property(
        subscriptions,
        fc.array(op, { maxLength: 20 }),
        fc.array(bulletin, { minLength: 1, maxLength: 3 }),
        (subs, ops, bulletins) => {
          const live = new LiveMatcher(subs);
          const current = new Map(subs.map((s) => [s.id, s]));
          for (const o of ops) {
            if (o.kind === 'upsert') {
              live.upsert(o.sub);
              current.set(o.sub.id, o.sub);
            } else if (o.kind === 'remove') {
              live.remove(o.id);
              current.delete(o.id);
            } else {
              live.rebuild();
              expect(live.deltaSize).toBe(0);
            }
            // Visible at once, before any rebuild.
            const b = bulletins[0];
            expect(canonical(live.match(b))).toEqual(canonical(naiveMatch([...current.values()], b)));
          }
          for (const b of bulletins) expect(canonical(live.match(b))).toEqual(canonical(naiveMatch([...current.values()], b)));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('region and hash sharding', () => {
  const union = (indexes: MatcherIndex[], route: number[], b: MatchBulletin) => {
    const seen = new Map<string, ReturnType<MatcherIndex['match']>[number]>();
    for (const shard of route) for (const m of indexes[shard].match(b)) seen.set(m.subscriptionId, m);
    return [...seen.values()];
  };
  const split = (subs: MatchSubscription[], strategy: ShardStrategy, shards: number) => {
    const parts: MatchSubscription[][] = Array.from({ length: shards }, () => []);
    for (const s of subs) for (const shard of subscriptionShards(s, strategy, shards)) parts[shard].push(s);
    return parts.map((p) => MatcherIndex.build(p));
  };

  it('give the same matches as one index, for any shard count', () => {
    fc.assert(
      fc.property(
        subscriptions,
        fc.array(bulletin, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 6 }),
        (subs, bulletins, n) => {
          const whole = MatcherIndex.build(subs);
          const hash = split(subs, 'hash', n);
          const region = split(subs, 'region', n);
          for (const b of bulletins) {
            const expected = canonical(whole.match(b));
            expect(canonical(union(hash, bulletinShards(b.regionCode, 'hash', n), b))).toEqual(expected);
            expect(canonical(union(region, bulletinShards(b.regionCode, 'region', n), b))).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('send a regional bulletin to the nationwide shard and its province group only', () => {
    expect(bulletinShards('500103', 'region', 4)).toEqual([0, provinceShard('500103', 4)]);
    expect(bulletinShards(null, 'region', 4)).toEqual([0]);
    expect(bulletinShards('5001', 'region', 4)).toEqual([0]);
    expect(bulletinShards('500103', 'hash', 3)).toEqual([0, 1, 2]);
    expect(subscriptionShards({ id: 'a', regions: ['500100', '420000', '500000'] }, 'region', 4)).toEqual(
      [...new Set([provinceShard('500100', 4), provinceShard('420000', 4)])].sort(),
    );
    expect(subscriptionShards({ id: 'a', regions: [] }, 'region', 4)).toEqual([0]);
  });
});
