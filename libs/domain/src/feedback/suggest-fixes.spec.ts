import type { MatchBulletin } from '@app/matcher';
import { toMatchText } from '@app/text';
import { FILTER_DEFAULTS, type SubscriptionFilter } from '../subscriptions/subscription-input';
import { excludeCandidates, suggestFixes, type WindowMatch } from './suggest-fixes';

const filter = (over: Partial<SubscriptionFilter> = {}): SubscriptionFilter => ({ ...FILTER_DEFAULTS, ...over });
const bulletin = (title: string, body = ''): MatchBulletin => ({
  titleMatch: toMatchText(title),
  bodyMatch: toMatchText(body),
  regionCode: '410800',
  category: 'tender',
  budgetYuan: null,
});
let n = 0;
const windowOf = (...items: Array<[MatchBulletin, boolean?]>): WindowMatch[] =>
  items.map(([b, marked]) => ({ ...b, bulletinId: `b${++n}`, marked: marked ?? false }));

// Written for this test: three notices where 道路 is a word but the work is not roads (the lights
// along them), two real road works, one with 道路 only in the body.
const noise1 = bulletin('某学校道路照明及课桌椅采购公告');
const noise2 = bulletin('某医院门诊楼改造工程', '改造内容含院内道路照明。');
const noise3 = bulletin('某单位办公楼维修', '另含室外道路照明维修。');
const roads = bulletin('解放路市政道路改造工程施工招标公告', '本项目为道路改造。');
const lights = bulletin('城区路灯维修工程', '属市政设施养护，含道路修补。');

describe('excludeCandidates', () => {
  it('puts the compound around a counting hit first, then distinctive title words', () => {
    const c = excludeCandidates(filter({ keywords: ['道路'] }), noise1, ['道路']);
    expect(c[0]).toEqual({ word: '道路照明', origin: 'hit_word' });
    expect(c.filter((x) => x.origin === 'title_word').map((x) => x.word)).toEqual(expect.arrayContaining(['课桌椅']));
    // Generic notice words and title words holding a keyword are never offered.
    expect(c.map((x) => x.word)).not.toContain('采购');
    expect(c.filter((x) => x.origin === 'title_word').some((x) => x.word.includes('道路'))).toBe(false);
    // The compound the keyword lies inside, when the segmenter keeps it whole.
    expect(excludeCandidates(filter({ keywords: ['道路'] }), roads, ['道路'])[0]).toEqual({ word: '市政道路', origin: 'hit_word' });
  });

  it('skips words already excluded, and body words for a title-only subscription', () => {
    expect(excludeCandidates(filter({ keywords: ['道路'], excludeWords: ['道路照明'] }), noise1, ['道路'])[0].word).not.toBe('道路照明');
    expect(excludeCandidates(filter({ keywords: ['道路'], scope: 'title' }), noise2, ['道路']).some((c) => c.word === '道路照明')).toBe(
      false,
    );
  });

  it('takes no word from an occurrence the matcher does not count, but does for a literal entry', () => {
    const venue = bulletin('某学校课桌椅采购公告', '本公告在焦作市政府采购网上发布。');
    expect(excludeCandidates(filter({ keywords: ['市政'] }), venue, ['市政']).filter((c) => c.origin === 'hit_word')).toEqual([]);
    expect(excludeCandidates(filter({ keywords: ['=市政'] }), venue, ['=市政'])[0]).toEqual({ word: '市政府', origin: 'hit_word' });
  });
});

describe('suggestFixes', () => {
  const window = windowOf([noise1, true], [noise2], [noise3], [roads], [lights]);

  it('counts what an exclude word would have removed, and how many of those were marked', () => {
    const fixes = suggestFixes(filter({ keywords: ['道路'] }), { bulletin: noise1, hits: ['道路'] }, window);
    const exclude = fixes.find((f) => f.kind === 'exclude_word' && f.term === '道路照明')!;
    expect(exclude).toMatchObject({ origin: 'hit_word', patch: { excludeWords: ['道路照明'] }, removes: 3, of: 5, removesMarked: 1 });
    // 课桌椅 is only in the marked notice.
    expect(fixes.find((f) => f.term === '课桌椅')).toMatchObject({ removes: 1, removesMarked: 1 });
  });

  it('offers title only when the hit was only in the body, with its count', () => {
    const fixes = suggestFixes(filter({ keywords: ['道路'] }), { bulletin: noise2, hits: ['道路'] }, window);
    // noise2, noise3 and lights hit only in the body; noise1 and roads have 道路 in the title.
    expect(fixes.find((f) => f.kind === 'title_only')).toMatchObject({ patch: { scope: 'title' }, removes: 3, of: 5 });
    expect(
      suggestFixes(filter({ keywords: ['道路'] }), { bulletin: noise1, hits: ['道路'] }, window).some((f) => f.kind === 'title_only'),
    ).toBe(false);
  });

  it('drops a keyword only when another remains and the dropped one alone caught the notice', () => {
    const f = filter({ keywords: ['市政', '道路'] });
    const fixes = suggestFixes(f, { bulletin: noise1, hits: ['道路'] }, window);
    // 市政 stays a word in roads (市政道路) and lights (市政设施): those two are kept.
    expect(fixes.find((x) => x.kind === 'drop_keyword')).toMatchObject({ term: '道路', patch: { keywords: ['市政'] }, removes: 3, of: 5 });
    expect(
      suggestFixes(filter({ keywords: ['道路'] }), { bulletin: noise1, hits: ['道路'] }, window).some((x) => x.kind === 'drop_keyword'),
    ).toBe(false);
    expect(suggestFixes(f, { bulletin: roads, hits: ['市政', '道路'] }, window).some((x) => x.kind === 'drop_keyword')).toBe(false);
  });

  it('ranks Chinese title words before Latin ones that take out as few', () => {
    const odd = bulletin('某学校<img src=x onerror=1>课桌椅采购', '含道路照明');
    const fixes = suggestFixes(filter({ keywords: ['道路'] }), { bulletin: odd, hits: ['道路'] }, windowOf([odd, true], [noise2], [roads]));
    expect(fixes.filter((f) => f.kind === 'exclude_word').map((f) => f.term)).toEqual(['道路照明', '课桌椅', '学校']);
  });

  it('never counts a match the current filter no longer catches', () => {
    const fixes = suggestFixes(filter({ keywords: ['道路'], excludeWords: ['课桌椅'] }), { bulletin: noise2, hits: ['道路'] }, window);
    expect(fixes.find((x) => x.term === '道路照明')).toMatchObject({
      removes: 2,
      removesMarked: 0,
      patch: { excludeWords: ['课桌椅', '道路照明'] },
    });
  });
});
