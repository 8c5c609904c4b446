import { bulletin, sub } from '../test/fixtures';
import { LiveMatcher } from './live-matcher';

describe('LiveMatcher', () => {
  const road = bulletin({ titleMatch: '道路改造' });

  it('shows an upsert, a replacement and a removal to the next match without a rebuild', () => {
    const live = new LiveMatcher([sub({ id: 'a', keywords: ['道路'] }), sub({ id: 'b', keywords: ['桥梁'] })]);
    live.upsert(sub({ id: 'c', keywords: ['改造'] }));
    live.upsert(sub({ id: 'b', keywords: ['道路'] }));
    expect(
      live
        .match(road)
        .map((r) => r.subscriptionId)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    live.remove('a');
    live.upsert(sub({ id: 'c', keywords: ['绿化'] }));
    expect(live.match(road).map((r) => r.subscriptionId)).toEqual(['b']);
    expect(live.deltaSize).toBe(3);
    expect(live.baseSize).toBe(2);
  });

  it('folds the delta into a new base on rebuild', () => {
    const live = new LiveMatcher([sub({ id: 'a', keywords: ['道路'] })]);
    live.upsert(sub({ id: 'b', keywords: ['改造'] }));
    live.remove('a');
    live.remove('never-existed');
    live.rebuild();
    expect(live.deltaSize).toBe(0);
    expect(live.baseSize).toBe(1);
    expect(live.match(road)).toMatchObject([{ subscriptionId: 'b', hits: ['改造'] }]);
  });

  it('re-adds a removed id when it is upserted again', () => {
    const live = new LiveMatcher([sub({ id: 'a', keywords: ['道路'] })]);
    live.remove('a');
    expect(live.match(road)).toEqual([]);
    live.upsert(sub({ id: 'a', keywords: ['改造'] }));
    expect(live.match(road)).toMatchObject([{ subscriptionId: 'a', hits: ['改造'] }]);
  });

  it('adds base and delta counters into the stats', () => {
    const live = new LiveMatcher([sub({ id: 'a', keywords: ['道路'] })]);
    live.upsert(sub({ id: 'b', keywords: ['改造'] }));
    const stats = { termHits: 0, candidates: 0, matched: 0 };
    live.match(road, stats);
    expect(stats).toEqual({ termHits: 2, candidates: 2, matched: 2 });
  });
});
