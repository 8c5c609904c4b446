import { rankedRow } from './result-table';

describe('rankedRow', () => {
  it('takes the row ranked first, with the unit its price header names', () => {
    const text = '名次 | 投标人名称 | 投标报价(万元) | 工期\n2 | 乙建设有限公司 | 101.5 | 90\n1 | 甲建设有限公司 | 99.8 | 90\n';
    expect(rankedRow(text)).toEqual({ name: '甲建设有限公司', price: '99.8', unitYuan: 10_000, by: 'rank', names: ['甲建设有限公司'] });
  });

  it('takes the row marked 是 in a 是否成交 column', () => {
    const text = '供应商名称 | 最终报价(元) | 是否成交\n甲科技有限公司 | 300,000.00 | 否\n乙科技有限公司 | 298,000.00 | 是';
    expect(rankedRow(text)).toMatchObject({ name: '乙科技有限公司', price: '298,000.00', by: 'decided' });
  });

  it('takes the first row under a 推荐中标候选人 column, and nothing from a table without bidders or prices', () => {
    expect(rankedRow('包号 | 推荐中标候选人 | 投标报价(元)\n包1 | 甲电气有限公司 | 5,000.00')).toMatchObject({
      name: '甲电气有限公司',
      by: 'first',
    });
    expect(rankedRow('序号 | 名称 | 数量\n1 | 电脑 | 3')).toBeNull();
    expect(rankedRow('投标人 | 投标报价 | 工期\n甲公司 | 100 | 30')).toBeNull();
  });
});

describe('rankedRow: units of the price column', () => {
  it('takes the unit from a 总价/万元 header or from a unit line above the table', () => {
    expect(rankedRow('排名 | 投标人名称 | 投标总价/万元\n1 | 甲建设有限公司 | 96.5')).toMatchObject({ price: '96.5', unitYuan: 10_000 });
    expect(rankedRow('金额单位:万元\n名次 | 投标人 | 投标报价 | 工期\n1 | 甲建设有限公司 | 96.5 | 60')).toMatchObject({ unitYuan: 10_000 });
    expect(rankedRow('名次 | 投标人 | 投标报价(元) | 工期\n1 | 甲建设有限公司 | 965,000 | 60')).toMatchObject({ unitYuan: 1 });
  });
});

describe('rankedRow: several lots ranked in one table', () => {
  it('names the first-ranked bidder of every lot, and prices the first lot', () => {
    const text =
      '标段(包)\t排名\t中标候选人\t投标报价(万元)\t交货期\nA包\t1\t甲石油机械有限公司\t1,358.60\t30天\nA包\t2\t乙装备有限公司\t1,372.45\t30天\nB包\t1\t丙钢管制造有限公司\t2,046.80\t45天\nB包\t2\t丁管业有限公司\t2,079.30\t45天';
    expect(rankedRow(text)).toMatchObject({
      name: '甲石油机械有限公司',
      price: '1,358.60',
      unitYuan: 10_000,
      by: 'rank',
      names: ['甲石油机械有限公司', '丙钢管制造有限公司'],
    });
  });
});

describe('rankedRow: a spec cell with a space', () => {
  it('keeps the price under its header when a 规格型号 cell splits the row', () => {
    const text = '排名 投标人 品牌 规格型号 投标报价(元)\n1 甲科技有限公司 某牌 DS 2CD 96,500.00\n2 乙科技有限公司 某牌 X9 97,000.00';
    expect(rankedRow(text)).toMatchObject({ name: '甲科技有限公司', price: '96,500.00', by: 'rank' });
  });
});

describe('rankedRow: one ranked table a lot', () => {
  it('names the first of each lot’s table, and prices the first lot', () => {
    const text =
      '包1\n排名 | 投标人 | 投标报价(元)\n1 | 甲科技有限公司 | 125,000\n2 | 乙科技有限公司 | 128,000\n包2\n排名 | 投标人 | 投标报价(元)\n1 | 丙科技有限公司 | 86,000\n2 | 丁科技有限公司 | 88,000';
    expect(rankedRow(text)).toMatchObject({ name: '甲科技有限公司', price: '125,000', names: ['甲科技有限公司', '丙科技有限公司'] });
  });

  it('keeps to the first table when the tables are not headed by lots', () => {
    const text =
      '技术评审排名\n排名 | 投标人 | 投标报价(元)\n1 | 乙科技有限公司 | 128,000\n综合排名\n排名 | 投标人 | 投标报价(元)\n1 | 甲科技有限公司 | 125,000';
    expect(rankedRow(text)).toMatchObject({ name: '乙科技有限公司', names: ['乙科技有限公司'] });
  });
});

describe('rankedRow: a ranking written as "label：value" fields, one bidder a line', () => {
  it('takes the line whose own rank field is 1, wherever that line stands', () => {
    const text =
      '投标人：乙建设有限公司，投标报价：1,300,000.00元，得分：90.1，排名：2\n投标人：甲建设有限公司，投标报价：1,234,567.00元，得分：95.3，排名：1';
    expect(rankedRow(text)).toMatchObject({ name: '甲建设有限公司', price: '1,234,567.00元', by: 'rank' });
    expect(
      rankedRow('投标单位：甲公司；投标报价(万元)：123.45；名次：第一名\n投标单位：乙公司；投标报价(万元)：125.00；名次：第二名'),
    ).toMatchObject({
      name: '甲公司',
      unitYuan: 10_000,
    });
  });

  it('needs at least two ranked lines', () => {
    expect(rankedRow('投标人：甲建设有限公司，投标报价：1,234,567.00元，排名：1')).toBeNull();
  });
});

describe('rankedRow: a ranking without a price column', () => {
  it('takes the row ranked first of a table of scores, with no price', () => {
    const text = '供应商名称  综合得分  名次\n甲信息有限公司  86.5  2\n乙软件有限公司  91.2  1';
    expect(rankedRow(text)).toEqual({ name: '乙软件有限公司', price: null, unitYuan: 1, by: 'rank', names: ['乙软件有限公司'] });
  });

  it('never takes a 中标候选人排序 column for the bidders', () => {
    const text = '中标候选人排序 | 中标候选人名称 | 投标报价(元)\n1 | 甲建设有限公司 | 1,236,000.00\n2 | 乙工程有限公司 | 1,250,000.00';
    expect(rankedRow(text)).toMatchObject({ name: '甲建设有限公司', price: '1,236,000.00', by: 'rank' });
  });

  it('knows the bidders of a 比选 by their 比选单位 or 参选单位 column', () => {
    const text = '比选单位 | 比选报价(元) | 排名\n乙建设有限公司 | 401,800.00 | 2\n甲水利工程有限公司 | 396,250.00 | 1';
    expect(rankedRow(text)).toMatchObject({ name: '甲水利工程有限公司', price: '396,250.00', by: 'rank' });
    const other = '参选单位 | 报价(元) | 名次\n甲照明工程有限公司 | 74,600.00 | 1';
    expect(rankedRow(other)).toMatchObject({ name: '甲照明工程有限公司', by: 'rank' });
  });

  it('joins a header wrapped onto a second line by a spreadsheet paste before reading the rows', () => {
    const text =
      '序号    供应商名称            最终报价      是否\n                              (元)          成交\n' +
      '1       甲文教用品有限公司    193,210.50    否\n2       乙图书发行有限责任公司    186,430.00    是';
    expect(rankedRow(text)).toMatchObject({ name: '乙图书发行有限责任公司', price: '186,430.00', by: 'decided' });
    const ranked =
      '排序    投标人名称    投标报价    工期\n    (万元)    (日历天)\n2    乙建设有限公司    101.5    90\n1    甲建设有限公司    99.8    90';
    expect(rankedRow(ranked)).toMatchObject({ name: '甲建设有限公司', unitYuan: 10_000, by: 'rank' });
  });
});

describe('rankedRow: a column headed by the outcome (中选人, 中标人, 成交单位)', () => {
  it('takes the first row of a carrier’s 份额 table, with the unit in a header that also notes tax', () => {
    const text =
      '标包 | 中选人 | 中选份额 | 投标报价(不含税,万元)\n标包1 | 甲通信工程有限公司 | 50% | 286.40\n标包1 | 乙通信工程有限公司 | 30% | 291.75';
    expect(rankedRow(text)).toMatchObject({ name: '甲通信工程有限公司', price: '286.40', unitYuan: 10_000, by: 'first' });
  });

  it('reads the other outcome words the same way', () => {
    expect(rankedRow('包号 | 成交单位 | 成交金额(元)\n1 | 甲家具有限公司 | 123,000.00')).toMatchObject({
      name: '甲家具有限公司',
      price: '123,000.00',
    });
    expect(rankedRow('标段 | 中标人 | 投标报价(万元) | 工期\n一标段 | 甲建设有限公司 | 1286.35 | 300')).toMatchObject({
      name: '甲建设有限公司',
      unitYuan: 10_000,
    });
    expect(rankedRow('序号 | 中选单位 | 报价(元)\n1 | 甲物业有限公司 | 96,000.00')).toMatchObject({ name: '甲物业有限公司' });
  });

  it('leaves an outcome column’s address or manager to other columns', () => {
    expect(rankedRow('中标人地址 | 项目负责人 | 工期\n某市某路1号 | 张三 | 90')).toBeNull();
  });
});

describe('rankedRow: bidders headed by who quoted (报价单位, 报价人)', () => {
  it('reads the bidder and its price from two columns that both say 报价', () => {
    const text = '报价单位 | 报价(元) | 是否成交\n甲家具有限公司 | 126,000.00 | 否\n乙家具有限公司 | 123,000.00 | 是';
    expect(rankedRow(text)).toMatchObject({ name: '乙家具有限公司', price: '123,000.00', by: 'decided' });
    expect(rankedRow('排名 | 报价人 | 最终报价(万元)\n1 | 甲机电有限公司 | 9.86')).toMatchObject({
      name: '甲机电有限公司',
      unitYuan: 10_000,
    });
  });

  it('reads the same from keyed lines', () => {
    const text = '报价单位:乙机电有限公司,报价:101,200.00元,排名:2\n报价单位:甲机电有限公司,报价:98,600.00元,排名:1';
    expect(rankedRow(text)).toMatchObject({ name: '甲机电有限公司', price: '98,600.00元', by: 'rank' });
  });
});

describe('rankedRow: a column of outcomes (成交结果, 评审结果)', () => {
  it('takes the row whose outcome is 成交 or 中选, not 未成交', () => {
    const text = '供应商名称 | 报价金额(元) | 成交结果\n甲科技有限公司 | 46,380.00 | 成交\n乙电子有限公司 | 47,900.00 | 未成交';
    expect(rankedRow(text)).toMatchObject({ name: '甲科技有限公司', by: 'decided', names: ['甲科技有限公司'] });
    const chosen = '响应单位 | 报价(元) | 评审结果\n甲服务有限公司 | 88,000.00 | 未中选\n乙服务有限公司 | 86,500.00 | 中选';
    expect(rankedRow(chosen)).toMatchObject({ name: '乙服务有限公司', price: '86,500.00' });
  });
});

describe('rankedRow: a bidder number column before the names (投标人编号)', () => {
  it('reads the names from the bidder column, not the numbers', () => {
    const text =
      '投标人编号 排序 投标人 投标报价(元) 综合得分\n1 3 甲市政工程有限公司 5,876,430.00 86.25\n2 1 乙建设集团有限公司 5,702,118.00 93.40\n3 2 丙路桥建设有限公司 5,793,560.00 89.75';
    expect(rankedRow(text)).toMatchObject({ name: '乙建设集团有限公司', price: '5,702,118.00', by: 'rank' });
    const keyed = '供应商序号:1,供应商:乙公司有限公司,排名:2\n供应商序号:2,供应商:甲科技有限公司,排名:1';
    expect(rankedRow(keyed)).toMatchObject({ name: '甲科技有限公司' });
  });
});

describe('rankedRow: a remark naming the winner below a declined first candidate', () => {
  it('takes the row whose 备注 says 中标人 and reads names beside a 中标候选人 column of ranks', () => {
    const text =
      '中标候选人 | 投标人 | 投标报价(元) | 备注\n第一名 | 甲路桥有限公司 | 3,000,000.00 | 放弃中标\n第二名 | 乙建设集团有限公司 | 3,127,400.00 | 中标人';
    expect(rankedRow(text)).toMatchObject({ name: '乙建设集团有限公司', price: '3,127,400.00', by: 'decided' });
    const ranked =
      '中标候选人 | 投标人 | 投标报价(元) | 备注\n第二名 | 乙建设集团有限公司 | 3,127,400.00 | 无\n第一名 | 甲路桥有限公司 | 3,000,000.00 | 无';
    expect(rankedRow(ranked)).toMatchObject({ name: '甲路桥有限公司', by: 'rank' });
  });
});

describe('rankedRow: ranked lines of fields split by single spaces', () => {
  it('takes the line ranked 1, wherever it stands, and never reads a ranked line as a header row', () => {
    const later = '中标候选人:某某市政工程有限公司 排名:2 投标报价:2400000.00元\n中标候选人:某某建设有限公司 排名:1 投标报价:2345678.00元';
    expect(rankedRow(later)).toMatchObject({ name: '某某建设有限公司', price: '2345678.00元', by: 'rank' });
    const first = '中标候选人:某某建设有限公司 排名:1 投标报价:2345678.00元\n中标候选人:某某市政工程有限公司 排名:2 投标报价:2400000.00元';
    expect(rankedRow(first)).toMatchObject({ name: '某某建设有限公司', price: '2345678.00元' });
  });
});

describe('rankedRow: a panel’s conclusion and bilingual headers', () => {
  it('takes the row whose 评审结论 recommends it, in the unit stated above the table', () => {
    const text =
      '询价结果一览表(单位:万元)\n序号 | 供应商 | 最终报价 | 交货期 | 评审结论\n1 | 青禾仪器有限公司 | 47.36 | 30天 | 推荐成交\n2 | 远山实验设备有限公司 | 48.10 | 30天 | 通过';
    expect(rankedRow(text)).toMatchObject({ name: '青禾仪器有限公司', price: '47.36', unitYuan: 10_000, by: 'decided' });
  });

  it('reads a header cell by its Chinese label when English stands before it', () => {
    const text =
      'Rank 排名 | Bidder 投标人 | Bid Price 投标价(CNY) | Score 得分\n1 | 青禾环保设备有限公司 | 4,368,000.00 | 92.6\n2 | 远山水处理有限公司 | 4,415,500.00 | 90.3';
    expect(rankedRow(text)).toMatchObject({ name: '青禾环保设备有限公司', price: '4,368,000.00', by: 'rank' });
  });

  it('takes the row ticked in a bare 成交 column, the others left empty', () => {
    const text = '序号 | 供应商名称 | 报价(元) | 成交\n1 | 远山家具有限公司 | 96,400.00 | √\n2 | 青禾木业有限公司 | 98,000.00 |';
    expect(rankedRow(text)).toMatchObject({ name: '远山家具有限公司', names: ['远山家具有限公司'], by: 'decided' });
  });

  it('reads a rank column that says what it ranks by (综合排名, 得分排序, 中标候选人排名)', () => {
    const rows = '\n青禾市政工程有限公司 | 3,260,000.00 | 88.5 | 2\n青禾宏达建设有限公司 | 3,210,000.00 | 91.2 | 1';
    expect(rankedRow(`投标人 | 投标报价(元) | 综合得分 | 综合排名${rows}`)).toMatchObject({ name: '青禾宏达建设有限公司', by: 'rank' });
    expect(rankedRow(`投标单位 | 投标报价(元) | 综合得分 | 得分排序${rows}`)).toMatchObject({ name: '青禾宏达建设有限公司', by: 'rank' });
    const named =
      '中标候选人排名 | 投标单位 | 投标报价(元)\n第二 | 青禾市政工程有限公司 | 3,260,000.00\n第一 | 青禾宏达建设有限公司 | 3,210,000.00';
    expect(rankedRow(named)).toMatchObject({ name: '青禾宏达建设有限公司', price: '3,210,000.00', by: 'rank' });
  });
});

describe('rankedRow: an evaluated price column', () => {
  it('reads 评标价 with its unit when no column gives the bid', () => {
    const text =
      '| 排名 | 投标人 | 评标价(万元) | 得分 |\n| 1 | 甲公路工程有限公司 | 2,863.51 | 95.2 |\n| 2 | 乙路桥有限公司 | 2,901.00 | 93.1 |';
    expect(rankedRow(text)).toMatchObject({ name: '甲公路工程有限公司', price: '2,863.51', unitYuan: 10_000 });
  });

  it('keeps the 投标报价 column over the 评标价 one', () => {
    const text =
      '排名 | 投标人 | 评标价(元) | 投标报价(元)\n1 | 甲公路工程有限公司 | 2,800,000 | 2,863,510\n2 | 乙路桥有限公司 | 2,850,000 | 2,901,000';
    expect(rankedRow(text)).toMatchObject({ name: '甲公路工程有限公司', price: '2,863,510' });
  });
});

describe('rankedRow: a quote for each round of a negotiation', () => {
  it('reads the last round (最终报价), not the first one standing left of it', () => {
    const text =
      '排名 | 供应商名称 | 首次报价(元) | 最终报价(元) | 评审得分\n1 | 甲办公设备有限公司 | 328,000.00 | 312,500.00 | 92.6\n2 | 乙科技有限公司 | 335,000.00 | 318,000.00 | 88.1';
    expect(rankedRow(text)).toMatchObject({ name: '甲办公设备有限公司', price: '312,500.00' });
  });

  it('reads 二次报价 over 第一轮报价', () => {
    const text = '名次 | 响应人 | 第一轮报价(万元) | 二次报价(万元)\n1 | 甲物业服务有限公司 | 98.5 | 96.2';
    expect(rankedRow(text)).toMatchObject({ price: '96.2', unitYuan: 10_000 });
  });
});
