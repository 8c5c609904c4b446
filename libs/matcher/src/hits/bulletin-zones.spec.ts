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
  ])('keeps the work itself: %s / %s', (body, term) => {
    expect(place(body, term)).not.toBe('boilerplate');
  });
});
