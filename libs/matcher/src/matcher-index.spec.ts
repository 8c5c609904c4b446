import { bulletin, canonical, sub } from '../test/fixtures';
import { MatcherIndex } from './matcher-index';
import type { MatchStats } from './subscription.types';

const newStats = (): MatchStats => ({ termHits: 0, candidates: 0, matched: 0 });

describe('MatcherIndex', () => {
  it('keeps the last subscription when an id repeats', () => {
    const index = MatcherIndex.build([sub({ id: 'a', keywords: ['道路'] }), sub({ id: 'a', keywords: ['桥梁'] })]);
    expect(index.size).toBe(1);
    expect(index.match(bulletin({ titleMatch: '道路' }))).toEqual([]);
    expect(index.match(bulletin({ titleMatch: '桥梁' }))).toMatchObject([{ subscriptionId: 'a', hits: ['桥梁'] }]);
  });

  it('evaluates only subscriptions of hit terms in the bulletin region ancestry', () => {
    const elsewhere = Array.from({ length: 500 }, (_, i) => sub({ id: `far${i}`, keywords: ['道路'], regions: ['420100'] }));
    const otherWords = Array.from({ length: 500 }, (_, i) => sub({ id: `word${i}`, keywords: [`词${i}`] }));
    const index = MatcherIndex.build([...elsewhere, ...otherWords, sub({ id: 'near', keywords: ['道路'], regions: ['500000'] })]);
    const stats = newStats();
    expect(index.match(bulletin({ titleMatch: '道路', regionCode: '500103' }), stats)).toHaveLength(1);
    expect(stats).toEqual({ termHits: 1, candidates: 1, matched: 1 });
  });

  it('finds keyword-less subscriptions through the (region, category) index, not a scan', () => {
    const subs = [
      ...Array.from({ length: 300 }, (_, i) => sub({ id: `other-region${i}`, regions: ['110000'] })),
      ...Array.from({ length: 300 }, (_, i) => sub({ id: `other-kind${i}`, categories: ['result'] })),
      sub({ id: 'here', regions: ['500100'], categories: ['tender'] }),
      sub({ id: 'everywhere' }),
    ];
    const stats = newStats();
    const found = MatcherIndex.build(subs).match(bulletin({ regionCode: '500103', category: 'tender' }), stats);
    expect(found.map((r) => r.subscriptionId).sort()).toEqual(['everywhere', 'here']);
    expect(stats.candidates).toBe(2);
  });

  it('does not evaluate title-scope subscriptions for words found only in the body', () => {
    const subs = Array.from({ length: 100 }, (_, i) => sub({ id: `t${i}`, keywords: ['道路'], scope: 'title' }));
    const stats = newStats();
    expect(MatcherIndex.build(subs).match(bulletin({ bodyMatch: '道路' }), stats)).toEqual([]);
    expect(stats.candidates).toBe(0);
  });

  it('gives back the subscriptions it holds, as written', () => {
    const written = [
      sub({
        id: 'a',
        keywords: ['ＬＥＤ 顯示屏', ' '],
        excludeWords: ['设计'],
        scope: 'title',
        regions: ['500000', 'bad'],
        categories: ['tender'],
        budgetMin: 5,
        requireBudget: true,
      }),
      sub({ id: 'b', budgetMax: 9 }),
      sub({ id: 'c', keywords: ['道路'], categories: ['tender', 'result'], stages: ['result', 'correction'] }),
    ];
    const index = MatcherIndex.build([sub({ id: 'b', keywords: ['old'] }), ...written]);
    expect([...index.subscriptions()].sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { ...written[0] },
      { ...written[1], requireBudget: false },
      { ...written[2], requireBudget: false },
    ]);
  });

  it('handles subscriptions with more entries than fit in a record', () => {
    const many = sub({ id: 'many', keywords: Array.from({ length: 9 }, (_, i) => `词${i}`), excludeWords: ['设计', '监理'] });
    const index = MatcherIndex.build([sub({ id: 'few', keywords: ['词8'] }), many]);
    expect(canonical(index.match(bulletin({ titleMatch: '词8与词3' }))).map((r) => r.hits)).toEqual([['词8'], ['词3', '词8']]);
    expect(index.match(bulletin({ titleMatch: '词8监理' })).map((r) => r.subscriptionId)).toEqual(['few']);
    expect([...index.subscriptions()].find((s) => s.id === 'many')).toEqual({ ...many, requireBudget: false });
  });

  it('keeps matching correctly when the per-bulletin stamp wraps around', () => {
    const index = MatcherIndex.build([sub({ id: 'a', keywords: ['道路'] }), sub({ id: 'b', keywords: ['桥梁'] })]);
    expect(index.match(bulletin({ titleMatch: '道路' }))).toHaveLength(1);
    (index as unknown as { stamp: number }).stamp = 0x7fffffff;
    expect(index.match(bulletin({ titleMatch: '桥梁' })).map((r) => r.subscriptionId)).toEqual(['b']);
    expect(index.match(bulletin({ titleMatch: '道路' })).map((r) => r.subscriptionId)).toEqual(['a']);
  });

  it('reports its size', () => {
    const index = MatcherIndex.build([sub({ id: 'a', keywords: ['道路 改造'], excludeWords: ['设计'], regions: ['500000', '420000'] })]);
    expect(index.stats()).toEqual({ subscriptions: 1, terms: 3, automatonNodes: 7, postings: 2 });
  });

  it('matches repeatedly with the same index (scratch state is reset per bulletin)', () => {
    const index = MatcherIndex.build([sub({ id: 'a', keywords: ['道路'], excludeWords: ['设计'] })]);
    expect(index.match(bulletin({ titleMatch: '道路设计' }))).toEqual([]);
    expect(index.match(bulletin({ titleMatch: '道路' }))).toHaveLength(1);
    expect(index.match(bulletin({ titleMatch: '桥梁' }))).toEqual([]);
  });
});
