import { BULLETIN_CATEGORIES, classifyCategory, isBulletinCategory, readNoticeKind } from './category';

const byTitle = (title: string, body = '') => classifyCategory({ title, body });

describe('classifyCategory', () => {
  it('lets a valid explicit category win', () => {
    expect(classifyCategory({ title: '某项目中标结果公告', body: '', explicit: 'tender' })).toBe('tender');
    expect(classifyCategory({ title: '某项目中标结果公告', body: '', explicit: 'bogus' })).toBe('award');
  });

  it.each([
    ['某学校体育器材采购项目-竞争性磋商公告', 'tender'],
    ['【平公资采2026223号】某局校舍维修附属项目-招标[采购]公告', 'tender'],
    ['某公司卫星终端采购项目_询比公告', 'tender'],
    ['某分公司欠费催缴外包服务采购项目重新招标', 'tender'],
    ['某燃气公司高压环网内外检测采购项目单一来源论证公告', 'tender'],
    ['某学院体育场维修改造项目中标结果公告', 'award'],
    ['某小学建设项目（EPC）第一标段(包)中标候选人公示', 'award'],
    ['某局户户通运行维护中标（成交）结果公告', 'award'],
    ['某中心项目 竞争性磋商成交公告', 'award'],
    ['某园区装饰装修项目施工 / 标段中标结果更正公告', 'award'], // a change to a result is about the award
    ['某项目中标候选人公示[中标候选人公示变更] [第1次变更]', 'award'],
    ['某学校器材采购公开招标更正（澄清）公告（一）', 'change'], // a change to a tender is a change
    ['某公园项目（勘察设计）答疑一', 'change'],
    ['某会议中心1标段招标澄清文件', 'change'],
    ['关于某道路工程项目暂停招标的公告', 'change'],
    ['某管网项目招标（三标段）变更公告[变更公告:第 1次]', 'change'],
    ['[安福县]某文体中心配套设施项目招标计划公告', 'intent'],
    ['[乐安县]某停车场立体车库采购意向', 'intent'],
    ['某铁塔公司信号升格专项行动预公示', 'intent'],
    ['某联通公司风险评估服务项目直接采购需求公示', 'intent'],
    ['关于征集某公司会议音视频维保服务项目采购项目技术规范书和技术评分表意见的公告', 'intent'],
    ['某市污水处理厂项目可行性研究报告批复', 'proposed'],
    ['某化工项目环境影响报告书公示', 'proposed'],
    ['某水库除险加固工程初步设计批复公示', 'proposed'],
    ['某市重点项目建设快讯', 'news'],
    ['某大桥项目正式开工', 'news'],
    ['世界银行贷款某项目冷链设备采购合同授予公告', 'award'], // a loan project's Contract Award Notice
    ['Contract Award Notice: Supply of Water Meters', 'award'],
    ['某体育公园开标记录', 'other'],
    ['[宜丰县]某供热工程终止招标公告[重发公告第3次][中标候选人公示]', 'other'],
    ['[铅山县]某工程废标公示[中标候选人公示变更] [第1次变更]', 'other'],
    ['某公司媒介资源集中采购项目_直接采购信息公告', 'other'],
  ])('%s → %s', (title, category) => {
    expect(byTitle(title)).toBe(category);
  });

  it('puts a tender for an approval service under tender, not proposed', () => {
    expect(byTitle('某项目环境影响评价服务采购公告')).toBe('tender');
    expect(byTitle('G42收费站改扩建工程可行性研究及初步设计服务采购中标候选人公示')).toBe('award');
  });

  it('reads traditional characters and spaced headings', () => {
    expect(byTitle('某項目中標結果公告')).toBe('award');
    expect(classifyCategory({ title: '', body: '监理招标投标格式文本三\n招 标 公 告\n招标编号：X' })).toBe('tender');
  });

  it('falls back to the body heading when the title says nothing', () => {
    expect(classifyCategory({ title: '某体育中心建设项目施工', body: '某体育中心建设项目施工评标结果公示\n招标人\n某局' })).toBe('award');
    expect(
      classifyCategory({ title: '[开发区]某工程', body: '[开发区]某工程\n【信息时间： 2026-03-31】\n某工程招标控制价为6365700.00元' }),
    ).toBe('other');
    expect(classifyCategory({ title: '[新建区]某工程', body: '某工程\n招标计划公告\n序号' })).toBe('intent');
  });

  it('ignores heading lines that name no kind of notice', () => {
    const body = '1、本招标项目已由主管部门批准招标\n供货期：合同签订后60日历天内\n潜在投标人应在网上获取招标文件';
    expect(classifyCategory({ title: '', body })).toBe('tender');
  });

  it('uses unambiguous body phrases next', () => {
    expect(classifyCategory({ title: '某工程', body: '开标时间\n对文件澄清与修改的主要内容\n详见招标文件' })).toBe('change');
    expect(classifyCategory({ title: '某工程', body: '项目情况\n中标价（万元）\n3602.5688\n中标工期' })).toBe('award');
    expect(classifyCategory({ title: '某工程', body: '开标记录内容\n投标人名称\n投标报价 |\n1,200,000元' })).toBe('other');
  });

  it('does not take rule talk in a tender body for an award or a change', () => {
    const body = '项目概况\n潜在投标人应在平台获取招标文件。\n评标委员会推荐3名中标候选人；招标人可对招标文件进行澄清或者修改。';
    expect(classifyCategory({ title: '某项目', body })).toBe('tender');
  });

  it('is tender for plain procurement wording, other for nothing at all', () => {
    expect(byTitle('某医院设备招标')).toBe('tender');
    expect(classifyCategory({ title: '', body: '' })).toBe('other');
    expect(byTitle('天成医疗网简介')).toBe('other');
  });
});

describe('BULLETIN_CATEGORIES', () => {
  it('lists the seven kinds of notice', () => {
    expect(BULLETIN_CATEGORIES).toEqual(['tender', 'award', 'change', 'intent', 'proposed', 'news', 'other']);
    expect(isBulletinCategory('award')).toBe(true);
    expect(isBulletinCategory('Award')).toBe(false);
    expect(isBulletinCategory(null)).toBe(false);
  });
});

describe('readNoticeKind: a village decision naming the builder it chose (own-b163)', () => {
  it('reads a 村民代表大会决议公示 that names the firm chosen as 施工单位 as the result', () => {
    const body =
      '村民代表大会就村道硬化工程施工单位确定事项进行表决，决议如下：\n一、甲县某建筑劳务有限公司报价最低，确定为施工单位。\n二、工程价款：9.6万元。';
    expect(readNoticeKind({ title: '某镇某村村民代表大会决议公示', body })).toEqual({ category: 'award', stage: 'result' });
  });

  it('reads no result from a tender stating how it will choose', () => {
    const body = '发包人：某村股份经济合作社\n控制价：12万元\n报价最低者确定为施工单位。\n报名截止时间：2038年3月1日17时';
    expect(readNoticeKind({ title: '某村道路工程发包公告', body }).category).toBe('tender');
  });
});
