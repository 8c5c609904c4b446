import { parseBulletin } from './bulletin-parser';
import { joinFlatTables } from './flat-table';

describe('joinFlatTables', () => {
  it('sets a lots table written one cell a line back into rows', () => {
    const text =
      '采购需求\n合同包\n货物名称\n预算金额（元）\n采购单位\n1\n课桌椅\n380000\n某区教育局\n2\n图书柜\n120000\n某区教育局\n二、资格要求：见文件。';
    expect(joinFlatTables(text)).toBe(
      '采购需求\n合同包 | 货物名称 | 预算金额（元） | 采购单位\n1 | 课桌椅 | 380000 | 某区教育局\n2 | 图书柜 | 120000 | 某区教育局\n二、资格要求：见文件。',
    );
  });

  it('leaves a caption above the header out of the columns', () => {
    const text = '分包明细一览表\n包号\n品目\n预算金额(万元)\n1\n打印机\n12\n2\n碎纸机\n3.5';
    expect(joinFlatTables(text)).toBe('分包明细一览表\n包号 | 品目 | 预算金额(万元)\n1 | 打印机 | 12\n2 | 碎纸机 | 3.5');
  });

  it('drops a heading line above the header when the values fit only without it', () => {
    const text = '基本情况\n项目名称\n预算金额\n服务期\n某街道保洁服务\n560000元\n一年\n采购人：某街道办事处';
    expect(joinFlatTables(text)).toBe('基本情况\n项目名称 | 预算金额 | 服务期\n某街道保洁服务 | 560000元 | 一年\n采购人：某街道办事处');
  });

  it('keeps a total row whose empty cells were dropped, its figure in the last column', () => {
    const text = '序号\n品名\n数量\n预算金额（万元）\n1\n餐桌\n40张\n8\n2\n餐椅\n160把\n6.4\n合计\n14.4';
    expect(joinFlatTables(text)).toBe(
      '序号 | 品名 | 数量 | 预算金额（万元）\n1 | 餐桌 | 40张 | 8\n2 | 餐椅 | 160把 | 6.4\n合计 |  |  | 14.4',
    );
  });

  it('keeps the empty last cell of the last row', () => {
    const text = '序号\n项目名称\n预算金额（万元）\n备注\n1\n校园安保服务\n48\n\n2\n校车租赁\n30\n\n本意向仅供参考。';
    expect(joinFlatTables(text)).toBe(
      '序号 | 项目名称 | 预算金额（万元） | 备注\n1 | 校园安保服务 | 48 | \n2 | 校车租赁 | 30 | \n本意向仅供参考。',
    );
  });

  it('leaves lines alone when the values do not fill whole rows', () => {
    const text = '项目名称\n采购内容\n预算金额\n某村道路硬化\n180000\n联系人：王某';
    expect(joinFlatTables(text)).toBe(text);
  });

  it('ends a table where the next one starts with its numbering column', () => {
    const text = '包号\n预算金额(万元)\n最高限价(万元)\nA\n30\n30\n包号\n履约期限\n是否接受联合体\nA\n半年\n否';
    expect(joinFlatTables(text)).toBe(
      '包号 | 预算金额(万元) | 最高限价(万元)\nA | 30 | 30\n包号 | 履约期限 | 是否接受联合体\nA | 半年 | 否',
    );
  });

  it('takes a bare 采购项目 as a column, with the buyer in the first one', () => {
    const text = '采购单位\n采购项目\n采购预算（万元）\n采购时间\n某县民政局\n养老服务评估\n35\n2028年4月';
    expect(joinFlatTables(text)).toBe('采购单位 | 采购项目 | 采购预算（万元） | 采购时间\n某县民政局 | 养老服务评估 | 35 | 2028年4月');
  });

  it('leaves label and value pairs on lines of their own alone', () => {
    const text = '项目编号\nQX-2028-011\n采购人\n某镇人民政府\n预算金额\n30万元';
    expect(joinFlatTables(text)).toBe(text);
  });

  it('lets the parser add up the lots of a flattened table in 万元', () => {
    const parsed = parseBulletin({
      title: '某县第一中学课桌椅采购招标公告',
      body: '标段划分表\n标段\n标段名称\n最高投标限价（万元）\n1\n教学楼课桌椅\n64\n2\n宿舍床具\n36\n投标截止时间：2028年5月8日9:30\n招标人：某县第一中学',
    });
    expect(parsed.budgetYuan).toBe(1_000_000);
  });

  it('lets the parser read an intent list whose buyer is only a column', () => {
    const parsed = parseBulletin({
      title: '2028年政府采购意向',
      body: '序号\n项目名称\n预算金额（万元）\n采购单位\n1\n档案数字化服务\n26\n某县档案馆\n2\n库房除湿设备\n9\n某县档案馆',
    });
    expect(parsed.budgetYuan).toBe(260_000);
    expect(parsed.buyer).toBe('某县档案馆');
  });
});

describe('joinFlatTables: a table of changes (own-b76)', () => {
  it('reads 更正项 as a column, so each change is a row of old and new values', () => {
    const text =
      '更正内容：\n序号\n更正项\n原内容\n更正后内容\n1\n投标截止时间\n2030年3月26日09时00分\n2030年4月2日09时00分\n更正日期：2030年3月18日';
    expect(joinFlatTables(text)).toBe(
      '更正内容：\n序号 | 更正项 | 原内容 | 更正后内容\n1 | 投标截止时间 | 2030年3月26日09时00分 | 2030年4月2日09时00分\n更正日期：2030年3月18日',
    );
  });

  it('gives a change notice the new deadline of such a table', () => {
    const body =
      '二、更正信息\n序号\n更正项\n原内容\n更正后内容\n1\n提交投标文件截止时间\n2030年3月26日09时00分\n2030年4月2日09时00分\n其余内容不变。';
    expect(parseBulletin({ title: '某设备采购项目更正公告', body }).deadlineAt).toEqual(new Date('2030-04-02T01:00:00Z'));
  });
});
