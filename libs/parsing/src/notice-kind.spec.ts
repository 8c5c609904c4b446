import { readNoticeKind } from './category';
import { stripPinyinGlosses } from './spam-mirror';
import { STAGE_CATEGORY } from './stages';

const kind = (title: string, body = '') => readNoticeKind({ title, body });

describe('readNoticeKind', () => {
  it.each([
    ['某区2026年第二季度政府采购意向公开', 'intent', 'procurement_intent'],
    ['某县水利局2026年度招标计划', 'intent', 'tender_plan'],
    ['亚洲开发银行贷款某省某市城乡供水项目总体采购公告', 'intent', 'tender_plan'],
    ['General Procurement Notice: Some Province Rural Roads Project (World Bank Loan)', 'intent', 'tender_plan'],
    ['某医院全自动生化分析仪采购需求公示', 'intent', 'pre_announcement'],
    ['某污水厂提标改造工程资格预审公告', 'tender', 'prequalification'],
    ['某中学食堂食材配送服务竞争性磋商公告', 'tender', 'invitation'],
    ['某镇敬老院消防改造工程发包公告', 'tender', 'invitation'],
    ['某村道路硬化工程发包结果公告', 'award', 'result'],
    ['Notice of Award - Qinghe Port Crane Procurement', 'award', 'result'],
    ['青禾港岸桥采购项目 Contract Award Notice', 'award', 'result'],
    ['Publicity of Winning Candidates: Qinghe Water Plant Equipment', 'award', 'candidates'],
    ['某街道办公楼维修单一来源采购公示', 'tender', 'invitation'],
    ['某公园绿化养护项目更正公告', 'change', 'correction'],
    ['某道路工程招标文件澄清答疑(一)', 'change', 'clarification'],
    ['关于某体育馆照明改造项目开标时间延期的公告', 'change', 'extension'],
    ['某局信息系统运维项目采购方式变更公示', 'change', 'method_change'],
    ['某安置房二期施工第一中标候选人公示', 'award', 'candidates'],
    ['某镇卫生院设备采购项目成交结果公告', 'award', 'result'],
    ['某学校围墙工程招标失败公告', 'other', 'termination'],
    ['某河道疏浚工程开标记录', 'other', 'bid_opening'],
    ['某幼儿园迁建工程招标控制价公示', 'other', 'price_cap'],
    ['某社区服务中心物业服务采购合同公告', 'other', 'contract'],
    ['某职校实训设备采购项目履约验收公告', 'other', 'acceptance'],
    ['某县农村公路建设项目交工质量检测结果公示', 'other', 'acceptance'],
    ['某市水利工程质量抽检结果通报', 'other', 'acceptance'],
    ['某镇高标准农田质量检测服务采购结果公告', 'award', 'result'],
    ['关于某村道路硬化项目立项的批复', 'proposed', 'project_approval'],
    ['某片区污水管网工程可行性研究报告的批复', 'proposed', 'feasibility_approval'],
    ['某风电场项目核准的批复', 'proposed', 'ratification'],
    ['某物流园项目备案通知', 'proposed', 'filing'],
    ['某电镀园区建设项目环境影响报告书受理公示', 'proposed', 'eia'],
    ['某市一季度32个重大项目集中开工', 'news', 'construction_start'],
    ['某新区与三家企业签约 总投资80亿元', 'news', 'signing'],
    ['某跨江大桥主体完工 年底通车', 'news', 'completion'],
    ['某县重点项目建设快讯(第12期)', 'news', 'progress'],
    ['某社区泳池设施维修工程判给公告', 'award', 'result'],
    ['某街市外墙翻新工程公开招标', 'tender', 'invitation'],
    ['某小区改造配套基础设施工程资格审查结果公示', 'tender', 'prequalification'],
    ['某水厂扩建工程资格预审合格申请人名单公示', 'tender', 'prequalification'],
    ['某供热管网改造工程资格预审结果公告', 'tender', 'prequalification'],
    ['关于某排水管网改造工程招标文件下载的温馨提示', 'tender', 'invitation'],
    ['关于某供水管网延伸工程招标文件获取方式的通知', 'tender', 'invitation'],
    ['关于交易系统投标工具使用的温馨提示', 'other', null],
    ['某工程招标文件下载提示', 'tender', 'invitation'],
    ['关于某工程招标文件获取的补充通知', 'change', 'correction'],
    ['某项目节能审查意见', 'proposed', 'project_approval'],
    ['某项目建筑工程施工许可', 'proposed', 'project_approval'],
    ['某道路工程资格后审结果公示', 'other', null],
    ['某生态廊道建设工程社会稳定风险评估公示', 'proposed', 'feasibility_approval'],
    ['某停车楼项目建设工程规划许可批前公示', 'proposed', 'project_approval'],
    ['关于某污水处理站扩容工程初步设计概算的批复', 'proposed', 'project_approval'],
    ['某镇肉牛养殖园区项目拟建公示', 'proposed', 'project_approval'],
    ['某项目中标公示撤销公告', 'other', 'termination'],
    ['关于撤销某项目招标公告的公告', 'other', 'termination'],
    ['某工程投标文件递交情况公示', 'other', 'bid_opening'],
    ['某项目招标控制价调整公告', 'change', 'correction'],
    ['某污水厂提标改造工程资格预审公告', 'tender', 'prequalification'],
    ['某區公所會議室音響設備採購案', 'tender', 'invitation'],
    ['某區公所會議室音響設備採購案決標公告', 'award', 'result'],
  ])('%s → %s / %s', (title, category, stage) => {
    expect(kind(title)).toEqual({ category, stage });
  });

  it('gives every stage its category', () => {
    expect(STAGE_CATEGORY[kind('某项目中标候选人公示').stage!]).toBe('award');
  });

  it('reads traditional characters and strips aggregator tags before reading the title', () => {
    expect(kind('某縣人民醫院設備採購項目更正公告')).toEqual({ category: 'change', stage: 'correction' });
    expect(kind('【招标公告】【某某招标网】某小学校服采购需求公示')).toEqual({ category: 'intent', stage: 'pre_announcement' });
    expect(kind('标讯:某大学实验楼装修工程中标结果公告')).toEqual({ category: 'award', stage: 'result' });
    // The aggregator's tag is a fallback when the title itself names nothing.
    expect(kind('【招标公告】某医院手术室净化工程')).toEqual({ category: 'tender', stage: 'invitation' });
  });

  it('reads a body that sets a 投标文件递交截止时间 or states a 最高限价 as a tender', () => {
    expect(kind('某街道背街小巷提质改造工程', '最高限价为人民币 386.5 万元\n投标文件递交截止时间:2026年12月31日')).toEqual({
      category: 'tender',
      stage: 'invitation',
    });
  });

  it('reads a purchasing platform’s call for 挂网申报 as a tender', () => {
    expect(
      kind('关于开展2032年第二批新增药品挂网申报工作的通知', '一、申报范围：新获批上市的化学药品\n二、申报时间：2032年9月1日至9月12日'),
    ).toEqual({
      category: 'tender',
      stage: 'invitation',
    });
    expect(kind('某联盟医用耗材集中带量采购申报材料递交的通知')).toEqual({ category: 'tender', stage: 'invitation' });
  });

  it('reads a body whose deadline is written 截止投標 (as Taiwan writes it) as a tender', () => {
    expect(kind('某區公所活動中心空調汰換', '預算金額：新臺幣1,260,000元\n截止投標：2027年3月1日17時00分')).toEqual({
      category: 'tender',
      stage: 'invitation',
    });
  });

  it('reads a Macau 公開諮詢 asking for quotes by a 遞交報價單截止日期 as a tender (own-b150)', () => {
    const body = '諮詢實體：某署\n諮詢編號：XX/CC/2037/01\n預算：澳門元1,350,000.00\n遞交報價單截止日期：2037年7月10日下午5時30分';
    expect(kind('某署 公開諮詢：某前地節慶燈飾租賃及安裝服務', body)).toEqual({ category: 'tender', stage: 'invitation' });
  });

  it('reads "公開招標：" and "招標：" before the subject as a tender, 決標 as a result', () => {
    expect(kind('某某總署 公開招標：某公園灌溉系統改善工程')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某某事務署 招標：某會堂舞台燈光系統更換工程')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某市政府工務局 決標公告：某區人行道改善工程')).toEqual({ category: 'award', stage: 'result' });
  });

  it('reads a notice without a title from its heading lines and masked body', () => {
    const body = '某**局****项目\n更正公告\n一、原公告的采购项目编号:****\n二、更正信息\n更正事项:采购结果';
    expect(kind('', body)).toEqual({ category: 'change', stage: 'correction' });
    expect(kind('', '某县发展和改革局文件\n某镇人民政府:\n你单位报来的可行性研究报告收悉。经研究,现批复如下:')).toEqual({
      category: 'proposed',
      stage: 'feasibility_approval',
    });
  });

  it('reads an untitled filing list by the office it names as its field (备案机关：)', () => {
    const body =
      '序号 项目名称 建设单位 建设地点 总投资（万元）\n1 年产1万吨某某加工项目 某某食品有限公司 某某街道 5600\n备案机关：区发展和改革局';
    expect(kind('', body)).toEqual({ category: 'proposed', stage: 'filing' });
    expect(kind('', '项目名称：某某厂房扩建项目\n备案部门：县行政审批局\n总投资：3000万元')).toEqual({
      category: 'proposed',
      stage: 'filing',
    });
  });

  it('reads press reports as news even when they retell a tender result', () => {
    const report = '6月3日,某县城区供水管网改造工程评标结果公示,第一中标候选人为某建设集团有限公司,报价3150万元。该项目计划年内完工。';
    // 计划年内完工 is a target, not the works finished: the report tells how far the project has got.
    expect(kind('', report)).toEqual({ category: 'news', stage: 'progress' });
    const byline = '2026年05月12日 09:30 来源:某某日报\n本报讯(记者某某)11日,某开发区12个项目集中开工,总投资46亿元。';
    expect(kind('', byline)).toEqual({ category: 'news', stage: 'construction_start' });
    expect(kind('', '近日,某县职教中心实训楼项目稳步推进,目前主体结构已完成八成,预计明年春季投入使用。')).toEqual({
      category: 'news',
      stage: 'progress',
    });
  });

  it('reads a title cancelling the project it names (关于取消…项目的公告) as ended', () => {
    expect(kind('关于取消某区机关食堂厨房设备更新采购项目的公告', '经研究决定取消本项目，不再组织开标。')).toEqual({
      category: 'other',
      stage: 'termination',
    });
    expect(kind('关于取消某工程施工招标的通知')).toEqual({ category: 'other', stage: 'termination' });
    expect(
      kind(
        '关于取消某区食堂设备采购项目的公告',
        '各供应商：\n某区食堂设备采购项目（项目编号：X-1），原定于5月20日开标。经研究决定不再组织开标。',
      ).category,
    ).toBe('other');
    // A policy cancelling a practice of procurement (投标保证金) cancels no project.
    expect(kind('关于取消政府采购投标保证金的通知').stage).not.toBe('termination');
    // A tender that mentions cancelling something in its body is still a tender.
    expect(kind('某校食堂设备采购项目公开招标公告', '提供虚假材料的，取消其投标资格。').category).toBe('tender');
  });

  it('reads a published contract excerpt as a contract', () => {
    expect(
      kind('某医院手术室设备', '某医院手术室设备 一、合同编号:HT-2026-01二、合同名称:某医院手术室设备采购合同三、项目编号:X1'),
    ).toEqual({
      category: 'other',
      stage: 'contract',
    });
  });

  it('lets an explicit category win and keeps only a stage of that category', () => {
    expect(readNoticeKind({ title: '某项目中标结果公告', body: '', explicit: 'tender' })).toEqual({ category: 'tender', stage: null });
    expect(readNoticeKind({ title: '某项目招标公告', body: '更正内容:开标时间延期至5月8日', explicit: 'change' })).toEqual({
      category: 'change',
      stage: 'extension',
    });
  });
});

describe('stripPinyinGlosses', () => {
  it('removes pinyin injected by spam mirrors and keeps real brackets', () => {
    expect(stripPinyinGlosses('某風電項(xiàng)目核準(zhǔn)的批復(fù)')).toBe('某風電項目核準的批復');
    expect(stripPinyinGlosses('某项目(PPP)标段(a)')).toBe('某项目(PPP)标段(a)');
  });
});

describe('readNoticeKind: ended procedures and contracts read from the body', () => {
  it('reads a termination from its reason or a struck-out candidate', () => {
    expect(readNoticeKind({ title: '', body: '一、项目基本情况\n采购项目编号:X-1\n二、项目废标的原因\n有效供应商不足三家' })).toEqual({
      category: 'other',
      stage: 'termination',
    });
    expect(readNoticeKind({ title: '', body: '经核实,质疑成立,故取消某某建设有限公司第一中标候选人资格,本次招标作流标处理。' })).toEqual({
      category: 'other',
      stage: 'termination',
    });
  });

  it('does not take a tender’s rules about cancelling an award for a termination', () => {
    const body = '潜在投标人应在平台获取招标文件。\n中标人有下列情形之一的,取消其中标资格。';
    expect(readNoticeKind({ title: '某工程', body })).toEqual({ category: 'tender', stage: 'invitation' });
  });
});

describe('readNoticeKind: excerpts that keep only the fields of an open procurement', () => {
  it('reads a tender from 采购方式, 预算金额 and 最高限价 fields', () => {
    const body =
      '某医院手术室系统采购项目 一、项目基本情况项目编号:X-24-01项目名称:某系统采购方式:公开招标预算金额:3200000.00最高限价:3200000.00';
    expect(readNoticeKind({ title: '某医院手术室系统采购项目', body })).toEqual({ category: 'tender', stage: 'invitation' });
  });

  it('reads a works tender from 招标方式 and 最高投标限价 fields under a title naming only the project', () => {
    const body = '招标人：某区园林管理所 | 招标方式：公开招标 | 最高投标限价：3,468,200元\n开标时间：2031-08-12 09:00';
    expect(readNoticeKind({ title: '某区星海湖北岸绿化提升工程', body })).toEqual({ category: 'tender', stage: 'invitation' });
    const result = '招标方式：公开招标\n中标人：某建设有限公司\n中标价：3,386,000元';
    expect(readNoticeKind({ title: '某区绿化提升工程', body: result }).category).toBe('award');
  });
});

describe('readNoticeKind: an excerpt of prose without a title', () => {
  it('reads candidates from a long sentence that also states the price ceiling', () => {
    const body =
      '……经评标委员会评审,确定中标候选人如下:第一中标候选人为甲路桥工程有限责任公司,投标报价1,862,450.00元;第二中标候选人为乙建设工程有限公司,投标报价1,889,300.00元。本项目招标控制价为1,950,000.00元。';
    expect(readNoticeKind({ title: '', body })).toEqual({ category: 'award', stage: 'candidates' });
  });

  it('still reads a short heading line about the price ceiling as one', () => {
    expect(readNoticeKind({ title: '', body: '某路改造工程招标控制价公示\n控制价:1,950,000.00元' })).toEqual({
      category: 'other',
      stage: 'price_cap',
    });
  });
});

describe('readNoticeKind: contracts awarded (批出合約)', () => {
  it('reads a notice of a contract awarded as a result', () => {
    expect(kind('渠務署 批出合約公告：某排水繞道維修工程', '合約編號:DC/2027/06\n承建商名稱:甲土木工程有限公司')).toEqual({
      category: 'award',
      stage: 'result',
    });
  });
});

describe('readNoticeKind: the stage field of a project database entry', () => {
  it('reads a 拟建 entry’s stage from its 项目阶段 or 项目进展 field', () => {
    expect(readNoticeKind({ title: '拟建项目：某县城区污水处理厂工程', body: '总投资：3.12亿元\n项目阶段：可研已批复' })).toEqual({
      category: 'proposed',
      stage: 'feasibility_approval',
    });
    expect(
      readNoticeKind({
        title: '拟建项目：某产业园标准化厂房',
        body: '项目名称 | 某产业园标准化厂房\n项目进展 | 已完成立项，正在开展初步设计',
      }),
    ).toEqual({ category: 'proposed', stage: 'project_approval' });
  });

  it('reads a design under way as the approval stage, and an entry without a stage field as awaiting approval', () => {
    expect(readNoticeKind({ title: '拟建项目：某冷链物流园', body: '项目阶段：正在编制初步设计' })).toEqual({
      category: 'proposed',
      stage: 'project_approval',
    });
    expect(readNoticeKind({ title: '拟建项目：某冷链物流园', body: '总投资：3.26亿元\n建设地点：某片区' })).toEqual({
      category: 'proposed',
      stage: 'project_approval',
    });
  });

  it('reads the stage of a 社稳 or 初步设计 notice from its body when the title is only the project', () => {
    expect(readNoticeKind({ title: '某县城区停车场建设项目', body: '现将本项目社会稳定风险评估有关情况公示如下' })).toEqual({
      category: 'proposed',
      stage: 'feasibility_approval',
    });
  });
});

describe('readNoticeKind: works words that contain change words', () => {
  it.each([
    ['某医院门诊楼装修改造工程招标公告', 'tender', 'invitation'],
    ['某小学教学楼维修改造项目竞争性磋商公告', 'tender', 'invitation'],
    ['某变电站检修改造工程招标公告', 'tender', 'invitation'],
    ['某宿舍翻修改建工程比选公告', 'tender', 'invitation'],
    ['某县水毁道路恢复重建工程招标公告', 'tender', 'invitation'],
    ['某矿山生态恢复治理工程施工招标公告', 'tender', 'invitation'],
    ['某村道路改建延长线工程招标公告', 'tender', 'invitation'],
    ['某大道延长段排水工程竞争性磋商公告', 'tender', 'invitation'],
  ])('%s is no change: → %s / %s', (title, category, stage) => {
    expect(kind(title)).toEqual({ category, stage });
  });

  it.each(['某项目招标文件修改公告', '关于修改某项目采购文件的公告', '某小学维修改造工程更正公告'])('%s is still a correction', (title) => {
    expect(kind(title)).toEqual({ category: 'change', stage: 'correction' });
  });

  // A procedure resumed after a pause is on the pause's strand: a member following 延期/暂停 hears of it.
  it.each(['某项目恢复招标公告', '关于恢复某项目采购活动的公告', '某道路工程恢复公告'])('%s is an extension', (title) => {
    expect(kind(title)).toEqual({ category: 'change', stage: 'extension' });
  });
});

describe('readNoticeKind: a bid period extended is still an extension', () => {
  it.each(['某项目投标截止时间延长公告', '关于某道路延长线工程延期开标的公告'])('%s', (title) => {
    expect(kind(title)).toEqual({ category: 'change', stage: 'extension' });
  });
});

describe('readNoticeKind: notice words inside what a tender buys', () => {
  it.each([
    '某工程竣工验收报告编制服务招标公告',
    '某单位采购合同管理系统采购公告',
    '某县开标记录仪采购项目询价公告',
    '某区中标候选人信息系统运维服务采购公告',
    '某县流标项目重新招标公告',
  ])('%s is a tender', (title) => {
    expect(kind(title).category).toBe('tender');
  });

  it('still lets a notice word that opens the title or closes on the invitation decide', () => {
    expect(kind('终止某项目招标公告')).toEqual({ category: 'other', stage: 'termination' });
    expect(kind('关于终止某项目招标公告')).toEqual({ category: 'other', stage: 'termination' });
    expect(kind('某项目暂停招标公告')).toEqual({ category: 'change', stage: 'extension' });
  });
});

describe('readNoticeKind: excerpts without a title', () => {
  it('reads a contract or an acceptance report although it states the contract amount', () => {
    const contract = '合同编号：HT-2027-01\n采购人（甲方）：某医院\n供应商（乙方）：甲医疗设备有限公司\n合同金额：1,200,000.00元';
    expect(kind('', contract)).toEqual({ category: 'other', stage: 'contract' });
    const acceptance = '验收日期：2027年10月22日\n验收结论：合格\n中标供应商：甲家具有限公司\n合同金额：865,000.00元';
    expect(kind('', acceptance)).toEqual({ category: 'other', stage: 'acceptance' });
  });

  it('reads a clarification set out below and a prequalification by its application documents', () => {
    expect(kind('', '各投标人：\n现对某项目招标文件作如下澄清：\n1.工程量清单第8项调整。')).toEqual({
      category: 'change',
      stage: 'clarification',
    });
    expect(kind('', '本项目资格预审申请文件递交截止时间：2027年7月16日9:00\n估算价：2,365万元')).toEqual({
      category: 'tender',
      stage: 'prequalification',
    });
  });

  it('takes a tender’s acceptance terms for no acceptance report', () => {
    expect(kind('', '采购需求：课桌椅800套\n验收时间：供货后7日内\n预算金额：50万元').category).toBe('tender');
  });
});

describe('readNoticeKind: approvals, sales and reports around a planned project', () => {
  it('reads the review opinion of an energy or soil-conservation report as an approval', () => {
    expect(kind('关于某化工有限公司年产10万吨某产品项目节能报告的审查意见')).toEqual({ category: 'proposed', stage: 'project_approval' });
    expect(kind('关于某公路改建工程水土保持方案报告书的审批意见')).toEqual({ category: 'proposed', stage: 'project_approval' });
    expect(kind('某产业园项目', '你公司报送的节能报告收悉。经审查，原则同意该项目节能报告。')).toEqual({
      category: 'proposed',
      stage: 'project_approval',
    });
  });

  it('reads the published result of a land or mineral rights sale as no procurement result', () => {
    expect(kind('某区国有建设用地使用权挂牌出让结果公示')).toEqual({ category: 'other', stage: null });
    expect(kind('某县采矿权拍卖出让成交公示')).toEqual({ category: 'other', stage: null });
    expect(kind('某地块土地使用权出让竞得结果公告')).toEqual({ category: 'other', stage: null });
    // Services bought about land are still procured, and a cancelled sale is ended.
    expect(kind('某区土地出让地价评估服务采购项目中标结果公告')).toEqual({ category: 'award', stage: 'result' });
    expect(kind('某区国有建设用地使用权挂牌出让终止公告')).toEqual({ category: 'other', stage: 'termination' });
  });

  it('takes an entry’s planned start date for a field, not for news of works started', () => {
    expect(kind('【拟建项目】某新材料项目', '项目阶段：设计阶段\n投资额：1.2亿\n计划开工：2028年6月')).toEqual({
      category: 'proposed',
      stage: 'project_approval',
    });
    expect(kind('【拟建项目】某物流园', '总投资：3亿元\n预计竣工时间 | 2029年12月')).toEqual({
      category: 'proposed',
      stage: 'project_approval',
    });
    expect(kind('某产业园项目', '开工仪式公告\n计划开工：2028年6月')).toEqual({ category: 'news', stage: 'construction_start' });
    // Without notice wording anywhere, an approval named as the entry's stage makes it an entry.
    expect(kind('某项目', '业主单位：某公司\n计划开工：2028年**月\n总投资：**万元\n项目阶段：可研')).toEqual({
      category: 'proposed',
      stage: 'feasibility_approval',
    });
  });

  it('reads an investment agreement or a project settled as a signing', () => {
    expect(kind('某县与某集团签订投资协议', '3月22日，某县人民政府与某集团签订投资协议，计划总投资30亿元。')).toEqual({
      category: 'news',
      stage: 'signing',
    });
    expect(kind('某县招商引资再结硕果 6个项目成功落地')).toEqual({ category: 'news', stage: 'signing' });
  });

  it('reads investment completed so far as a progress report', () => {
    expect(kind('某物流园二期项目完成总投资六成', '截至3月底，项目累计完成投资8.76亿元，冷链仓库主体完工。')).toEqual({
      category: 'news',
      stage: 'progress',
    });
    expect(kind('某县2028年1-2月重点项目建设形象进度通报')).toEqual({ category: 'news', stage: 'progress' });
  });
});

describe('readNoticeKind: a method approved and a contract rated', () => {
  it('reads a finance bureau approving a non-tender method as a method change, not a project approval', () => {
    const change = { category: 'change', stage: 'method_change' };
    expect(kind('某县财政局关于同意某医院磁共振设备维保服务采用单一来源方式采购的批复')).toEqual(change);
    expect(kind('关于某项目变更政府采购方式的批复')).toEqual(change);
    expect(kind('某中心信息系统运维项目单一来源采购方式审批公示')).toEqual(change);
    expect(kind('关于同意某学校教学楼改造工程改为竞争性磋商的复函')).toEqual(change);
    // A project approval stays one; a single-source notice before the approval is still a tender.
    expect(kind('关于某村道路硬化项目立项的批复')).toEqual({ category: 'proposed', stage: 'project_approval' });
    expect(kind('某街道办公楼维修单一来源采购公示')).toEqual({ category: 'tender', stage: 'invitation' });
  });

  it('reads a supplier’s published performance rating as a check of the work, not a result', () => {
    const acceptance = { category: 'other', stage: 'acceptance' };
    expect(kind('某县城市管理局2027年度道路清扫保洁服务供应商履约评价结果公示')).toEqual(acceptance);
    expect(kind('某区物业服务项目合同履约情况公示')).toEqual(acceptance);
    expect(kind('某医院保安服务履约考核结果通报')).toEqual(acceptance);
    // Buying the rating service is a tender; 履约保证金 is a bond.
    expect(kind('某区政府采购项目履约评价第三方服务采购公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某中学食堂设备采购项目成交结果公告').category).toBe('award');
  });
});

describe('readNoticeKind: a later step named only in an aggregator’s tag, and opening wordings', () => {
  it('lets a tag naming a change or an end decide over a title that only names the tender', () => {
    expect(kind('【更正】某县第二小学教学楼维修工程招标公告')).toEqual({ category: 'change', stage: 'correction' });
    expect(kind('[延期]某医院CT采购项目公开招标公告')).toEqual({ category: 'change', stage: 'extension' });
    expect(kind('【终止公告】某街道保洁服务采购公告')).toEqual({ category: 'other', stage: 'termination' });
    // A title naming another kind still wins, and a tag naming the tender is only a fallback.
    expect(kind('【更正】某项目中标结果公告')).toEqual({ category: 'award', stage: 'result' });
    expect(kind('【招标公告】某小学校服采购需求公示')).toEqual({ category: 'intent', stage: 'pre_announcement' });
    expect(kind('【中标】某项目招标公告')).toEqual({ category: 'tender', stage: 'invitation' });
  });

  it('reads Taiwan’s 无法决标 as a failed procedure and a 响应文件开启记录 as an opening record', () => {
    expect(kind('某鄉公所道路改善工程無法決標公告')).toEqual({ category: 'other', stage: 'termination' });
    expect(kind('某中学实验室设备采购项目响应文件开启记录')).toEqual({ category: 'other', stage: 'bid_opening' });
    expect(kind('某工程投标文件开启情况公示')).toEqual({ category: 'other', stage: 'bid_opening' });
  });
});

describe('readNoticeKind: municipal wordings of withdrawn notices and intent lists', () => {
  it('reads a notice withdrawn by 废止 as ended, as 撤销 and 终止 are', () => {
    expect(kind('某项目废止公告')).toEqual({ category: 'other', stage: 'termination' });
    expect(kind('关于废止某中学食堂改造工程招标公告的公告')).toEqual({ category: 'other', stage: 'termination' });
    expect(kind('某街道保洁服务采购公告（废止）')).toEqual({ category: 'other', stage: 'termination' });
  });

  it('reads a cancellation notice (项目取消公告, 取消公告) as ended', () => {
    expect(kind('某社区养老驿站运营服务项目取消公告')).toEqual({ category: 'other', stage: 'termination' });
    expect(kind('某项目采购取消公示')).toEqual({ category: 'other', stage: 'termination' });
  });

  it('reads 采购需求意向 as a procurement intent list', () => {
    expect(kind('某区卫生健康委员会2028年3月采购需求意向')).toEqual({ category: 'intent', stage: 'procurement_intent' });
  });
});

describe('readNoticeKind: a 定标 choosing nobody', () => {
  it('reads 不予定标 in a title as ended', () => {
    expect(kind('某社区党群服务中心改造工程不予定标公示')).toEqual({ category: 'other', stage: 'termination' });
  });

  it('keeps a 定标结果 a result', () => {
    expect(kind('某工程定标结果公示')).toEqual({ category: 'award', stage: 'result' });
  });
});

describe('readNoticeKind: contracts, openings, rulings and changes worded otherwise', () => {
  it('reads a contract published, changed or ended as a contract notice, not a change or a result', () => {
    expect(kind('某镇中心小学食堂设备购置项目合同公开')).toEqual({ category: 'other', stage: 'contract' });
    expect(kind('某局环卫作业市场化服务项目合同变更公告')).toEqual({ category: 'other', stage: 'contract' });
    expect(kind('某医院洗涤服务项目合同解除公告', '原成交供应商：甲公司')).toEqual({ category: 'other', stage: 'contract' });
    expect(kind('某项目补充协议公示')).toEqual({ category: 'other', stage: 'contract' });
    expect(kind('某县人民医院保洁服务合同续签公示')).toEqual({ category: 'other', stage: 'contract' });
  });

  it('reads a list of quotes as opened as an opening record', () => {
    expect(kind('某工程竞争性磋商响应文件开启一览表')).toEqual({ category: 'other', stage: 'bid_opening' });
    expect(kind('某学院空调采购询价报价一览表公示')).toEqual({ category: 'other', stage: 'bid_opening' });
    expect(kind('某学院设备采购成交结果及报价一览表公示')).toEqual({ category: 'award', stage: 'result' });
  });

  it('reads a ruling on a complaint as other, ended when it voids the award', () => {
    const voided = '四、处理决定：投诉事项成立，认定本项目中标结果无效，责令采购人依法重新开展采购活动。';
    expect(kind('某局关于某项目投诉处理决定的公告', voided)).toEqual({ category: 'other', stage: 'termination' });
    expect(kind('某项目投诉处理结果公告', '驳回投诉。')).toEqual({ category: 'other', stage: null });
  });

  it('reads a tender stopped for good as ended, a paused one as a change', () => {
    expect(kind('某镇人居环境整治工程停止招标公告')).toEqual({ category: 'other', stage: 'termination' });
    expect(kind('某镇人居环境整治工程暂停招标公告')).toEqual({ category: 'change', stage: 'extension' });
    expect(kind('某道路工程招标公告撤回公告')).toEqual({ category: 'other', stage: 'termination' });
  });

  it('reads errata, revisions, 更改, 顺延 and a deadline reset as changes of the tender', () => {
    expect(kind('某幼儿园改扩建工程招标公告勘误')).toEqual({ category: 'change', stage: 'correction' });
    expect(kind('某道路工程招标公告补正公告')).toEqual({ category: 'change', stage: 'correction' });
    expect(kind('某道路工程招标文件修正通知')).toEqual({ category: 'change', stage: 'correction' });
    expect(kind('某道路工程招标公告（修正）')).toEqual({ category: 'change', stage: 'correction' });
    expect(kind('某道路工程开标时间推后的通知')).toEqual({ category: 'change', stage: 'extension' });
    expect(kind('某农贸市场改造项目采购文件第1次修订通知')).toEqual({ category: 'change', stage: 'correction' });
    expect(kind('某小学运动场改造工程招标公告更改通知')).toEqual({ category: 'change', stage: 'correction' });
    expect(kind('某村级道路硬化工程开标时间顺延公告')).toEqual({ category: 'change', stage: 'extension' });
    expect(kind('关于调整某街道背街小巷改造工程投标截止时间的通知')).toEqual({ category: 'change', stage: 'extension' });
    expect(kind('某医院智能柜采购项目质疑答复公告')).toEqual({ category: 'change', stage: 'clarification' });
    // The only change listed is the deadline: an extension (times-only-change).
    expect(kind('某小学运动场改造工程', '本项目采购文件作如下更改：\n1.投标截止时间更改为2028年7月7日10时00分。')).toEqual({
      category: 'change',
      stage: 'extension',
    });
    expect(
      kind('某小学运动场改造工程', '本项目采购文件作如下更改：\n1.资质要求更改为三级及以上。\n2.投标截止时间更改为2028年7月7日10时00分。'),
    ).toEqual({ category: 'change', stage: 'correction' });
  });

  it('reads an English Addendum or Corrigendum to a bidding document as a change', () => {
    expect(kind('Addendum No.1 to Bidding Document — ADB-Financed Urban Water Project, Contract CW-03')).toEqual({
      category: 'change',
      stage: 'clarification',
    });
    expect(kind('Corrigendum No.2: Invitation for Bids, Rural Roads Project')).toEqual({ category: 'change', stage: 'correction' });
  });

  it('keeps a service that revises a standard a tender', () => {
    expect(kind('某市地方标准修订服务采购公告')).toEqual({ category: 'tender', stage: 'invitation' });
  });
});

describe('readNoticeKind: titles that name only the notice, the kind in the body', () => {
  it('reads a moved opening, a resumed procedure and answered questions under a bare title as changes', () => {
    const moved = '各潜在投标人：\n某工程原定于2028年9月12日9时30分开标。因技术参数需论证，本项目开标时间推迟至2028年9月26日9时30分。';
    expect(kind('关于某污水处理厂提标改造工程的通知', moved)).toEqual({ category: 'change', stage: 'extension' });
    expect(kind('关于某学校食堂改造工程的公告', '各潜在投标人：\n本项目投标截止时间调整为2028年9月26日9时30分，开标地点不变。')).toEqual({
      category: 'change',
      stage: 'extension',
    });
    expect(kind('公告', '某项目因投诉处理暂停。现经采购人研究决定，恢复本项目采购活动，有关事项如下：')).toEqual({
      category: 'change',
      stage: 'extension',
    });
    expect(kind('通知', '各潜在投标人：\n有潜在投标人提出以下问题，现答复如下：\n问1：…\n答1：…')).toEqual({
      category: 'change',
      stage: 'clarification',
    });
  });

  it('keeps a tender that states its own times, or a bid deadline it may extend, a tender', () => {
    const own = '潜在供应商应于2028年7月21日09点30分前提交响应文件。开标时间如有推迟，采购人将书面告知各供应商。';
    expect(kind('公告', own)).toEqual({ category: 'tender', stage: 'invitation' });
  });

  it('lets the body of "关于某采购项目的公告" say the kind, the title deciding only when it says nothing', () => {
    const ended = '各供应商：\n某卫生院DR设备采购项目于2028年8月2日发布采购公告。因采购需求已不存在，终止本次采购活动。';
    expect(kind('关于某卫生院DR设备采购项目的公告', ended)).toEqual({ category: 'other', stage: 'termination' });
    expect(kind('关于某卫生院DR设备采购项目的公告', '联系人：王女士')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('关于某项目终止招标的公告', '潜在投标人')).toEqual({ category: 'other', stage: 'termination' });
  });

  it('reads a works plan without a title by its 发包 wording', () => {
    const plan =
      '发包人：某区教育体育局\n工程名称：某小学风雨操场建设工程\n计划发包内容：施工总承包\n预计发包金额：1,385万元\n计划发包时间：2030年第二季度';
    expect(kind('', plan)).toEqual({ category: 'intent', stage: 'tender_plan' });
  });

  it('reads a 招标项目计划表 as a plan and a unit’s 采购信息公开 page by what it lists', () => {
    expect(kind('公示', '某县交通运输局2029年第一批工程建设项目招标项目计划表\n注：以上为计划信息，具体以招标公告为准。')).toEqual({
      category: 'intent',
      stage: 'tender_plan',
    });
    expect(kind('某区水务局政府采购信息公开（2029年1月）', '现将本单位2029年1月采购意向公开如下：')).toEqual({
      category: 'intent',
      stage: 'procurement_intent',
    });
  });

  it('reads "…竣工验收的公示" as an acceptance, not news of completion', () => {
    expect(kind('关于某小学教学楼改造工程竣工验收的公示')).toEqual({ category: 'other', stage: 'acceptance' });
    expect(kind('某小学教学楼改造工程顺利竣工')).toEqual({ category: 'news', stage: 'completion' });
  });

  it('reads a new round called after a 流标 or 废标 as a tender, the failure itself as ended', () => {
    expect(kind('关于某镇污水管网工程流标后重新招标的公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某项目废标后重新采购公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某农贸市场改造工程第二次流标公示')).toEqual({ category: 'other', stage: 'termination' });
    expect(kind('某项目废标公告', '采购人将重新组织采购。')).toEqual({ category: 'other', stage: 'termination' });
  });

  it('reads a body closing on its outcome (本项目废标。) as ended, a rule of what follows if too few bid not', () => {
    const ended =
      '某中学空调采购项目于2029年7月3日开标。实质响应的供应商不足三家，根据政府采购法第三十六条规定，本项目废标。\n采购人将重新组织采购。';
    expect(kind('', ended)).toEqual({ category: 'other', stage: 'termination' });
    expect(kind('', '至投标截止时间，递交投标文件的投标人仅一家，本次招标流标。')).toEqual({ category: 'other', stage: 'termination' });
    const rule = '潜在投标人应于2029年8月23日前递交投标文件。提交投标文件的投标人少于三个的，本次招标流标。';
    expect(kind('', rule)).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('', '若实质响应的供应商不足三家，本项目废标。')).not.toEqual({ category: 'other', stage: 'termination' });
    expect(kind('', '当有效投标人不足三家时，本次招标流标。潜在投标人应于2029年8月1日前递交投标文件。')).toEqual({
      category: 'tender',
      stage: 'invitation',
    });
  });

  it('reads Taiwan’s 開標紀錄 as an opening record, not the 決標 it announces for later', () => {
    expect(kind('臺中市某局道路維護工程開標紀錄', '開標結果：審標中，決標結果另行公告。')).toEqual({
      category: 'other',
      stage: 'bid_opening',
    });
  });

  it('reads a cap published with its make-up (最高投标限价及其组成公示) as a price cap', () => {
    expect(kind('某镇农村道路提升改造工程最高投标限价及其组成公示')).toEqual({ category: 'other', stage: 'price_cap' });
    expect(kind('某工程最高投标限价构成公示')).toEqual({ category: 'other', stage: 'price_cap' });
    expect(kind('某工程招标控制价及其组成公告')).toEqual({ category: 'other', stage: 'price_cap' });
  });

  it('reads a contract signed and published (合同签署公示) as a contract, a press report of a signing as news', () => {
    expect(kind('某法院物业管理服务合同签署公示')).toEqual({ category: 'other', stage: 'contract' });
    expect(kind('某项目合同订立公告')).toEqual({ category: 'other', stage: 'contract' });
    expect(kind('某市与某集团签署合作协议')).toEqual({ category: 'news', stage: 'signing' });
    expect(kind('总投资30亿元 某项目正式落地某市')).toEqual({ category: 'news', stage: 'signing' });
  });

  it('reads a body that puts a purchase’s requirements up for remarks (采购需求予以公示) as a pre-announcement', () => {
    const body =
      '根据《政府采购需求管理办法》，现将本项目采购需求予以公示，公示期为5个工作日。\n预算金额：1,260,000.00元\n采购需求：保洁服务一年。';
    expect(kind('某中心2029年物业管理服务项目', body)).toEqual({ category: 'intent', stage: 'pre_announcement' });
    expect(kind('某中心物业管理服务项目', '预算金额：1,260,000.00元\n采购需求：保洁服务一年。')).toEqual({
      category: 'tender',
      stage: 'invitation',
    });
  });

  it('reads projects taken into a 储备库 as planned, and an approval card by its 审批事项', () => {
    expect(kind('某市发展和改革委员会关于公布2029年第三批市级重点项目储备库入库项目的通知')).toEqual({
      category: 'proposed',
      stage: 'project_approval',
    });
    const card = '项目名称：某风电项目\n审批事项：企业投资项目核准\n审批部门：某市能源局\n办理结果：准予核准';
    expect(kind('某镇100兆瓦风电项目', card)).toEqual({ category: 'proposed', stage: 'ratification' });
    expect(kind('某年产5万吨项目', '备案机关：某县发展和改革局\n办理结果：准予备案')).toEqual({ category: 'proposed', stage: 'filing' });
    // A results page's row under a header line: the matter is the cell under 审批事项, not the next header 审批结果.
    const row = '项目代码 | 审批文号 | 审批事项 | 审批结果\n2036-110105-47-01-123456 | 某发改审〔2036〕2号 | 可行性研究报告审批 | 同意';
    expect(kind('拟建项目：某街道老旧小区供水改造工程', row)).toEqual({ category: 'proposed', stage: 'feasibility_approval' });
    expect(kind('某区2029年政府投资项目储备清单')).toEqual({ category: 'proposed', stage: 'project_approval' });
    expect(kind('某公司供应商库入库公告')).not.toEqual(expect.objectContaining({ category: 'proposed' }));
  });

  it('reads 竞谈 and 竞磋, the short names of 竞争性谈判 and 竞争性磋商, as their procedures', () => {
    expect(kind('某局监测设备采购项目竞谈公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某中心物业服务竞磋邀请')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某局监测设备采购项目竞谈终止公告')).toEqual({ category: 'other', stage: 'termination' });
    expect(kind('某局监测设备采购项目竞谈结果公告')).toEqual({ category: 'award', stage: 'result' });
    expect(kind('某局监测设备采购项目竞谈失败公告')).toEqual({ category: 'other', stage: 'termination' });
  });

  it('reads a failed procedure started again (废标后重新组织) as the new invitation, a failure alone as an end', () => {
    expect(kind('某医院病理科设备采购项目竞争性磋商公告（废标后重新组织）')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某道路工程流标后重新招标公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某医院病理科设备采购项目废标公告')).toEqual({ category: 'other', stage: 'termination' });
  });

  it('reads a numbered round told as following a failed one (第1次公告流标，本次为第2次公告) as its invitation', () => {
    const body = '招标方式：公开招标\n新增公告传输次数：02（第1次公告流标，本次为第2次公告）\n截止投标：120/05/12 17:00';
    expect(kind('某镇公所某路排水沟渠改善工程（第二次公告）', body)).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某县政府无法决标公告：某体育场跑道整建工程', '无法决标理由：第1次公告流标后仍超过底价')).toEqual({
      category: 'other',
      stage: 'termination',
    });
  });

  it('reads a published notice withdrawn (…询价采购公告取消通知) as the end of its procedure', () => {
    expect(kind('某幼儿园食堂食材配送询价采购公告取消通知')).toEqual({ category: 'other', stage: 'termination' });
    expect(kind('某项目招标公告的取消公告')).toEqual({ category: 'other', stage: 'termination' });
    expect(kind('某学校取消公告栏维修采购公告')).toEqual({ category: 'tender', stage: 'invitation' });
  });

  it('reads 开标公示 as an opening record', () => {
    expect(kind('某小学综合楼改造工程开标公示')).toEqual({ category: 'other', stage: 'bid_opening' });
  });

  it('reads a project review published with its outcome (节能审查结果公示) as an approval, a review bought as a result', () => {
    expect(kind('某热电联产项目节能审查结果公示')).toEqual({ category: 'proposed', stage: 'project_approval' });
    expect(kind('某污水处理厂项目社会稳定风险评估结果的公示')).toEqual({ category: 'proposed', stage: 'feasibility_approval' });
    expect(kind('某项目社会稳定风险评估服务采购结果公告')).toEqual({ category: 'award', stage: 'result' });
  });

  it('reads a 单一来源 论证意见公示 as the 单一来源 procedure, whatever its body agrees to', () => {
    const body = '六、专家论证意见：经三名专家论证，同意采用单一来源方式采购。';
    expect(kind('某学院循环水槽维修单一来源采购专家论证意见公示', body)).toEqual({ category: 'tender', stage: 'invitation' });
  });

  it('reads a change to a result that names no award word (采购项目结果变更公告) as a change, as the shared labels do', () => {
    expect(kind('某中心医用耗材配送服务采购项目结果变更公告')).toEqual({ category: 'change', stage: 'correction' });
    expect(kind('某中心医用耗材配送服务中标结果变更公告')).toEqual({ category: 'award', stage: 'result' });
  });

  it('reads 繁體 解答及補充資料 as a clarification and 招標書 as an invitation', () => {
    expect(kind('澳門市政署 公開招標「某公園園藝保養服務」之解答及補充資料')).toEqual({ category: 'change', stage: 'clarification' });
    expect(kind('建築署 招標書：某體育館空調系統更換工程')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某学校心理咨询解答服务采购公告')).toEqual({ category: 'tender', stage: 'invitation' });
  });

  it('reads a state firm’s 选聘 and a call for suppliers (供应商征集, 公开征集) as tenders, a call for opinions as a plan', () => {
    expect(kind('某集团法律顾问选聘公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某公司合格供应商征集公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某集团法律服务机构公开征集公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某集团法律顾问选聘结果公示')).toEqual({ category: 'award', stage: 'result' });
    expect(kind('某项目采购需求意见征集公告')).toEqual({ category: 'intent', stage: 'pre_announcement' });
  });

  it('reads a hospital’s 参数征集 as a call before the procurement', () => {
    expect(kind('某医院超声设备参数征集')).toEqual({ category: 'intent', stage: 'pre_announcement' });
  });

  it('reads 能评 as the energy review of a planned project, not 性能评价', () => {
    expect(kind('某项目能评公示')).toEqual({ category: 'proposed', stage: 'project_approval' });
    expect(kind('某设备性能评审公示')).not.toEqual({ category: 'proposed', stage: 'project_approval' });
  });

  it('reads leases let out (出租, 竞租) as tenders, not a purchase of taxis or their results', () => {
    expect(kind('某街道临街门面房公开出租公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某国有资产商铺竞租公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某集团闲置厂房出租结果公示')).toEqual({ category: 'award', stage: 'result' });
  });

  it('reads deposits paid back and a settlement audited as no award, though their bodies name the firms', () => {
    const paidBack = '各投标人：某工程已于2029年4月22日发出中标通知书，现将未中标投标人的投标保证金原路退还。';
    expect(kind('关于退还某小学运动场改造工程投标保证金的通知', paidBack)).toEqual({ category: 'other', stage: null });
    expect(kind('某项目投标保证金退还公告')).toEqual({ category: 'other', stage: null });
    expect(kind('某社区道路升级改造工程结算审核结果公示')).toEqual({ category: 'other', stage: null });
    expect(kind('某学校综合楼竣工决算审计报告公示')).toEqual({ category: 'other', stage: null });
    expect(kind('某区工程结算审核服务采购公告')).toEqual({ category: 'tender', stage: 'invitation' });
  });

  it('reads 竣工验收备案 as an acceptance, not the 备案 of a planned project', () => {
    expect(kind('某安置小区二期工程竣工验收备案公示')).toEqual({ category: 'other', stage: 'acceptance' });
    expect(kind('某物流园项目备案通知')).toEqual({ category: 'proposed', stage: 'filing' });
  });

  it('reads 采购实施计划 as a plan and 意见征询 as a call before the procurement', () => {
    expect(kind('某医院2029年第三季度政府采购实施计划公示')).toEqual({ category: 'intent', stage: 'tender_plan' });
    expect(kind('某医院医用直线加速器采购需求意见征询公告')).toEqual({ category: 'intent', stage: 'pre_announcement' });
    expect(kind('关于某设备采购项目征询意见的公告')).toEqual({ category: 'intent', stage: 'pre_announcement' });
  });

  it('reads a 规划设计方案 公示 as an approval of a planned project, its drafting bought as a tender', () => {
    expect(kind('某农贸市场新建项目规划设计方案公示')).toEqual({ category: 'proposed', stage: 'project_approval' });
    expect(kind('某地块建筑方案公示')).not.toEqual({ category: 'award', stage: 'result' });
    expect(kind('某片区控制性详细规划方案编制服务采购公告')).toEqual({ category: 'tender', stage: 'invitation' });
  });

  it('reads a 评标报告 公示 as the candidates it recommends', () => {
    expect(kind('某污水管网完善工程评标报告公示')).toEqual({ category: 'award', stage: 'candidates' });
  });

  it('reads an opening put off to a later notice, a moved venue and a bracketed 补充 as changes', () => {
    expect(kind('关于某农村道路提质改造工程开标时间另行通知的公告')).toEqual({ category: 'change', stage: 'extension' });
    expect(kind('某工程投标截止时间另行通知')).toEqual({ category: 'change', stage: 'extension' });
    expect(kind('关于某卫生院设备采购项目更换开标地点的通知')).toEqual({ category: 'change', stage: 'correction' });
    expect(kind('某项目开标地点调整的公告')).toEqual({ category: 'change', stage: 'correction' });
    expect(kind('某农田水利设施维修工程招标公告（补充）')).toEqual({ category: 'change', stage: 'correction' });
    expect(kind('某小区路灯更换工程招标公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某门面房公开出租公告', '竞租方式：现场公开竞价，竞价时间另行通知。')).toEqual({ category: 'tender', stage: 'invitation' });
  });

  it('reads a procurement that found no supplier (未成交) as ended, not as its result', () => {
    expect(kind('某小学课桌椅采购询价项目未成交公告')).toEqual({ category: 'other', stage: 'termination' });
    expect(kind('某项目竞争性谈判未能成交的公告')).toEqual({ category: 'other', stage: 'termination' });
    expect(kind('某项目成交结果公告', '包1成交供应商：某公司\n包2未成交，原因：有效报价不足三家')).toEqual({
      category: 'award',
      stage: 'result',
    });
  });

  it('reads the kind from a header field (信息类型：) under a title that is only the project', () => {
    const fields = ['项目名称：某中心装修工程', '项目编号：X-1', '招标人：某办事处', '招标代理：某公司', '所属行业：房屋建筑'];
    const more = ['所属区域：某区', '资金来源：财政资金', '发布时间：2029-06-03', '信息来源：某交易中心'];
    const body = [...fields, ...more, '信息类型：终止公告', '内容：因建设内容调整，本工程不再实施招标。'].join('\n');
    expect(kind('某中心装修工程', body)).toEqual({ category: 'other', stage: 'termination' });
    expect(kind('某供水工程', '公告性质：资格预审公告\n招标人：某水务局')).toEqual({ category: 'tender', stage: 'prequalification' });
    expect(kind('某供水工程招标公告', body)).toEqual({ category: 'tender', stage: 'invitation' });
  });

  it('reads a body selling what it owns (废旧物资处置, 报废车辆拍卖) as no procurement, a disposal service bought as a tender', () => {
    expect(kind('某公司废旧物资处置公告', '竞买人须于报名时间内报名，并交纳保证金。')).toEqual({ category: 'other', stage: null });
    expect(kind('某局报废公务车辆公开拍卖公告')).toEqual({ category: 'other', stage: null });
    expect(kind('某区报废车辆处置服务采购公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某县拍卖机构选聘公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('关于领取某项目投标保证金的通知')).toEqual({ category: 'other', stage: null });
  });

  it('leaves the event to the body when the title names only the genre (新闻稿, 快讯)', () => {
    expect(kind('臺南市政府新聞稿', '安南區污水下水道第三期工程今（12）日舉行動土典禮。')).toEqual({
      category: 'news',
      stage: 'construction_start',
    });
    expect(kind('建设快讯', '本报讯 5月6日，某产业园项目举行签约仪式。')).toEqual({ category: 'news', stage: 'signing' });
    expect(kind('项目动态｜某体育中心看台钢结构吊装过半')).toEqual({ category: 'news', stage: 'progress' });
  });

  it('reads an answer agreeing to a 项目建议书 as an approval, a headline that firms 中标承建 as news', () => {
    expect(
      kind('', '某县发展和改革局\n某镇人民政府：\n你镇《关于某道路改造工程项目建议书的请示》收悉。经研究，原则同意该项目建议书。'),
    ).toEqual({
      category: 'proposed',
      stage: 'project_approval',
    });
    expect(kind('某区城市更新项目集中开工 中建某局等单位中标承建', '5月6日，某区城市更新项目集中开工。').category).toBe('news');
    expect(kind('某项目中标承建单位公示').category).toBe('award');
  });

  it('reads a 动土 ceremony as a start, a phase of the works reached as progress and a 签约率 as no signing', () => {
    expect(kind('竹北體育園區第二期工程動土 預計120年完工')).toEqual({ category: 'news', stage: 'construction_start' });
    expect(kind('某医院新院区项目进入内部装修阶段')).toEqual({ category: 'news', stage: 'progress' });
    expect(kind('', '……记者从区住建局获悉，某片区城市更新项目已完成房屋征收签约率96%，项目总投资23.6亿元，计划本月底进场施工')).toEqual({
      category: 'news',
      stage: 'progress',
    });
    expect(kind('某土石方工程移动土方量统计').stage).not.toBe('construction_start');
  });

  it('reads a bridge closed (合龙) or a tunnel through (贯通) as progress and works resumed (复工) as a start', () => {
    expect(kind('某长江大桥主桥顺利合龙')).toEqual({ category: 'news', stage: 'progress' });
    expect(kind('某隧道顺利贯通')).toEqual({ category: 'news', stage: 'progress' });
    expect(kind('节后第一天 我县42个重点项目全面复工')).toEqual({ category: 'news', stage: 'construction_start' });
    expect(kind('某路段贯通工程施工招标公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('科技楼门前地面设施修复工程').category).not.toBe('news');
    expect(kind('某河道生态恢复工程').category).not.toBe('news');
  });

  it('reads a 建筑设计方案 公示 as an approval and a 评标报告 without 公示 as candidates', () => {
    expect(kind('某项目建筑设计方案公示')).toEqual({ category: 'proposed', stage: 'project_approval' });
    expect(kind('某车站建筑方案设计招标公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某工程评标情况报告')).toEqual({ category: 'award', stage: 'candidates' });
  });

  it('reads an online mall 竞价需求 and a 公開取得報價 as tenders, a 入围征集 as a call and an 入围…确定 as its result', () => {
    expect(kind('某卫生院电子竞价采购需求公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某医院设备采购需求公示')).toEqual({ category: 'intent', stage: 'pre_announcement' });
    expect(kind('國立某大學空調汰換採購公開取得報價單')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某小学热水器更换网上询价单')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某省空调协议供货入围征集公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某市公务车辆维修定点采购入围供应商确定公示')).toEqual({ category: 'award', stage: 'result' });
    expect(kind('某小区雨污分流工程承包商随机抽取结果')).toEqual({ category: 'award', stage: 'result' });
  });

  it('reads 改期, a numbered （第1次修正） and contents 予以更改 as changes', () => {
    expect(kind('关于某医院改造项目开标改期的通知')).toEqual({ category: 'change', stage: 'extension' });
    expect(kind('某路灯改造项目竞争性磋商公告（第1次修正）')).toEqual({ category: 'change', stage: 'correction' });
    expect(kind('某项目招标公告（第二次）')).toEqual({ category: 'tender', stage: 'invitation' });
    const body = '各潜在投标人：\n某项目招标文件中下列内容予以更改：\n原：供货期30日。\n现：供货期45日。';
    expect(kind('', body)).toEqual({ category: 'change', stage: 'correction' });
  });

  it('reads 预公开 and a 政府采购预算 published as plans, and a bare 采购预算公示 not', () => {
    expect(kind('某局2029年第三季度政府采购项目预公开')).toEqual({ category: 'intent', stage: 'pre_announcement' });
    expect(kind('某局2029年部门预算政府采购预算公开')).toEqual({ category: 'intent', stage: 'procurement_intent' });
    expect(kind('某项目采购预算公示').category).not.toBe('intent');
  });

  it('reads a 水资源论证 review and a 使用林地审核 as approvals, a purchase of either as a tender', () => {
    expect(kind('关于某产业园项目水资源论证报告书的审查意见')).toEqual({ category: 'proposed', stage: 'project_approval' });
    expect(kind('某风电场项目使用林地审核同意书核发公示')).toEqual({ category: 'proposed', stage: 'project_approval' });
    expect(kind('某项目水资源论证报告编制服务采购公告')).toEqual({ category: 'tender', stage: 'invitation' });
  });

  it('reads a 质疑 ruled on and a contract carried out as no award', () => {
    expect(kind('某中学智慧教室建设项目质疑处理结果公告')).toEqual({ category: 'other', stage: null });
    expect(kind('某项目质疑答复')).toEqual({ category: 'change', stage: 'clarification' });
    const afterResult = '质疑事项：对已发布的成交结果提出质疑，认为成交供应商业绩不符合要求。\n答复：质疑事项不成立，维持原成交结果。';
    expect(kind('某项目质疑答复', afterResult)).toEqual({ category: 'other', stage: null });
    expect(kind('某项目质疑答复', '质疑事项：技术参数第8条具有倾向性。\n答复：该条款修改为…')).toEqual({
      category: 'change',
      stage: 'clarification',
    });
    expect(kind('某局食材配送项目合同履行情况公示')).toEqual({ category: 'other', stage: 'acceptance' });
  });

  it('reads a body deciding the firm chosen (确定某公司为本项目供应商) as a result, a rule of choosing not', () => {
    expect(kind('某镇管材采购', '经磋商小组评审，确定湖南某管业有限公司为本项目供应商，确认价格为372,650.00元。')).toEqual({
      category: 'award',
      stage: 'result',
    });
    expect(kind('某镇管材采购', '采购人将确定排名第一的公司为本项目供应商。').category).not.toBe('award');
  });

  it('reads 询比价, 电子竞价 and a notice issued again (二次公告, 重新公告) as tenders when nothing stronger is said', () => {
    expect(kind('某医院耗材询比价').category).toBe('tender');
    expect(kind('某项目电子竞价').category).toBe('tender');
    expect(kind('某道路提升工程二次公告').category).toBe('tender');
    expect(kind('某道路提升工程重新公告').category).toBe('tender');
    expect(kind('某工程（二次公告）', '中标人：某建设有限公司\n中标价：100万元')).toEqual({ category: 'award', stage: 'result' });
  });

  it('reads a tour of project sites (项目观摩) as progress, a 观摩室 bought as a tender', () => {
    expect(kind('某区第二季度重点项目现场观摩活动')).toEqual({ category: 'news', stage: 'progress' });
    expect(kind('某学校观摩室装修采购公告')).toEqual({ category: 'tender', stage: 'invitation' });
  });
});

describe('readNoticeKind: headlines that report a notice rather than publish it', () => {
  it.each([
    '喜报｜某建设集团成功中标某区老旧小区改造项目',
    '某工程公司中标某市智慧停车项目 合同额1.2亿元',
    '某设计院再次中标某县城市更新规划设计',
    '某设计研究院联合体中标某区城乡供水一体化EPC项目', // a consortium led by the firm
    '总投资12亿元 某镇防洪排涝工程可研获批',
    '某港三期工程立项获批',
    '某风电母港项目初步设计获省发改委批复',
    '某产业园项目获得核准',
    '中建三局中标某医院新院区项目',
    '某项目初步设计顺利通过专家评审',
  ])('reads "%s" as news', (title) => {
    expect(kind(title).category).toBe('news');
  });

  it('leaves formal results and approvals, and reposted results under 喜报, to their own notice words', () => {
    expect(kind('某公司中标结果公示')).toEqual({ category: 'award', stage: 'result' });
    expect(kind('喜报｜某管网改造工程中标结果出炉')).toEqual({ category: 'award', stage: 'result' });
    expect(kind('关于某公司成功中标某项目的公示').category).toBe('award');
    expect(kind('关于某工程可行性研究报告的批复')).toEqual({ category: 'proposed', stage: 'feasibility_approval' });
    expect(kind('某项目获批复情况的公告').category).not.toBe('news');
  });

  it('reads a 发改 bureau’s 审批结果公示 as a planned project’s notice, a buyer’s 采购方式审批结果 as not', () => {
    expect(kind('某区发展和改革局政府投资项目审批结果公示（第7期）').category).toBe('proposed');
    expect(kind('某县核准结果公告').category).toBe('proposed');
    expect(kind('某局单一来源采购方式审批结果公示').category).not.toBe('proposed');
  });

  it('reads a contract signing held as a ceremony as news of a signing, a contract published as one', () => {
    expect(kind('某区城市更新项目施工合同签订仪式举行')).toEqual({ category: 'news', stage: 'signing' });
    expect(kind('某区城市更新项目施工合同签订公示')).toEqual({ category: 'other', stage: 'contract' });
  });
});

describe('readNoticeKind: a newsroom byline under a notice’s own words', () => {
  it('reads a paper’s report headlined as a result or an approval as news', () => {
    expect(kind('某项目确定中标单位', '本报讯 经公开招标，某项目确定中标单位为某建设有限公司。').category).toBe('news');
    expect(kind('某项目可研批复', '本报记者 张三 报道 某项目可行性研究报告日前获批。').category).toBe('news');
  });

  it('keeps the same headline without a byline, and a tender with one, to the title', () => {
    expect(kind('某项目确定中标单位', '中标人：某建设有限公司').category).toBe('award');
    expect(kind('某项目通过资格预审的申请人名单', '通过资格预审的申请人：某公司')).toEqual({
      category: 'tender',
      stage: 'prequalification',
    });
    expect(kind('某项目施工招标公告', '本报讯 某项目施工招标今日发布。').category).toBe('tender');
  });
});

describe('readNoticeKind: changes from portals of own-b76', () => {
  it('reads a change of the closing or opening date named in the title as an extension', () => {
    expect(kind('公开招标「某道路优化工程」更改截标日期及开标日期')).toEqual({ category: 'change', stage: 'extension' });
    expect(kind('关于变更某项目投标截止时间的公告')).toEqual({ category: 'change', stage: 'extension' });
    expect(kind('某项目开标时间变更公告').category).toBe('change');
  });

  it('reads the heading of why a procedure was halted as a pause, and an end as before', () => {
    const body = '一、项目基本情况\n采购项目名称：某服务采购项目\n二、项目中止的原因\n因收到质疑，本项目中止采购活动。';
    expect(kind('', body)).toEqual({ category: 'change', stage: 'extension' });
    expect(kind('', '二、项目终止的原因\n因采购需求取消，本项目终止。').category).toBe('other');
  });

  it('passes over the questions and answers of a 答疑 when looking for its heading', () => {
    const body =
      '各投标单位：\n现将某工程投标单位提出的问题答复如下：\n问题1：最高投标限价是多少？\n答复：最高投标限价为人民币6,832,915.47元，详见招标控制价公示。\n投标截止时间不变。';
    expect(kind('', body)).toEqual({ category: 'change', stage: 'clarification' });
    expect(kind('某工程最高投标限价公示', '最高投标限价为人民币6,832,915.47元').stage).toBe('price_cap');
  });
});

describe('readNoticeKind: a tender’s promise to publish any change (own-b76)', () => {
  it('reads a body without a title that promises "如有变更将另行公告" by its other lines', () => {
    const body = '项目名称：某工程\n投标截止时间：2030年6月1日9:30\n预算金额：120万元\n如有变更将另行公告，请关注。';
    expect(kind('', body)).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('', '本公告若有调整，另行通知。\n潜在投标人应在某网获取招标文件。').category).toBe('tender');
  });

  it('still reads a heading line that states a change', () => {
    expect(kind('', '某工程变更公告\n投标截止时间变更为2030年6月8日9:30。').category).toBe('change');
  });
});

describe('readNoticeKind: 如下 and 若干 are no condition (own-b76)', () => {
  it('reads a heading that sets out its changes 如下 as a change', () => {
    expect(kind('', '某工程变更内容公告如下：投标截止时间调整为2030年6月8日9:30').category).toBe('change');
    expect(kind('', '关于某项目若干事项变更的公告\n其他内容不变。').category).toBe('change');
  });
});

describe('readNoticeKind: a 单一来源 公示 asking for remarks', () => {
  it('reads 单一来源采购征求意见公示 as the 单一来源 procedure, a plain 征求意见 as before', () => {
    expect(kind('某局信息系统运维服务单一来源采购征求意见公示')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某医院设备采购需求征求意见公示')).toEqual({ category: 'intent', stage: 'pre_announcement' });
  });
});

describe('readNoticeKind: news of a milestone and of a plan', () => {
  it('reads a structure topped out as progress, not completion', () => {
    expect(kind('某医院新院区主体结构全面封顶')).toEqual({ category: 'news', stage: 'progress' });
  });

  it('reads a completion only promised in the body as no completion', () => {
    const report =
      '本报讯（记者 某某）日前，记者从某区住房和城乡建设局获悉，某快速路改造工程施工总承包经公开招标，由某路桥工程有限公司中标。施工单位计划4月上旬进场，2032年底建成通车。';
    expect(kind('某快速路改造工程确定施工单位', report)).toEqual({ category: 'news', stage: 'progress' });
    expect(kind('某县人民医院新院区', '8月18日，某县人民医院新院区建成投用，首日接诊1200人次。')).toMatchObject({
      stage: 'completion',
    });
  });

  it("reads an online mall's 订单公示 as a result and a 中介超市 选取公告 as a call", () => {
    expect(kind('某局公务用车定点维修订单公示')).toEqual({ category: 'award', stage: 'result' });
    expect(kind('某检察院直购订单公告')).toEqual({ category: 'award', stage: 'result' });
    expect(kind('某街道工程造价咨询服务网上中介超市选取公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某局土地评估中介服务选取结果公告')).toEqual({ category: 'award', stage: 'result' });
  });

  it('reads a failed tender turned to negotiation as a method change, a new winner after a contract ended as a result', () => {
    expect(kind('某中学家具采购项目流标后转竞争性谈判公示')).toEqual({ category: 'change', stage: 'method_change' });
    expect(kind('某卫生院设备采购项目招标失败后拟转为竞争性磋商方式采购的公示')).toEqual({
      category: 'change',
      stage: 'method_change',
    });
    // The failure notice itself, or a retender after it, stays what it was.
    expect(kind('某中学家具采购项目流标公告')).toEqual({ category: 'other', stage: 'termination' });
    expect(kind('某工程流标后重新招标公告')).toEqual({ category: 'tender', stage: 'invitation' });
    expect(kind('某供水管网改造工程合同解除及重新确定中标人公告')).toEqual({ category: 'award', stage: 'result' });
    expect(kind('某供水管网改造工程合同解除公告')).toEqual({ category: 'other', stage: 'contract' });
  });
});
