import { coveringWord, hitContexts, occurrences } from './hit-context';

describe('hit contexts', () => {
  it('finds every occurrence, overlapping ones too, up to a limit', () => {
    expect(occurrences('道路道路道路', '道路')).toEqual([0, 2, 4]);
    expect(occurrences('aaa', 'aa')).toEqual([0, 1]);
    expect(occurrences('道路道路道路', '道路', 2)).toEqual([0, 2]);
    expect(occurrences('道路', '')).toEqual([]);
  });

  it('names the longer word a keyword sits inside, and accepts a hit on word boundaries', () => {
    const text = '本公告在焦作市政府采购网上发布';
    const at = text.indexOf('市政');
    expect(coveringWord(text, at, at + 2)).toEqual({ word: '市政府', aligned: false });
    const road = '市政道路改造工程';
    expect(coveringWord(road, 2, 4)).toEqual({ word: '道路', aligned: true });
  });

  it('cuts the sentence that hit and says where the hit sits in it', () => {
    const body = '项目概况：某区道路改造。本公告在焦作市政府采购网上发布。联系人：王工';
    const [c] = hitContexts('body', body, '市政');
    expect(c.sentence).toBe('本公告在焦作市政府采购网上发布。');
    expect(c.sentence.slice(c.start, c.end)).toBe('市政');
    expect(c).toMatchObject({ place: 'body', word: '市政府', insideLongerWord: true });
    const [t] = hitContexts('title', '市政道路改造工程招标公告', '道路');
    expect(t).toMatchObject({ sentence: '市政道路改造工程招标公告', start: 2, end: 4, insideLongerWord: false });
  });

  it('clips very long sentences around the hit', () => {
    const long = `${'甲'.repeat(200)}道路${'乙'.repeat(200)}`;
    const [c] = hitContexts('body', long, '道路');
    expect(c.sentence.length).toBeLessThanOrEqual(82);
    expect(c.sentence.slice(c.start, c.end)).toBe('道路');
  });
});
