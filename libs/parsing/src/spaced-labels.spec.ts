import { parseBulletin } from './bulletin-parser';
import { closeSpacedLabels, dropPictographs } from './spaced-labels';

describe('closeSpacedLabels', () => {
  it('closes up a value spaced out character by character after a colon', () => {
    expect(closeSpacedLabels('中 标 人：甲 建 设 工 程 有 限 公 司\n项目经理：孙 立 华')).toBe(
      '中标人：甲建设工程有限公司\n项目经理：孙 立 华',
    );
    expect(closeSpacedLabels('备注：甲公司 乙公司 丙公司')).toBe('备注：甲公司 乙公司 丙公司');
  });

  it('closes up labels spaced out character by character before their colon', () => {
    expect(closeSpacedLabels('第 一 中 标 候 选 人：甲公司\n投标报价（万元）：356.82\n质    量：合格\n中 标 人: 乙公司')).toBe(
      '第一中标候选人：甲公司\n投标报价（万元）：356.82\n质量：合格\n中标人: 乙公司',
    );
  });

  it('closes up a spaced label after its list number', () => {
    expect(closeSpacedLabels('1、中 标 人：甲公司\n(二)中 标 价：100元\n③工    期：90天')).toBe(
      '1、中标人：甲公司\n(二)中标价：100元\n③工期：90天',
    );
  });

  it('closes up the spaced labels of a tender', () => {
    expect(closeSpacedLabels('预 算 金 额：人民币 168 万元\n截  止  时  间：2027年11月8日14时30分\n项 目 名 称：某某采购')).toBe(
      '预算金额：人民币 168 万元\n截止时间：2027年11月8日14时30分\n项目名称：某某采购',
    );
  });

  it('leaves words that are not one character each, and spaced text without a colon', () => {
    expect(closeSpacedLabels('项目 名称：某项目\n中 标 公 示')).toBe('项目 名称：某项目\n中 标 公 示');
  });
});

describe('closeSpacedLabels on party headings', () => {
  it("closes up a spaced heading over a party's lines, after its list number", () => {
    expect(closeSpacedLabels('1.采 购 人 信 息\n名 称：甲医院\n2.采 购 代 理 机 构 信 息\n名 称：乙公司')).toBe(
      '1.采购人信息\n名称：甲医院\n2.采购代理机构信息\n名称：乙公司',
    );
  });

  it('leaves other spaced lines without a colon', () => {
    expect(closeSpacedLabels('招 标 公 告\n三、中 标 信 息 如 下')).toBe('招 标 公 告\n三、中 标 信 息 如 下');
  });
});

describe('dropPictographs', () => {
  it('drops emoji and their joiners around labels, keeping words, digits and punctuation', () => {
    expect(dropPictographs('✨成交供应商✨\n曲靖某\n🏆 中标单位：甲公司\n1️⃣ 工期：90天👍')).toBe(
      '成交供应商\n曲靖某\n 中标单位：甲公司\n1 工期：90天',
    );
  });

  it("lets the parser read a 标讯 card's labels dressed in emoji", () => {
    const parsed = parseBulletin({
      title: '【招标】【广东·深圳】某街道公园提升改造工程',
      body: '📌项目编号：AB-2033-SG-062\n🏢采购单位：深圳市某街道办事处\n💰预算：186w\n⏰截止：2033-12-08 09:30\n🗓发布：2033-11-17',
    });
    expect(parsed.budgetYuan).toBe(1_860_000);
    expect(parsed.deadlineAt?.toISOString()).toBe('2033-12-08T01:30:00.000Z');
    expect(parsed.publishedAt?.toISOString()).toBe('2033-11-16T16:00:00.000Z');
    expect(parsed.projectCode).toBe('AB-2033-SG-062');
  });

  it('drops the English gloss between a label opening its line and the colon', () => {
    expect(closeSpacedLabels('中标人 Successful Bidder：甲公司\n采购人 / Purchaser: 乙中心\n项目编号 Project No.：AB-01')).toBe(
      '中标人：甲公司\n采购人: 乙中心\n项目编号：AB-01',
    );
    expect(closeSpacedLabels('品牌型号：Lumen LX-760\n备注 see annex')).toBe('品牌型号：Lumen LX-760\n备注 see annex');
  });
});
