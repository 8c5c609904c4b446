import fc from 'fast-check';
import { type MatchBulletin, type MatchSubscription, naiveMatch } from '@app/matcher';
import { toMatchText } from '@app/text';
import { type ExplainSubscription, explainMatch } from './explain-match';

const sub = (over: Partial<ExplainSubscription> = {}): ExplainSubscription => ({
  id: 's1',
  keywords: [],
  excludeWords: [],
  scope: 'title_body',
  regions: [],
  categories: [],
  budgetMin: null,
  budgetMax: null,
  requireBudget: false,
  pausedAt: null,
  memberStatus: 'active',
  ...over,
});

const bulletin = (title: string, body = '', over: Partial<MatchBulletin> = {}): MatchBulletin => ({
  titleMatch: toMatchText(title),
  bodyMatch: toMatchText(body),
  regionCode: '500103',
  category: 'tender',
  budgetYuan: 3_500_000,
  ...over,
});

describe('explainMatch', () => {
  const roads = bulletin('渝中区解放碑片区道路改造工程施工招标公告', '本项目含监理服务，预算金额350万元');

  it('explains a match part by part, with the region ancestry', () => {
    const e = explainMatch(
      sub({ keywords: ['桥梁', '道路 改造'], regions: ['500000'], categories: ['tender'], budgetMin: 1_000_000 }),
      roads,
    );
    expect(e).toMatchObject({ filter: 'match', verdict: 'match', hits: ['道路 改造'], reasons: [] });
    expect(e.keywords.entries[0]).toMatchObject({
      entry: '桥梁',
      hit: false,
      parts: [{ term: '桥梁', inTitle: false, inBody: false, found: false }],
    });
    expect(e.keywords.entries[1].parts).toEqual([
      { term: '道路', inTitle: true, inBody: false, found: true, hit: { place: 'title', aligned: true, sentence: roads.titleMatch } },
      { term: '改造', inTitle: true, inBody: false, found: true, hit: { place: 'title', aligned: true, sentence: roads.titleMatch } },
    ]);
    expect(e.region).toMatchObject({ verdict: 'pass', subscription: [{ code: '500000', covers: true, relation: 'contains' }] });
    expect(e.region.bulletin.ancestors).toEqual(['500103', '500100', '500000']);
    expect(e.region.bulletin.path.map((r) => r.name)).toContain('渝中区');
    expect(e.budget.verdict).toBe('pass');
    expect(e.category.verdict).toBe('pass');
  });

  it('says when a keyword is present only inside another word or in boilerplate, and honours =', () => {
    const b = { ...roads, titleMatch: '某局办公设备采购', bodyMatch: '详见焦作市政府采购网。本公告在《某某建设网》上发布。' };
    const e = explainMatch(sub({ keywords: ['市政', '建设'] }), b);
    expect(e.filter).toBe('no_match');
    expect(e.keywords.entries[0].parts[0]).toMatchObject({ term: '市政', inBody: true, found: false, hit: null });
    expect(e.reasons[0]).toMatch(/市政, 建设 only inside other words or in boilerplate/);
    const literal = explainMatch(sub({ keywords: ['=市政'] }), b);
    expect(literal).toMatchObject({ filter: 'match', hits: ['=市政'] });
    expect(literal.keywords.entries[0].parts[0].hit).toMatchObject({ place: 'opening', aligned: false });
  });

  it('names the exclude word that blocked it', () => {
    const e = explainMatch(sub({ keywords: ['道路'], excludeWords: ['设计', '监理'] }), roads);
    expect(e.filter).toBe('no_match');
    expect(e.excludes).toMatchObject({ verdict: 'fail', blockedBy: ['监理'] });
    expect(e.excludes.entries[1].parts[0]).toMatchObject({ term: '监理', inTitle: false, inBody: true, found: true });
    expect(e.reasons).toEqual(['excluded by "监理"']);
  });

  it('ignores the body for a title-only subscription and says so', () => {
    const e = explainMatch(sub({ keywords: ['监理'], scope: 'title' }), roads);
    expect(e.keywords.entries[0].parts[0]).toMatchObject({ inBody: true, found: false });
    expect(e.reasons[0]).toMatch(/only in the body/);
    // …and an exclusion found only in the body does not block a title-only subscription.
    expect(explainMatch(sub({ keywords: ['道路'], excludeWords: ['监理'], scope: 'title' }), roads).verdict).toBe('match');
  });

  it('rejects a bulletin outside the regions, or without a region', () => {
    const e = explainMatch(sub({ regions: ['110000', '500104'] }), roads);
    expect(e.region.verdict).toBe('fail');
    expect(e.region.subscription.every((r) => !r.covers)).toBe(true);
    expect(e.reasons[0]).toMatch(/500103 渝中区 is outside 110000 北京市, 500104/);
    expect(explainMatch(sub({ regions: ['500000'] }), { ...roads, regionCode: null }).reasons[0]).toMatch(/no region code/);
    expect(explainMatch(sub(), { ...roads, regionCode: null }).region.verdict).toBe('not_required');
  });

  it('checks stages beside categories: either one lets the bulletin through', () => {
    const correction = { ...roads, category: 'change', stage: 'correction' };
    expect(explainMatch(sub({ stages: ['correction'] }), correction).category).toEqual({
      verdict: 'pass',
      bulletin: 'change',
      subscription: [],
      bulletinStage: 'correction',
      stages: ['correction'],
    });
    expect(explainMatch(sub({ categories: ['tender'], stages: ['correction'] }), roads).category.verdict).toBe('pass');
    expect(explainMatch(sub({ stages: ['correction'] }), roads).reasons).toEqual([
      'category tender, stage unknown is not among stages correction',
    ]);
    expect(explainMatch(sub({ categories: ['award'], stages: ['extension'] }), correction).reasons).toEqual([
      'category change, stage correction is not among categories award or stages extension',
    ]);
  });

  it('checks categories and budgets, including bulletins without a budget', () => {
    expect(explainMatch(sub({ categories: ['award'] }), roads).reasons).toEqual(['category tender is not one of award']);
    expect(explainMatch(sub({ budgetMax: 1_000_000 }), roads).budget).toMatchObject({
      verdict: 'fail',
      reason: expect.stringMatching(/above the maximum/),
    });
    const unpriced = { ...roads, budgetYuan: null };
    expect(explainMatch(sub({ budgetMin: 1 }), unpriced).verdict).toBe('match');
    expect(explainMatch(sub({ budgetMin: 1, requireBudget: true }), unpriced).budget.verdict).toBe('fail');
  });

  it('keeps the filter verdict apart from the paused and suspended state', () => {
    const paused = explainMatch(sub({ keywords: ['道路'], pausedAt: new Date() }), roads);
    expect(paused).toMatchObject({ filter: 'match', verdict: 'no_match', reasons: ['the subscription is paused'] });
    expect(explainMatch(sub({ memberStatus: 'suspended' }), roads).state.reason).toBe('the member is suspended');
  });

  it('normalises keywords as the matcher does (full width, traditional, case, spaces between CJK)', () => {
    const b = bulletin('ＬＥＤ路燈 改造工程', '');
    expect(explainMatch(sub({ keywords: ['led路灯'] }), b).hits).toEqual(['led路灯']);
    expect(explainMatch(sub({ keywords: ['路 燈'] }), b).keywords.entries[0].parts.map((p) => p.term)).toEqual(['路', '灯']);
  });
});

// Random subscriptions and bulletins over a small alphabet (hits, overlaps and variants are frequent):
// the explanation's filter verdict and hits must be exactly naiveMatch's.
describe('explainMatch agrees with naiveMatch', () => {
  const unit = fc.constantFrom('道', '路', '改', '造', '區', '区', 'a', 'B', 'Ｃ', 'ｃ', '𠀀', '1');
  const word = fc.array(unit, { minLength: 1, maxLength: 3 }).map((u) => u.join(''));
  const entry = fc.oneof(
    { weight: 6, arbitrary: word },
    { weight: 3, arbitrary: fc.array(word, { minLength: 2, maxLength: 3 }).map((w) => w.join(' ')) },
    { weight: 1, arbitrary: fc.constantFrom(' ', '') },
  );
  const codes = ['110000', '110101', '500000', '500100', '500103', '500104', '420000', '420100', '429000', '429004'];
  const amount = fc.constantFrom(null, 100, 500, 1000);
  const subscription: fc.Arbitrary<MatchSubscription> = fc.record({
    id: fc.constant('s'),
    keywords: fc.oneof(fc.constant<string[]>([]), fc.array(entry, { minLength: 1, maxLength: 5 })),
    excludeWords: fc.array(entry, { maxLength: 3 }),
    scope: fc.constantFrom('title' as const, 'title_body' as const),
    regions: fc.oneof(fc.constant<string[]>([]), fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 3 })),
    categories: fc.subarray(['tender', 'award', 'change']),
    stages: fc.option(fc.subarray(['correction', 'result']), { nil: undefined }),
    budgetMin: amount,
    budgetMax: amount,
    requireBudget: fc.option(fc.boolean(), { nil: undefined }),
  });
  const text = (maxLength: number) => fc.array(fc.oneof(unit, fc.constant(' ')), { maxLength }).map((u) => toMatchText(u.join('')));
  const randomBulletin: fc.Arbitrary<MatchBulletin> = fc.record({
    titleMatch: text(10),
    bodyMatch: text(40),
    regionCode: fc.option(fc.constantFrom(...codes, '5001xx'), { nil: null }),
    category: fc.constantFrom('tender', 'award', 'change', 'other'),
    stage: fc.option(fc.constantFrom('correction', 'result', 'invitation'), { nil: null }),
    budgetYuan: fc.constantFrom(null, 50, 100, 500, 1000, 2000),
  });

  it('on 2,000 random pairs', () => {
    fc.assert(
      fc.property(subscription, randomBulletin, (s, b) => {
        const [reference] = naiveMatch([s], b);
        const e = explainMatch({ ...s, pausedAt: null, memberStatus: 'active' }, b);
        expect(e.filter).toBe(reference ? 'match' : 'no_match');
        expect(e.verdict).toBe(e.filter);
        if (reference) expect(e.hits).toEqual(reference.hits);
        expect(e.reasons.length === 0).toBe(e.filter === 'match');
      }),
      { numRuns: 2000 },
    );
  });
});
