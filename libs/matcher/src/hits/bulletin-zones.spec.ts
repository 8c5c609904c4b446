import { bodyZones, placeIn, sentenceAround } from './bulletin-zones';

const placeOf = (body: string, term: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = body.indexOf(term, at + 1);
  if (at < 0) throw new Error(`${term} not in ${body}`);
  return placeIn(bodyZones(body), at, at + term.length);
};

// Bodies of our own, already in match form (no spaces between CJK, half-width punctuation).
describe('bodyZones', () => {
  it('marks publication-venue sentences as boilerplate', () => {
    expect(
      placeOf(
        '项目概况见附件,内容很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。本公告在《某某省建设工程信息网》上发布。',
        '建设工程',
      ),
    ).toBe('boilerplate');
    expect(
      placeOf(
        '项目概况见附件,内容很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。本公告同时在某某市交通运输局网站发布。',
        '交通运输',
      ),
    ).toBe('boilerplate');
    expect(
      placeOf(
        '项目概况见附件,内容很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。公告发布媒介:某某水利网。',
        '水利',
      ),
    ).toBe('boilerplate');
  });

  it('marks citations of laws and policy documents', () => {
    const body =
      '项目概况见附件,内容很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。供应商应符合《中华人民共和国政府采购法》第二十二条规定,并遵守中华人民共和国建筑法。按《关于加强园林绿化管理的通知》执行。';
    expect(placeOf(body, '政府采购')).toBe('boilerplate');
    expect(placeOf(body, '建筑')).toBe('boilerplate');
    expect(placeOf(body, '园林绿化')).toBe('boilerplate');
  });

  it('marks standard clauses, agency and contact blocks and page furniture', () => {
    const body =
      '项目概况见附件,内容很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。为本项目提供整体设计、规范编制或者项目管理、监理、检测等服务的供应商,不得再参加本项目。具体开工日期以监理单位下达的开工令为准。本项目执行房屋建筑和市政基础设施工程的有关规定。代理机构:某某造价咨询有限公司,电话:0000。版权所有:某某交通信息中心';
    expect(placeOf(body, '监理')).toBe('boilerplate');
    expect(placeOf(body, '监理', 1)).toBe('boilerplate');
    expect(placeOf(body, '市政')).toBe('boilerplate');
    expect(placeOf(body, '造价')).toBe('boilerplate');
    expect(placeOf(body, '交通')).toBe('boilerplate');
  });

  it('marks contract clauses every notice carries', () => {
    const body = `${'前言'.repeat(40)}。承包人负责设计、施工,并对工程的质量、安全、工期和造价全面负责。特殊行业(银行、电力、电信等)允许依法设立分支机构参与投标。建设涉及的规划、消防等要严格执行国家有关规定。签字并加盖执业印章的监理工程师须为本公司人员。本项目含消防改造。`;
    expect(placeOf(body, '造价')).toBe('boilerplate');
    expect(placeOf(body, '电力')).toBe('boilerplate');
    expect(placeOf(body, '消防')).toBe('boilerplate');
    expect(placeOf(body, '监理')).toBe('boilerplate');
    expect(placeOf(body, '消防', 1)).toBe('body');
  });

  it('finds the opening, the qualification section and plain body', () => {
    const body =
      '一、项目概况:某某县道路改造工程,含排水。二、申请人的资格要求:具备市政公用工程施工总承包三级资质。三、获取文件:本项目另设道路监测。';
    expect(placeOf(body, '道路')).toBe('opening');
    expect(placeOf(body, '市政')).toBe('qualification');
    const long = `${'前言'.repeat(150)}。项目含道路照明。`;
    expect(placeOf(long, '道路')).toBe('body');
  });
});

describe('sentenceAround', () => {
  it('returns the sentence of the hit, cut around it when long', () => {
    const text = '第一句。本项目含道路照明改造。第三句。';
    expect(sentenceAround(text, text.indexOf('道路'), text.indexOf('道路') + 2)).toBe('本项目含道路照明改造。');
    const long = `${'甲'.repeat(200)}道路${'乙'.repeat(200)}`;
    const s = sentenceAround(long, 200, 202);
    expect(s).toContain('道路');
    expect(s.length).toBeLessThanOrEqual(125);
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
  });
});

describe('bodyZones (clauses every notice carries)', () => {
  const place = (body: string, term: string) => {
    const at = body.indexOf(term);
    return placeIn(bodyZones(body), at, at + term.length);
  };

  it.each([
    ['4.本项目需落实节能环保、中小微型企业扶持等相关政府采购政策。', '环保'],
    ['本项目执行优先采购节能环保产品、强制采购节能产品政策。', '环保'],
    ['请供应商下载最新版本的投标文件制作工具安装包和签章软件后制作响应文件。', '软件'],
    ['请各投标单位提前下载视频会议软件并注册账号。', '软件'],
    ['如有技术性问题,请先翻阅操作手册或致电软件开发商。', '软件'],
    ['如有意见,请于公示期内将书面意见反馈至市环保局审批科。', '环保'],
    ['具备市政行业(燃气工程、轨道交通工程除外)设计乙级及以上资质。', '燃气'],
    ['1、接口数量不少于8个千兆电口,投标人须提供产品彩页或第三方检测报告佐证,数量27套。', '检测'],
    ['2、供应商须提供具有资质的机构出具的检验报告,否则响应无效。', '检验'],
    ['五、请你单位据此抓紧开展初步设计等前期工作。', '设计'],
    ['采购内容:全自动生化分析仪1台,含安装、调试及培训。', '培训'],
    ['3 | 彩超购置 | 彩色多普勒超声1台,含安装培训 | 150.00 | 2030年5月', '培训'],
    ['服务内容:业务系统全年运行维护、数据备份及用户培训。', '培训'],
    ['一、投标人须有持有效特种作业培训证明的作业人员不少于10名。', '培训'],
    ['(3)项目经理须在本单位连续缴纳社会保险不少于6个月;', '保险'],
    ['承包人应为全部施工人员办理工伤保险和意外伤害保险。', '保险'],
    ['二、投标保证金为3万元,可采用银行保函或保证保险形式提交。', '保险'],
    ['三、处置方式:网络竞价,起始价5万元。', '网络'],
    ['供应商须通过网络获取采购文件,逾期不予受理。', '网络'],
    ['新建冷库一座,配套运输车辆停放场及装卸平台。', '车辆'],
    ['施工车辆出入须冲洗轮胎,不得带泥上路。', '车辆'],
    ['【行业服务】资质代办、标书培训咨询热线:0000-1234567', '培训'],
    ['(本站信息转载自网络,如有侵权请联系删除)', '网络'],
  ])('treats a standard clause as boilerplate: %s / %s', (body, term) => {
    expect(place(body, term)).toBe('boilerplate');
  });

  it.each([
    ['提供全套节能控制软件安装包及控制逻辑编辑功能。', '软件'],
    ['本项目为城区燃气管网改造工程,采购燃气管道及阀门。', '燃气'],
    ['采购内容:环保检测设备改造,含下载数据的接口软件。', '环保'],
    ['服务内容:对水源水开展采样检测并出具检测报告,供采购人存档。', '检测'],
    ['★设计使用年限不少于15年,投标人须提供产品彩页或第三方检测报告佐证。', '设计'],
    ['3 | 车载监控终端 | 某品牌 | 7套 | 78,000.00 公示期:3个工作日', '监控'],
    ['评标委员会据此推荐第一中标候选人,设计周期60日历天。', '设计'],
    ['采购内容:道路监控设备一批。公示期限:自发布之日起3个工作日。', '监控'],
    ['采购内容:录播系统及配套网络设备二、获取采购文件方式:省公共资源交易网免费下载', '网络'],
    ['2 | 教师培训服务 | 暑期全员培训3期 | 19.8 | 2030年7月', '培训'],
    ['采购需求:对辖区失业人员开展电工、焊工等工种培训,不少于600人次。', '培训'],
    ['采购内容:无人机2架、配套地面站、培训服务。', '培训'],
    ['采购内容:为全区在校学生购买意外伤害保险,保险期限一年。', '保险'],
    ['软件须通过网络安全等级保护三级测评。', '网络'],
    ['采购内容:公务车辆维修保养,车辆送修地点由采购人指定。', '车辆'],
  ])('keeps the work itself: %s / %s', (body, term) => {
    expect(place(body, term)).not.toBe('boilerplate');
  });
});

describe('bodyZones (price, evaluation and ad terms; heading words)', () => {
  const lead = '项目概况见附件,内容很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。';
  it.each([
    [`${lead}其中:安全文明施工费126,300.00元(不可竞争费用)`, '安全'],
    [`${lead}5.1 本项目采用综合评估法,满分100分,其中报价得分60分。`, '评估'],
    [`${lead}评标办法:综合评分法。`, '评分'],
    [`${lead}📌 专业标书代写|资质代办|投标咨询找小李:138-0000-0000`, '资质'],
    [`${lead}1.4.1 | 投标人资质条件、能力和信誉 | 见招标公告第3条`, '资质'],
    [`${lead}三、资格审查:采用资格后审。`, '审查'],
  ])('marks %s / %s as boilerplate', (body, term) => {
    const at = body.indexOf(term);
    expect(placeIn(bodyZones(body), at, at + term.length)).toBe('boilerplate');
  });

  it('keeps the qualification section itself a qualification zone', () => {
    const body = `${lead}三、资格要求:具有环保工程专业承包资质,近三年有污水处理业绩。四、其他`;
    const at = body.indexOf('污水');
    expect(placeIn(bodyZones(body), at, at + 2)).toBe('qualification');
  });

  it('keeps 评估 work and 安全 works', () => {
    for (const [body, term] of [
      [`${lead}服务内容:区属行政事业单位闲置房产价值评估。`, '评估'],
      [`${lead}建设内容:农村公路安全生命防护工程23公里。`, '安全'],
    ]) {
      const at = body.indexOf(term);
      expect(placeIn(bodyZones(body), at, at + term.length)).not.toBe('boilerplate');
    }
  });
});
