import { BulletinHits } from '@app/matcher';
import { coveringWord, hitContexts } from './hit-context';

describe('hit contexts', () => {
  it('names the longer word a keyword sits inside, and accepts a hit on word boundaries', () => {
    const text = '本公告在焦作市政府采购网上发布';
    const at = text.indexOf('市政');
    expect(coveringWord(text, at, at + 2)).toEqual({ word: '市政府', aligned: false });
    const road = '市政道路改造工程';
    expect(coveringWord(road, 2, 4)).toEqual({ word: '道路', aligned: true });
  });

  it('lists the occurrences that count first, with the matcher verdict on each', () => {
    // 市政 inside 市政府 (a venue) does not count; the one in the qualification text does.
    const body = '项目概况：某区道路改造。本公告在焦作市政府采购网上发布。投标人须具备市政公用工程施工总承包资质。';
    const contexts = hitContexts(new BulletinHits('某学校教学楼建设工程施工招标公告', body), '市政');
    expect(contexts.map((c) => [c.sentence.slice(c.start, c.end), c.counts, c.insideLongerWord])).toEqual([
      ['市政', true, false],
      ['市政', false, true],
    ]);
    expect(contexts[0]).toMatchObject({ place: 'body', sentence: '投标人须具备市政公用工程施工总承包资质。' });
    expect(contexts[1]).toMatchObject({ sentence: '本公告在焦作市政府采购网上发布。', word: '市政府' });
    // A literal entry counts inside the longer word too; a title-only subscription counts no body hit.
    expect(hitContexts(new BulletinHits('', '在焦作市政府采购网发布'), '市政', { literal: true })[0]).toMatchObject({
      counts: true,
      insideLongerWord: true,
    });
    expect(hitContexts(new BulletinHits('', body), '市政', { titleOnly: true }).some((c) => c.counts)).toBe(false);
    const [t] = hitContexts(new BulletinHits('市政道路改造工程招标公告', ''), '道路');
    expect(t).toMatchObject({
      place: 'title',
      sentence: '市政道路改造工程招标公告',
      start: 2,
      end: 4,
      insideLongerWord: false,
      counts: true,
    });
  });

  it('clips very long sentences around the hit, and stops at a limit', () => {
    const long = `${'甲'.repeat(200)}道路${'乙'.repeat(200)}`;
    const [c] = hitContexts(new BulletinHits('', long), '道路');
    expect(c.sentence.length).toBeLessThanOrEqual(82);
    expect(c.sentence.slice(c.start, c.end)).toBe('道路');
    expect(hitContexts(new BulletinHits('道路,道路,道路', '道路。道路。'), '道路', { limit: 4 }).map((x) => x.place)).toEqual([
      'title',
      'title',
      'title',
      'body',
    ]);
  });
});
