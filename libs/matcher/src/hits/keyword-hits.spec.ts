import { BulletinHits, hitPlaces, relevanceScore } from './keyword-hits';
import { isLiteralEntry, withoutLiteralMark } from './literal-entry';

const body = `一、项目概况:某县公园绿化提升工程。${'说明'.repeat(60)}。二、投标人资格要求:具备市政公用工程施工总承包资质。三、其他:本公告在《某某市政府采购网》上发布。`;

describe('BulletinHits', () => {
  it('finds the counting hit title first, else the first body hit outside boilerplate', () => {
    const hits = new BulletinHits('某县公园绿化提升工程', body);
    expect(hits.find('绿化', false, false)).toMatchObject({ place: 'title', aligned: true, offset: 4 });
    expect(hits.find('市政', false, false)).toMatchObject({
      place: 'qualification',
      aligned: true,
      sentence: '二、投标人资格要求:具备市政公用工程施工总承包资质。',
    });
    expect(hits.find('市政', false, true)).toBeNull();
    expect(hits.find('政府采购', false, false)).toBeNull();
  });

  it('counts a literal entry on any plain substring, reporting where and whether aligned', () => {
    const hits = new BulletinHits('', '本公告在《某某市政府采购网》上发布。');
    expect(hits.find('市政', false, false)).toBeNull();
    expect(hits.find('市政', true, false)).toMatchObject({ place: 'boilerplate', aligned: false });
    expect(hits.entryHits('=市政', ['市政'], true, false)).toMatchObject([{ entry: '=市政', term: '市政', place: 'boilerplate' }]);
    expect(hits.entryHits('市政', ['市政'], false, false)).toBeNull();
  });

  it('needs every part of an entry to count', () => {
    const hits = new BulletinHits('道路改造', '详见《某某道路管理条例》。');
    expect(hits.entryHits('道路 改造', ['道路', '改造'], false, false)).toHaveLength(2);
    expect(hits.entryHits('条例 改造', ['条例', '改造'], false, false)).toBeNull();
  });
});

describe('literal mark', () => {
  it('is a leading = or ＝', () => {
    expect(isLiteralEntry('=市政')).toBe(true);
    expect(isLiteralEntry('＝市政')).toBe(true);
    expect(isLiteralEntry('市政=')).toBe(false);
    expect(withoutLiteralMark('=市政 道路')).toBe('市政 道路');
  });
});

describe('relevanceScore and hitPlaces', () => {
  const hit = (place: 'title' | 'body' | 'qualification' | 'boilerplate', aligned = true) => ({
    entry: 'x',
    term: 'x',
    place,
    aligned,
    offset: 0,
    sentence: '',
  });
  it('ranks a title hit over body over qualification, and adds hits up', () => {
    expect(relevanceScore([hit('title')])).toBe(100);
    expect(relevanceScore([hit('body')])).toBe(50);
    expect(relevanceScore([hit('qualification')])).toBe(30);
    expect(relevanceScore([hit('body'), hit('body')])).toBe(75);
    expect(relevanceScore([hit('boilerplate', false)])).toBe(5);
    expect(relevanceScore([])).toBe(0);
  });
  it('lists distinct places strongest first', () => {
    expect(hitPlaces([hit('qualification'), hit('title'), hit('qualification')])).toEqual(['title', 'qualification']);
  });
});
