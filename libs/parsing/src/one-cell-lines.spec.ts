import { parseBulletin } from './bulletin-parser';
import { joinOneCellLines } from './one-cell-lines';

describe('joinOneCellLines', () => {
  it('sets a table written one cell a line back into rows', () => {
    const text =
      '中标候选人：\n排序\n投标人\n综合得分\n投标报价(元)\n1\n甲市政工程有限公司\n93.40\n3,085,600.00\n2\n乙建设有限公司\n89.10\n3,112,450.00\n公示期：3日';
    expect(joinOneCellLines(text)).toBe(
      '中标候选人：\n排序 | 投标人 | 综合得分 | 投标报价(元)\n1 | 甲市政工程有限公司 | 93.40 | 3,085,600.00\n2 | 乙建设有限公司 | 89.10 | 3,112,450.00\n公示期：3日',
    );
  });

  it('takes a certificate number column (证书编号) as a header cell of a works candidates table', () => {
    const text =
      '中标候选人：\n排序\n投标人\n投标报价(元)\n工期(日历天)\n质量\n项目负责人\n证书编号\n1\n甲建设发展有限公司\n4,386,215.00\n180\n合格\n周某某\n沪231141xxxxxx\n2\n乙建筑工程有限公司\n4,412,600.00\n180\n合格\n陆某\n沪231152xxxxxx\n公示期：3日';
    expect(joinOneCellLines(text)).toBe(
      '中标候选人：\n排序 | 投标人 | 投标报价(元) | 工期(日历天) | 质量 | 项目负责人 | 证书编号\n1 | 甲建设发展有限公司 | 4,386,215.00 | 180 | 合格 | 周某某 | 沪231141xxxxxx\n2 | 乙建筑工程有限公司 | 4,412,600.00 | 180 | 合格 | 陆某 | 沪231152xxxxxx\n公示期：3日',
    );
  });

  it('leaves lists of names and field lines alone', () => {
    const list = '入围供应商：\n甲汽车修理厂\n乙汽车服务有限公司\n丙汽修店';
    expect(joinOneCellLines(list)).toBe(list);
    const fields = '项目编号\nAB-2027-01\n采购人\n某局';
    expect(joinOneCellLines(fields)).toBe(fields);
  });

  it('lets the parser read the first row price rather than the score after the name', () => {
    const parsed = parseBulletin({
      title: '某镇污水治理工程中标候选人公示',
      body: '中标候选人：\n名次\n投标人\n综合得分\n投标报价(元)\n1\n甲市政工程有限公司\n93.40\n3,085,600.00\n2\n乙建设有限公司\n89.10\n3,112,450.00',
    });
    expect(parsed.winners).toEqual(['甲市政工程有限公司']);
    expect(parsed.awardYuan).toBe(3_085_600);
  });

  it('reads every lot of a lots table written one cell a line', () => {
    const parsed = parseBulletin({
      title: '某局饲草料采购成交结果公告',
      body: '成交结果：\n包号\n成交金额(元)\n成交供应商\n第1包\n1,284,600.00\n甲农牧民专业合作社\n第2包\n936,750.00\n乙种植农民专业合作社',
    });
    expect(parsed.winners).toEqual(['甲农牧民专业合作社', '乙种植农民专业合作社']);
    expect(parsed.awardYuan).toBe(1_284_600);
  });

  it('sets back a table without row numbers whose header opens with the bidder column', () => {
    const text = '中标信息\n中标人名称\n中标金额(元)\n工期\n甲水利建设有限公司\n2,486,300.00\n120天\n公示期:3日';
    expect(joinOneCellLines(text)).toBe(
      '中标信息\n中标人名称 | 中标金额(元) | 工期\n甲水利建设有限公司 | 2,486,300.00 | 120天\n公示期:3日',
    );
    // Labels each followed by its own value are no such table.
    const fields = '中标人名称\n甲水利建设有限公司\n中标金额(元)\n2,486,300.00';
    expect(joinOneCellLines(fields)).toBe(fields);
  });
});
