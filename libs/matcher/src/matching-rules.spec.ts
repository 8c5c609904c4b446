import { bulletin, canonical, sub } from '../test/fixtures';
import { LiveMatcher } from './live-matcher';
import { MatcherIndex } from './matcher-index';
import { naiveMatch } from './naive-match';
import type { MatchBulletin, MatchResult, MatchSubscription } from './subscription.types';

type Matcher = (subs: MatchSubscription[], b: MatchBulletin) => MatchResult[];

// Every rule holds for the reference, the compiled index, and a live matcher's base and delta.
const implementations: Array<[string, Matcher]> = [
  ['naiveMatch', naiveMatch],
  ['MatcherIndex', (subs, b) => MatcherIndex.build(subs).match(b)],
  [
    'LiveMatcher (delta)',
    (subs, b) => {
      const live = new LiveMatcher();
      subs.forEach((s) => live.upsert(s));
      return live.match(b);
    },
  ],
];

describe.each(implementations)('matching rules: %s', (_name, match) => {
  const ids = (subs: MatchSubscription[], b: MatchBulletin) => canonical(match(subs, b)).map((r) => r.subscriptionId);

  it('matches any keyword and reports the entries as the member wrote them', () => {
    const subs = [sub({ id: 'a', keywords: ['ＬＥＤ顯示屏', '绿化', '监理'] })];
    expect(match(subs, bulletin({ titleMatch: '采购led显示屏及绿化工程' }))).toMatchObject([
      { subscriptionId: 'a', hits: ['ＬＥＤ顯示屏', '绿化'] },
    ]);
    expect(match(subs, bulletin({ titleMatch: '道路工程' }))).toEqual([]);
  });

  it('needs every part of an entry with spaces, in any order and place', () => {
    const subs = [sub({ id: 'a', keywords: ['道路 改造'] })];
    expect(ids(subs, bulletin({ titleMatch: '改造工程', bodyMatch: '含市政道路' }))).toEqual(['a']);
    expect(ids(subs, bulletin({ titleMatch: '道路新建工程' }))).toEqual([]);
  });

  it('finds a keyword nested in a longer word (道路 inside 市政道路)', () => {
    const subs = [sub({ id: 'a', keywords: ['道路'] }), sub({ id: 'b', keywords: ['市政道路'] })];
    expect(ids(subs, bulletin({ titleMatch: '某市政道路工程' }))).toEqual(['a', 'b']);
  });

  it('excludes on any exclude word, and on an exclude entry only when all its parts are present', () => {
    const subs = [
      sub({ id: 'a', keywords: ['绿化'], excludeWords: ['养护'] }),
      sub({ id: 'b', keywords: ['绿化'], excludeWords: ['养护 监理'] }),
    ];
    expect(ids(subs, bulletin({ titleMatch: '绿化养护' }))).toEqual(['b']);
    expect(ids(subs, bulletin({ titleMatch: '绿化养护监理' }))).toEqual([]);
  });

  it('looks only at the title for title scope, keywords and exclusions alike', () => {
    const subs = [sub({ id: 'a', keywords: ['监理'], excludeWords: ['设计'], scope: 'title' })];
    expect(ids(subs, bulletin({ titleMatch: '道路工程', bodyMatch: '监理' }))).toEqual([]);
    expect(ids(subs, bulletin({ titleMatch: '监理服务', bodyMatch: '设计' }))).toEqual(['a']);
  });

  it('looks at title and body for title_body scope, exclusions included', () => {
    const subs = [sub({ id: 'a', keywords: ['监理'], excludeWords: ['设计'] })];
    expect(ids(subs, bulletin({ titleMatch: '道路工程', bodyMatch: '含监理' }))).toEqual(['a']);
    expect(ids(subs, bulletin({ titleMatch: '监理服务', bodyMatch: '含设计' }))).toEqual([]);
  });

  it('never matches across the title/body boundary', () => {
    const subs = [sub({ id: 'a', keywords: ['道路'] }), sub({ id: 'b', keywords: ['绿化'], excludeWords: ['工程'] })];
    expect(ids(subs, bulletin({ titleMatch: '市政道', bodyMatch: '路灯' }))).toEqual([]);
    expect(ids(subs, bulletin({ titleMatch: '绿化施工', bodyMatch: '程' }))).toEqual(['b']);
  });

  describe('regions', () => {
    const subs = [
      sub({ id: 'nationwide', keywords: ['道路'] }),
      sub({ id: 'chongqing', keywords: ['道路'], regions: ['500000'] }),
      sub({ id: 'yuzhong', keywords: ['道路'], regions: ['500103'] }),
      sub({ id: 'dadukou', keywords: ['道路'], regions: ['500104'] }),
      sub({ id: 'hubei', keywords: ['道路'], regions: ['420000'] }),
      sub({ id: 'hubei-county-group', keywords: ['道路'], regions: ['429000'] }),
      sub({ id: 'wuhan', keywords: ['道路'], regions: ['420100'] }),
      sub({ id: 'bad-code', keywords: ['道路'], regions: ['5001'] }),
    ];
    const at = (regionCode: string | null) => ids(subs, bulletin({ titleMatch: '道路', regionCode }));

    it('a province or city includes everything under it; siblings do not', () => {
      expect(at('500103')).toEqual(['chongqing', 'nationwide', 'yuzhong']);
      expect(at('420102')).toEqual(['hubei', 'nationwide', 'wuhan']);
    });
    it('a county-level city directly under a province (429004) is under 429000 and 420000', () => {
      expect(at('429004')).toEqual(['hubei', 'hubei-county-group', 'nationwide']);
    });
    it('a bulletin at province level does not reach district subscriptions', () => {
      expect(at('500000')).toEqual(['chongqing', 'nationwide']);
    });
    it('a bulletin without a (valid) region reaches only nationwide subscriptions', () => {
      expect(at(null)).toEqual(['nationwide']);
      expect(at('5001xx')).toEqual(['nationwide']);
    });
    it('a keyword-less subscription is filtered by region too', () => {
      const local = [sub({ id: 'all-yuzhong', regions: ['500103'] }), sub({ id: 'all-hubei', regions: ['420000'] })];
      expect(ids(local, bulletin({ regionCode: '500103' }))).toEqual(['all-yuzhong']);
      expect(ids(local, bulletin({ regionCode: null }))).toEqual([]);
    });
  });

  it('filters by category; empty means all', () => {
    const subs = [sub({ id: 'any', keywords: ['道路'] }), sub({ id: 'results', keywords: ['道路'], categories: ['result', 'change'] })];
    expect(ids(subs, bulletin({ titleMatch: '道路', category: 'tender' }))).toEqual(['any']);
    expect(ids(subs, bulletin({ titleMatch: '道路', category: 'change' }))).toEqual(['any', 'results']);
  });

  it('filters by stage as well as category: either list catches, both empty catch all', () => {
    const subs = [
      sub({ id: 'corrections', keywords: ['道路'], stages: ['correction'] }),
      sub({ id: 'tenders+corrections', keywords: ['道路'], categories: ['tender'], stages: ['correction'] }),
      sub({ id: 'every-correction', regions: ['500000'], stages: ['correction', 'extension'] }),
      sub({ id: 'any', keywords: ['道路'], stages: [] }),
    ];
    const at = (category: string, stage: string | null) => ids(subs, bulletin({ titleMatch: '道路', category, stage }));
    expect(at('change', 'correction')).toEqual(['any', 'corrections', 'every-correction', 'tenders+corrections']);
    expect(at('tender', 'invitation')).toEqual(['any', 'tenders+corrections']);
    expect(at('change', 'clarification')).toEqual(['any']);
    // A bulletin whose stage the parser could not tell reaches only whole categories.
    expect(at('change', null)).toEqual(['any']);
    expect(at('tender', null)).toEqual(['any', 'tenders+corrections']);
  });

  it('filters by budget with inclusive bounds; no budget matches unless required', () => {
    const subs = [
      sub({ id: 'range', keywords: ['道路'], budgetMin: 1_000_000, budgetMax: 5_000_000 }),
      sub({ id: 'required', keywords: ['道路'], budgetMin: 1_000_000, requireBudget: true }),
    ];
    const at = (budgetYuan: number | null) => ids(subs, bulletin({ titleMatch: '道路', budgetYuan }));
    expect(at(1_000_000)).toEqual(['range', 'required']);
    expect(at(5_000_000)).toEqual(['range', 'required']);
    expect(at(5_000_001)).toEqual(['required']);
    expect(at(999_999)).toEqual([]);
    expect(at(null)).toEqual(['range']);
  });

  it('matches a keyword-less subscription on filters alone, still honouring exclusions', () => {
    const subs = [
      sub({ id: 'every-tender', regions: ['500103'], categories: ['tender'] }),
      sub({ id: 'no-design', regions: ['500000'], excludeWords: ['设计'] }),
    ];
    expect(match(subs, bulletin({ titleMatch: '道路工程' }))).toHaveLength(2);
    expect(ids(subs, bulletin({ titleMatch: '道路设计', category: 'tender' }))).toEqual(['every-tender']);
    expect(ids(subs, bulletin({ titleMatch: '道路', category: 'result' }))).toEqual(['no-design']);
    expect(match(subs, bulletin({ titleMatch: '道路工程' }))[0].hits).toEqual([]);
  });

  it('normalises keywords: full-width, case, traditional characters, spaces inside CJK', () => {
    const subs = [sub({ id: 'a', keywords: ['醫療設備'] }), sub({ id: 'b', keywords: ['Ｐｏｅ 交換機'] })];
    expect(ids(subs, bulletin({ titleMatch: '医疗设备及poe交换机采购' }))).toEqual(['a', 'b']);
  });

  it('treats blank keyword entries as never matching, not as "no keywords"', () => {
    const subs = [sub({ id: 'blank', keywords: ['  ', '　'] }), sub({ id: 'mixed', keywords: [' ', '道路'], excludeWords: [' '] })];
    expect(ids(subs, bulletin({ titleMatch: '道路' }))).toEqual(['mixed']);
    expect(ids(subs, bulletin({ titleMatch: '桥梁' }))).toEqual([]);
  });
});
