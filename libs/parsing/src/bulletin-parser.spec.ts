import fc from 'fast-check';
import { parseBulletin } from './bulletin-parser';

// Text built from the pieces the parsers look for, so random input reaches every branch.
const PIECES = ['预算金额', '最高限价', '中标价', '(万元)', ':', '：', '\n', ' ', '|', '年', '月', '日', '时', '分', '万元', '元', '约',
  '**', '(略)', '2026', '03', '9', '30', '.', ',', '柒万伍仟元整', '二〇二四', '项目编号', '截止时间', '开标时间', '于', '前递交',
  '中标结果公告', '招标公告', '更正', '序号', '1', '<p>', '</td>', '&amp;', '重庆市', '渝中区', '發佈', 'Ａ'];
const bulletinText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

describe('parseBulletin', () => {
  const tender = {
    title: '重庆市渝中区某道路改造工程招標公告',
    bodyHtml:
      '<p>一、项目编号：CQ-2026-001</p><p>预算金额：３５０万元</p><p>投标截止时间：2026年4月1日9时30分</p><p>发布时间：2026-03-16</p>',
    regionText: '重庆-渝中-',
  };

  it('extracts every field from a tender', () => {
    expect(parseBulletin(tender)).toEqual({
      title: '重庆市渝中区某道路改造工程招标公告',
      body: '一、项目编号:CQ-2026-001\n预算金额:350万元\n投标截止时间:2026年4月1日9时30分\n发布时间:2026-03-16',
      titleMatch: '重庆市渝中区某道路改造工程招标公告',
      bodyMatch: '一、项目编号:cq-2026-001 预算金额:350万元投标截止时间:2026年4月1日9时30分发布时间:2026-03-16',
      category: 'tender',
      regionCode: '500103',
      regionPath: ['重庆市', '渝中区'],
      budgetYuan: 3_500_000,
      budgetSourceText: '预算金额:350万元',
      publishedAt: new Date('2026-03-15T16:00:00Z'),
      deadlineAt: new Date('2026-04-01T01:30:00Z'),
      projectCode: 'CQ-2026-001',
      stage: 'invitation',
      buyer: null,
      agency: null,
      winners: [],
      awardYuan: null,
    });
  });

  it('lets explicit source values win over extracted ones', () => {
    const parsed = parseBulletin({ ...tender, category: 'change', budgetYuan: '1200000', publishedAt: '2026-03-17T08:00:00+08:00' });
    expect(parsed.category).toBe('change');
    expect(parsed.budgetYuan).toBe(1_200_000);
    expect(parsed.budgetSourceText).toBeNull();
    expect(parsed.publishedAt).toEqual(new Date('2026-03-17T00:00:00Z'));
  });

  it('ignores invalid explicit values', () => {
    const parsed = parseBulletin({ ...tender, category: 'bid', budgetYuan: 'n/a', publishedAt: '2024-02-30' });
    expect(parsed.category).toBe('tender');
    expect(parsed.budgetYuan).toBe(3_500_000);
    expect(parsed.publishedAt).toEqual(new Date('2026-03-15T16:00:00Z'));
  });

  it('gives an award notice no budget and no deadline', () => {
    const parsed = parseBulletin({ title: '某项目中标结果公告', body: '最高限价：100万元\n中标价：95万元\n开标时间：2026年3月1日' });
    expect(parsed).toMatchObject({ category: 'award', budgetYuan: null, deadlineAt: null });
  });

  it('drops a deadline that lies before publication', () => {
    const parsed = parseBulletin({ title: '某项目更正公告', body: '原公告开标时间：2026年3月1日', publishedAt: new Date('2026-03-20T00:00:00Z') });
    expect(parsed.deadlineAt).toBeNull();
  });

  it('strips HTML that arrives in the plain body field', () => {
    expect(parseBulletin({ title: 't', body: '<div>预算金额：<b>80</b>万元</div>' }).body).toBe('预算金额:80万元');
  });

  it('copes with a bulletin that has almost nothing', () => {
    expect(parseBulletin({ title: null, body: null })).toMatchObject({
      title: '',
      body: '',
      category: 'other',
      regionCode: null,
      budgetYuan: null,
      publishedAt: null,
      deadlineAt: null,
      projectCode: null,
    });
  });

  it('never throws and keeps its invariants on arbitrary text', () => {
    fc.assert(
      fc.property(bulletinText, bulletinText, fc.option(bulletinText), (title, body, html) => {
        const parsed = parseBulletin({ title, body, bodyHtml: html });
        expect(parsed.budgetYuan === null || (Number.isFinite(parsed.budgetYuan) && parsed.budgetYuan > 0)).toBe(true);
        for (const d of [parsed.publishedAt, parsed.deadlineAt]) expect(d === null || !Number.isNaN(d.getTime())).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
