import fc from 'fast-check';
import { parseBulletin } from './bulletin-parser';

// Text built from the pieces the parsers look for, so random input reaches every branch.
const PIECES = [
  '预算金额',
  '最高限价',
  '中标价',
  '(万元)',
  ':',
  '：',
  '\n',
  ' ',
  '|',
  '年',
  '月',
  '日',
  '时',
  '分',
  '万元',
  '元',
  '约',
  '**',
  '(略)',
  '2026',
  '03',
  '9',
  '30',
  '.',
  ',',
  '柒万伍仟元整',
  '二〇二四',
  '项目编号',
  '截止时间',
  '开标时间',
  '于',
  '前递交',
  '中标结果公告',
  '招标公告',
  '更正',
  '序号',
  '1',
  '<p>',
  '</td>',
  '&amp;',
  '重庆市',
  '渝中区',
  '發佈',
  'Ａ',
];
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

  it('places a deadline without a year by the day documents go on sale, without calling that day the publication date', () => {
    const p = parseBulletin({
      title: '某某镇污水管网改造工程招标公告',
      body: '一、获取招标文件\n时间：2026年12月28日9:00至2027年1月4日17:00\n二、投标截止时间：1月18日9时30分',
    });
    expect(p.publishedAt).toBeNull();
    expect(p.deadlineAt).toEqual(new Date('2027-01-18T01:30:00Z'));
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

  it('gives a call for comments or prices no deadline: its cut-off is for remarks, not bids', () => {
    const comments = parseBulletin({
      title: '某中学宿舍改造采购需求征求意见公示',
      body: '采购预算：189万元\n征求意见截止时间：2028年6月14日18:00',
    });
    expect(comments).toMatchObject({ category: 'intent', budgetYuan: 1_890_000, deadlineAt: null });
    const survey = parseBulletin({
      title: '某医院空调节能改造市场调研公告',
      body: '欢迎供应商提供方案及报价。\n材料提交截止：2028年6月22日17时00分',
    });
    expect(survey).toMatchObject({ category: 'intent', stage: 'pre_announcement', deadlineAt: null });
  });

  it('gives a sale, a contract and a planned project no deadline: they take no bids', () => {
    const land = parseBulletin({
      title: '某区国有建设用地使用权挂牌出让公告',
      body: '起始价：1280万元\n竞买申请截止时间：2030年7月20日16时\n挂牌时间：2030年7月12日9时至2030年7月22日10时',
    });
    expect(land).toMatchObject({ category: 'other', deadlineAt: null });
    const eia = parseBulletin({
      title: '某垃圾焚烧发电项目环境影响报告书拟批准公示',
      body: '建设单位：某环保能源有限公司\n意见反馈截止时间：2030年6月18日17时',
    });
    expect(eia).toMatchObject({ category: 'proposed', deadlineAt: null });
    const lease = parseBulletin({ title: '某街道临街门面房公开出租公告', body: '竞租申请文件递交截止时间：2029年6月7日17:00' });
    expect(lease).toMatchObject({ category: 'tender', deadlineAt: new Date('2029-06-07T09:00:00Z') });
  });

  it('gives a failed tender no deadline: its opening time is past', () => {
    const parsed = parseBulletin({
      title: '某镇村级道路硬化工程流标公示',
      body: '招标控制价:218.6万元\n开标时间:2027年7月22日9:30\n因有效投标人不足3家,本次招标流标,招标人将重新组织招标。',
    });
    expect(parsed).toMatchObject({ category: 'other', stage: 'termination', budgetYuan: 2_186_000, deadlineAt: null });
  });

  it('reads winners and the award amount of a result, never as a budget', () => {
    const parsed = parseBulletin({
      title: '某县人民医院消毒供应中心设备采购项目中标结果公告',
      body: '一、项目编号:JS-2026-0311\n二、中标信息\n预算金额:120万元\n中标人:某某医疗器械有限公司\n中标金额:1,138,000.00元\n三、联系方式\n采购人:某县人民医院\n电话:0516-89001234',
    });
    expect(parsed).toMatchObject({
      category: 'award',
      stage: 'result',
      winners: ['某某医疗器械有限公司'],
      awardYuan: 1_138_000,
      budgetYuan: null,
      buyer: '某县人民医院',
      projectCode: 'JS-2026-0311',
      regionPath: ['江苏省', '徐州市'],
    });
  });

  it('reads a tender’s buyer, agency, budget and deadline from the text alone', () => {
    const parsed = parseBulletin({
      title: '【某某招标网】标讯:某镇中心小学运动场改造工程竞争性磋商公告',
      body:
        '某某工程咨询有限公司受某镇中心小学委托,对该项目进行竞争性磋商。\n项目编号:ZX2026-017\n最高限价:86.5万元\n' +
        '响应文件提交截止时间:2026年5月8日9时30分(北京时间)\n投标保证金:1万元\n采购人联系电话:0376-6221234',
    });
    expect(parsed).toMatchObject({
      category: 'tender',
      stage: 'invitation',
      buyer: '某镇中心小学',
      agency: '某某工程咨询有限公司',
      budgetYuan: 865_000,
      deadlineAt: new Date('2026-05-08T01:30:00Z'),
      regionPath: ['河南省', '信阳市'],
      winners: [],
      awardYuan: null,
    });
  });

  it('takes the new deadline of a change notice, not the one it replaces', () => {
    const parsed = parseBulletin({
      title: '某道路工程延期公告',
      body: '原公告投标截止时间:2026年4月2日9时00分\n现变更为:投标截止时间:2026年4月16日9时00分',
    });
    expect(parsed).toMatchObject({ category: 'change', stage: 'extension', deadlineAt: new Date('2026-04-16T01:00:00Z') });
  });

  it('reads no budget from a change notice, even where it corrects the price ceiling', () => {
    const parsed = parseBulletin({
      title: '某街道排水管网修复工程更正公告',
      body: '招标人:某街道办事处\n更正事项:招标控制价\n更正前:招标控制价为1,865,300元\n更正后:招标控制价为1,826,900元\n其他内容不变。',
    });
    expect(parsed).toMatchObject({ category: 'change', budgetYuan: null });
  });

  it('reads a press report’s headline investment as its budget, not the figures after it', () => {
    const parsed = parseBulletin({
      title: '某市二季度重大项目集中开工',
      body:
        '本报讯 4月8日,某市二季度重大项目集中开工,共32个项目,总投资186亿元。' + '其中,'.padEnd(400, '某') + '某产业园项目总投资40亿元。',
    });
    expect(parsed).toMatchObject({ category: 'news', stage: 'construction_start', budgetYuan: 18_600_000_000, buyer: null });
  });

  it('reads a progress report’s table of projects at its 合计 row, and a land sale result without winner or price', () => {
    const report = parseBulletin({
      title: '某县2028年1-2月重点项目建设进展情况通报',
      body: '现将进展情况通报如下：\n序号 | 项目名称 | 总投资（亿元） | 完成率\n1 | 甲道路工程 | 6.8 | 16.8%\n2 | 乙产业园 | 2.6 | 15.0%\n合计 | | 9.4 | 16.3%',
    });
    expect(report).toMatchObject({ category: 'news', stage: 'progress', budgetYuan: 940_000_000 });
    const land = parseBulletin({
      title: '某区国有建设用地使用权挂牌出让结果公示',
      body: '宗地编号 | 面积（平方米） | 起始价（万元） | 成交价（万元） | 竞得人\nA-05 | 46820 | 1405 | 1405 | 某装备制造有限公司',
    });
    expect(land).toMatchObject({ category: 'other', budgetYuan: null, awardYuan: null, winners: [] });
  });

  it('drops a deadline that lies before publication', () => {
    const parsed = parseBulletin({
      title: '某项目更正公告',
      body: '原公告开标时间：2026年3月1日',
      publishedAt: new Date('2026-03-20T00:00:00Z'),
    });
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

describe('parseBulletin: opening records', () => {
  it('gives an opening record no deadline: the opening it reports has happened', () => {
    const parsed = parseBulletin({
      title: '某镇农田水利设施维修工程开标记录',
      body: '开标时间:2026年11月28日9时30分\n序号 | 投标人 | 投标报价(元)\n1 | 甲水利有限公司 | 1,985,320.00',
    });
    expect(parsed.stage).toBe('bid_opening');
    expect(parsed.deadlineAt).toBeNull();
  });

  it('reads a result whose labels are spaced out to fill their cells', () => {
    const body =
      '第 一 中 标 候 选 人：甲水利建设有限公司\n投标报价（万元）：356.82\n第 二 中 标 候 选 人：乙建筑工程有限公司\n投标报价（万元）：358.10';
    const parsed = parseBulletin({ title: '某镇饮水工程中标候选人公示', body });
    expect(parsed.winners).toEqual(['甲水利建设有限公司']);
    expect(parsed.awardYuan).toBe(3568200);
  });
});

describe('parseBulletin: a tender with its labels spaced out', () => {
  it('reads budget, deadline and code from spaced labels and keeps the body as written', () => {
    const parsed = parseBulletin({
      title: '某县人民医院生化分析仪采购项目公开招标公告',
      body: '项 目 编 号：LL-2027-HW-046\n预 算 金 额：人民币 168 万元\n获 取 文 件 时 间：2027年10月25日至2027年10月31日\n截 止 时 间：2027年11月15日 09:30（北京时间）',
    });
    expect(parsed.projectCode).toBe('LL-2027-HW-046');
    expect(parsed.budgetYuan).toBe(1_680_000);
    expect(parsed.deadlineAt).toEqual(new Date('2027-11-15T01:30:00Z'));
    expect(parsed.body.startsWith('项 目 编 号')).toBe(true);
  });
});

describe('parseBulletin: a change to a result set out as a before/after table', () => {
  it('reads the new winner and amount, not the replaced ones', () => {
    const parsed = parseBulletin({
      title: '某街道卫生服务中心设备采购项目中标结果更正公告',
      body: '更正事项：中标结果\n更正项 | 更正前 | 更正后\n中标供应商 | 广西康泰医疗器械有限公司 | 柳州市仁和医疗设备有限公司\n中标金额（元） | 1,186,000.00 | 1,203,500.00\n其他内容不变。',
    });
    expect(parsed.winners).toEqual(['柳州市仁和医疗设备有限公司']);
    expect(parsed.awardYuan).toBe(1_203_500);
  });
});

describe('parseBulletin: names spaced out by a PDF', () => {
  it('closes up the spaces inside a winner and still reads its bid beside it', () => {
    const parsed = parseBulletin({
      title: '某街道农村道路硬化工程中标候选人公示',
      body: '名次 投标人名称 投标报价(元) 工期\n第一名 大连 金 石 路 桥工程有限公司 4,402,800.00 120\n第二名 乙建设工程有限公司 4,500,000.00 120',
    });
    expect(parsed.winners).toEqual(['大连金石路桥工程有限公司']);
    expect(parsed.awardYuan).toBe(4_402_800);
  });

  it('keeps the spaces of a name in Latin letters', () => {
    const parsed = parseBulletin({ title: '某设备采购成交结果公告', body: '成交供应商：Alpha Optics GmbH\n成交金额：12,000.00元' });
    expect(parsed.winners).toEqual(['Alpha Optics GmbH']);
  });
});

describe('parseBulletin: a failed procedure quoting its bids', () => {
  const ceiling = '招标人：某镇人民政府\n最高投标限价：389.6万元\n本项目开标，投标人如下：\n';
  const bids = '1、甲环保工程有限公司 投标报价：3,812,600.00元\n2、乙水处理设备有限公司 投标报价：3,790,000.00元\n';

  it('reads the ceiling of a 流标 as its budget: the bids make no result of it', () => {
    const parsed = parseBulletin({
      title: '某污水处理厂提标改造工程流标公告',
      body: `${ceiling}${bids}有效投标人不足三家，本次招标流标。`,
    });
    expect(parsed.stage).toBe('termination');
    expect(parsed.budgetYuan).toBe(3_896_000);
    expect(parsed.awardYuan).toBeNull();
  });

  it('reads the ceiling of a bid opening record beside the bids it lists, and no award', () => {
    const parsed = parseBulletin({
      title: '某街道背街小巷整治工程开标记录',
      body: `${ceiling}${bids}开标过程无异议。`,
    });
    expect(parsed.stage).toBe('bid_opening');
    expect(parsed.budgetYuan).toBe(3_896_000);
    expect(parsed.awardYuan).toBeNull();
    expect(parsed.winners).toEqual([]);
  });

  it('reads no budget from an ended procedure whose page ranks candidates', () => {
    const body = `${ceiling}中标候选人排序及相关内容\n中标候选人1单位名称 | 甲环保工程有限公司\n投标报价 | 3,812,600.00元\n`;
    expect(parseBulletin({ title: '某污水处理厂提标改造工程终止招标公告', body }).budgetYuan).toBeNull();
  });
});

describe('parseBulletin: a result corrected in one clause', () => {
  it('reads the corrected award, not the one it replaces', () => {
    const parsed = parseBulletin({
      title: '某某街道道路维修工程中标结果更正公告',
      body: '更正内容：中标金额由“1,234,567.00元”更正为“1,243,567.00元”。\n中标人：某某建设有限公司',
    });
    expect(parsed.awardYuan).toBe(1_243_567);
  });
});

describe('parseBulletin: tables drawn with box characters', () => {
  it('reads the winner and amount of a box-drawn result table', () => {
    const body =
      '采购人:青禾县第二中学\n成交结果:\n┌────┬──────────────────┬────────────┐\n│序号│成交供应商        │成交金额(元)│\n├────┼──────────────────┼────────────┤\n│1   │远山教学设备有限公司│456,000.00  │\n└────┴──────────────────┴────────────┘';
    const parsed = parseBulletin({ title: '青禾县第二中学实验室设备采购成交结果公告', body });
    expect(parsed.winners).toEqual(['远山教学设备有限公司']);
    expect(parsed.awardYuan).toBe(456_000);
  });

  it('reads the first candidate of a +---+ table with a border between every row', () => {
    const body =
      '招标人:青禾县水利局\n+----+----------------------+--------------+\n| 排名 | 中标候选人 | 投标报价(万元) |\n+----+----------------------+--------------+\n| 1 | 远山水利建设有限公司 | 184.63 |\n+----+----------------------+--------------+\n| 2 | 青禾水务工程有限公司 | 186.19 |\n+----+----------------------+--------------+';
    const parsed = parseBulletin({ title: '青禾县河道清淤工程中标候选人公示', body });
    expect(parsed.winners).toEqual(['远山水利建设有限公司']);
    expect(parsed.awardYuan).toBe(1_846_300);
  });
});

describe('parseBulletin: a lots table without its header', () => {
  it('reads each lot’s winner and the first lot’s bare figure as yuan', () => {
    const parsed = parseBulletin({
      title: '青禾县第一中学实验设备采购项目中标结果公告',
      body: '采购人:青禾县第一中学\n预算金额:300,000.00元\n中标信息:\nA包 远山教学设备有限公司 128,600.00\nB包 青禾仪器有限公司 96,400.00',
    });
    expect(parsed.winners).toEqual(['远山教学设备有限公司', '青禾仪器有限公司']);
    expect(parsed.awardYuan).toBe(128_600);
  });
});

describe('parseBulletin: money in whole cents', () => {
  it('gives the sum of lots with cents as written, without a floating-point tail', () => {
    const parsed = parseBulletin({
      title: '青禾县城区道路改造工程施工招标公告',
      body: '招标人：青禾县住房和城乡建设局\n本项目分两个标段：\n第一标段：最高投标限价1100000.10元，工期180日历天；\n第二标段：最高投标限价2200000.20元，工期200日历天。',
    });
    expect(parsed.budgetYuan).toBe(3_300_000.3);
  });
});

describe('parseBulletin: text extracted from a PDF attachment', () => {
  it('reads a name broken by a page footer and a figure broken at the line end (own-b146)', () => {
    const parsed = parseBulletin({
      title: '某区某中心医疗设备采购竞争性谈判公告',
      body: '一、项目编号：ABZB-2036-001\n二、采购人：某市某区某中心\n三、采购代理机构：福建某都招\n第 1 页 共 3 页\n标有限公司\n四、预算金额：1,46\n0,000.00元\n五、响应文件递交截止时间：2036 年 12 月 2 日 15：00',
    });
    expect(parsed.agency).toBe('福建某都招标有限公司');
    expect(parsed.budgetYuan).toBe(1_460_000);
  });

  it('reads a deadline with a 〇 typed for 0 and a code with dashes typed for hyphens', () => {
    const parsed = parseBulletin({
      title: '某项目澄清变更公告',
      body: '项目编号：WJSL—2036—033\n采购人：某市某区某街道办事处\n投标截止时间及开标时间调整为：2036年12月1〇日9:30。',
    });
    expect(parsed.projectCode).toBe('WJSL-2036-033');
    expect(parsed.deadlineAt?.toISOString()).toBe('2036-12-10T01:30:00.000Z');
  });
});
