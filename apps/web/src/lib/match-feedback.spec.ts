import type { MatchWhy, SuggestedFix } from '../api/types';
import { applyFixLocally, fixLabel, formatRate, removalLabel, splitAtHit, whyLines } from './match-feedback';

const fix = (over: Partial<SuggestedFix>): SuggestedFix => ({
  kind: 'exclude_word',
  term: '市政府',
  origin: 'hit_word',
  patch: { excludeWords: ['市政府'] },
  removes: 18,
  of: 67,
  removesMarked: 0,
  ...over,
});

describe('match feedback texts', () => {
  it('labels each kind of fix', () => {
    expect(fixLabel(fix({}))).toBe('添加排除词「市政府」');
    expect(fixLabel(fix({ kind: 'title_only', term: null, patch: { scope: 'title' } }))).toBe('只在标题中查找关键词');
    expect(fixLabel(fix({ kind: 'drop_keyword', term: '市政', patch: { keywords: ['道路'] } }))).toBe('删除关键词「市政」');
  });

  it('says what a fix would have removed, and how many of those were marked', () => {
    expect(removalLabel(fix({}), 30)).toBe('过去 30 天的 67 条匹配中会少 18 条');
    expect(removalLabel(fix({ removesMarked: 2 }), 30)).toBe('过去 30 天的 67 条匹配中会少 18 条（其中 2 条您标记过不相关）');
  });

  it('cuts a sentence at its hit, and copes with offsets out of range', () => {
    expect(
      splitAtHit({ place: 'body', sentence: '在焦作市政府采购网发布', start: 3, end: 5, word: '市政府', insideLongerWord: true }),
    ).toEqual(['在焦作', '市政', '府采购网发布']);
    expect(splitAtHit({ place: 'title', sentence: '道路', start: 1, end: 9, word: '道路', insideLongerWord: false })).toEqual([
      '道',
      '路',
      '',
    ]);
  });

  it('explains each hit part: places, the word it sat in, body hits a title-only subscription ignores', () => {
    const context = {
      place: 'body' as const,
      sentence: '在焦作市政府采购网发布',
      start: 3,
      end: 5,
      word: '市政府',
      insideLongerWord: true,
    };
    const why: MatchWhy = {
      matchId: 'm',
      markedAt: null,
      subscription: { id: 's', name: '市政', scope: 'title_body', keywords: ['市政', '道路 改造'], excludeWords: [] },
      bulletin: { id: 'b', title: 't' },
      hits: ['市政'],
      keywordless: false,
      stillMatches: true,
      entries: [
        { entry: '市政', parts: [{ term: '市政', inTitle: false, inBody: true, counted: true, contexts: [context] }] },
        {
          entry: '道路 改造',
          parts: [
            { term: '道路', inTitle: true, inBody: true, counted: true, contexts: [] },
            { term: '改造', inTitle: false, inBody: true, counted: false, contexts: [] },
          ],
        },
      ],
    };
    expect(whyLines(why)).toEqual([
      { text: '关键词「市政」出现在正文（出现在「市政府」一词中，可能是误匹配）', context },
      { text: '关键词「道路」出现在标题和正文', context: null },
      { text: '关键词「改造」出现在正文（只在正文中，标题订阅不计）', context: null },
    ]);
  });

  it('applies a patch to a local copy and formats rates', () => {
    const sub = { id: 's', keywords: ['市政'], excludeWords: [], scope: 'title_body' };
    expect(applyFixLocally(sub, fix({}))).toEqual({ ...sub, excludeWords: ['市政府'] });
    expect(sub.excludeWords).toEqual([]);
    expect(formatRate(0.0788)).toBe('7.9%');
    expect(formatRate(0.4)).toBe('40.0%');
    expect(formatRate(null)).toBe('—');
  });
});
