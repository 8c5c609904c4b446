import type { MatchBulletin } from '@app/matcher';
import { toMatchText } from '@app/text';
import { FILTER_DEFAULTS, type SubscriptionFilter } from '../subscriptions/subscription-input';
import { excludeCandidates, suggestFixes, type WindowMatch } from './suggest-fixes';

const filter = (over: Partial<SubscriptionFilter> = {}): SubscriptionFilter => ({ ...FILTER_DEFAULTS, ...over });
const bulletin = (title: string, body = ''): MatchBulletin => ({ titleMatch: toMatchText(title), bodyMatch: toMatchText(body), regionCode: '410800', category: 'tender', budgetYuan: null });
let n = 0;
const windowOf = (...items: Array<[MatchBulletin, boolean?]>): WindowMatch[] => items.map(([b, marked]) => ({ ...b, bulletinId: `b${++n}`, marked: marked ?? false }));

// Written for this test: three notices published on 焦作市政府采购网 that are not municipal works,
// two real 市政 tenders, one with 市政 only in the body.
const noise1 = bulletin('焦作市政府采购网 某学校课桌椅采购公告', '本公告在焦作市政府采购网上发布。');
const noise2 = bulletin('某医院设备采购项目', '公告期限五个工作日，在焦作市政府采购网发布。');
const noise3 = bulletin('某单位物业服务采购', '详见焦作市政府采购网。');
const roads = bulletin('解放路市政道路改造工程施工招标公告', '本项目为市政道路改造。');
const lights = bulletin('城区路灯维修工程', '属市政设施养护，含市政路灯。');

describe('excludeCandidates', () => {
  it('puts the longer word a keyword sits inside first, then distinctive title words', () => {
    const c = excludeCandidates(filter({ keywords: ['市政'] }), noise1, ['市政']);
    expect(c[0]).toEqual({ word: '市政府', origin: 'hit_word' });
    expect(c.filter((x) => x.origin === 'title_word').map((x) => x.word)).toEqual(expect.arrayContaining(['课桌椅']));
    // Generic notice words and words holding a keyword are never offered.
    expect(c.map((x) => x.word)).not.toContain('采购');
    expect(c.map((x) => x.word).some((w) => w.includes('市政') && w !== '市政府')).toBe(false);
  });

  it('skips words already excluded, and body words for a title-only subscription', () => {
    expect(excludeCandidates(filter({ keywords: ['市政'], excludeWords: ['市政府'] }), noise1, ['市政'])[0].word).not.toBe('市政府');
    expect(excludeCandidates(filter({ keywords: ['市政'], scope: 'title' }), noise2, ['市政']).some((c) => c.word === '市政府')).toBe(false);
  });
});

describe('suggestFixes', () => {
  const window = windowOf([noise1, true], [noise2], [noise3], [roads], [lights]);

  it('counts what an exclude word would have removed, and how many of those were marked', () => {
    const fixes = suggestFixes(filter({ keywords: ['市政'] }), { bulletin: noise1, hits: ['市政'] }, window);
    const exclude = fixes.find((f) => f.kind === 'exclude_word' && f.term === '市政府')!;
    expect(exclude).toMatchObject({ origin: 'hit_word', patch: { excludeWords: ['市政府'] }, removes: 3, of: 5, removesMarked: 1 });
    // 课桌椅 is only in the marked notice.
    expect(fixes.find((f) => f.term === '课桌椅')).toMatchObject({ removes: 1, removesMarked: 1 });
  });

  it('offers title only when the hit was only in the body, with its count', () => {
    const fixes = suggestFixes(filter({ keywords: ['市政'] }), { bulletin: noise2, hits: ['市政'] }, window);
    // noise2, noise3 and lights hit only in the body; noise1 and roads have 市政 in the title.
    expect(fixes.find((f) => f.kind === 'title_only')).toMatchObject({ patch: { scope: 'title' }, removes: 3, of: 5 });
    expect(suggestFixes(filter({ keywords: ['市政'] }), { bulletin: noise1, hits: ['市政'] }, window).some((f) => f.kind === 'title_only')).toBe(false);
  });

  it('drops a keyword only when another remains and the dropped one alone caught the notice', () => {
    const f = filter({ keywords: ['市政', '道路'] });
    const fixes = suggestFixes(f, { bulletin: noise1, hits: ['市政'] }, window);
    expect(fixes.find((x) => x.kind === 'drop_keyword')).toMatchObject({ term: '市政', patch: { keywords: ['道路'] }, removes: 4, of: 5 });
    expect(suggestFixes(filter({ keywords: ['市政'] }), { bulletin: noise1, hits: ['市政'] }, window).some((x) => x.kind === 'drop_keyword')).toBe(false);
    expect(suggestFixes(f, { bulletin: roads, hits: ['市政', '道路'] }, window).some((x) => x.kind === 'drop_keyword')).toBe(false);
  });

  it('ranks Chinese title words before Latin ones that take out as few', () => {
    const odd = bulletin('某学校<img src=x onerror=1>课桌椅采购', '在焦作市政府采购网发布');
    const fixes = suggestFixes(filter({ keywords: ['市政'] }), { bulletin: odd, hits: ['市政'] }, windowOf([odd, true], [noise2], [roads]));
    expect(fixes.filter((f) => f.kind === 'exclude_word').map((f) => f.term)).toEqual(['市政府', '课桌椅', '学校']);
  });

  it('never counts a match the current filter no longer catches', () => {
    const fixes = suggestFixes(filter({ keywords: ['市政'], excludeWords: ['课桌椅'] }), { bulletin: noise2, hits: ['市政'] }, window);
    expect(fixes.find((x) => x.term === '市政府')).toMatchObject({ removes: 2, removesMarked: 0, patch: { excludeWords: ['课桌椅', '市政府'] } });
  });
});
