import { BLOCKING_WORDS, isAligned, type SegmenterChoice } from './word-alignment';

// Sentences of our own; each names the keyword and whether its first occurrence is a word there.
const aligned = (text: string, term: string, segmenters?: SegmenterChoice) => {
  const at = text.indexOf(term);
  if (at < 0) throw new Error(`${term} not in ${text}`);
  return isAligned(text, at, at + term.length, segmenters);
};

describe('isAligned (CJK)', () => {
  it.each([
    ['本项目为城区市政道路改造工程', '市政'],
    ['申请人须具备市政公用工程施工总承包资质', '市政'],
    ['新建道路工程约两公里', '道路'],
    ['年度道路养护项目', '养护'],
    ['某河道水利工程施工', '水利'],
    ['厂区污水处理厂改造', '污水处理'],
    ['城区道路工程与排水管网', '道路工程'],
  ])('counts a whole word or a piece of a compound: %s / %s', (text, term) => {
    expect(aligned(text, term)).toBe(true);
  });

  it.each([
    ['请登录某某市政府采购网下载文件', '市政'],
    ['北京市政府采购电子平台', '市政'],
    ['市委、市政府今年计划', '市政'],
    ['拟派项目负责人须为注册工程师', '工程'],
    ['某安市政务服务中心三楼', '市政'],
  ])('rejects a hit that straddles a word boundary: %s / %s', (text, term) => {
    expect(aligned(text, term)).toBe(false);
  });

  it('needs both segmenters: jieba alone splits 污水|处理厂, ICU alone splits 工程|师', () => {
    expect(aligned('请登录焦作市政府采购网', '市政', 'jieba')).toBe(false);
    expect(aligned('厂区污水处理厂改造', '污水处理', 'jieba')).toBe(false);
    expect(aligned('厂区污水处理厂改造', '污水处理', 'intl')).toBe(true);
    expect(aligned('请登录焦作市政府采购网', '市政')).toBe(false);
    expect(aligned('厂区污水处理厂改造', '污水处理')).toBe(true);
  });

  it('blocks pieces of the exception words, and only there', () => {
    // ICU splits 工程|师, so without the exception 工程 would look like a whole segment.
    expect(aligned('配备专业工程师三名', '工程', 'intl')).toBe(false);
    expect(aligned('配备专业工程师三名', '工程师')).toBe(true);
    expect(aligned('道路工程施工', '工程', 'intl')).toBe(true);
    expect(BLOCKING_WORDS).toContain('市政府');
    // A cost engineer is about 造价: no exception there.
    expect(aligned('一级造价师姓名', '造价')).toBe(true);
  });

  it('takes a hit at a non-Han neighbour as a boundary without segmenting', () => {
    expect(aligned('(市政)工程', '市政')).toBe(true);
    expect(aligned('市政', '市政')).toBe(true);
  });
});

describe('isAligned (Latin)', () => {
  it('needs letters on neither side of a Latin keyword', () => {
    expect(aligned('详见www.creditchina.gov.cn查询', 'it')).toBe(false);
    expect(aligned('证书(itss)', 'it')).toBe(false);
    expect(aligned('it运维服务', 'it')).toBe(true);
    expect(aligned('采购led显示屏', 'led')).toBe(true);
    expect(aligned('bled显示屏', 'led')).toBe(false);
  });

  it('lets a letter touch a digit but not a digit touch a digit', () => {
    expect(aligned('证书2it服务项目经理', 'it')).toBe(true);
    expect(aligned('g42沪蓉高速', 'g42')).toBe(true);
    expect(aligned('g420国道', 'g42')).toBe(false);
  });

  it('checks each edge by its own kind in a mixed keyword', () => {
    expect(aligned('采购led路灯一批', 'led路灯')).toBe(true);
    expect(aligned('采购bled路灯一批', 'led路灯')).toBe(false);
  });
});

describe('isAligned (names of schools and institutes)', () => {
  it.each([
    ['华北电力大学家具采购项目', '电力'],
    ['某省交通职业技术学院实训楼维修', '交通'],
    ['省建筑科学研究院检测设备采购', '建筑'],
    ['市消防学校宿舍改造', '消防'],
    ['某某电子科技大学实验室设备', '电子'],
    ['某大学能源电力科研综合楼外立面幕墙工程', '电力'],
    ['学院机械实训楼屋面防水', '机械'],
  ])('does not count a keyword inside the name of a school or institute: %s / %s', (text, term) => {
    expect(aligned(text, term)).toBe(false);
  });

  it.each([
    ['华北电力大学配电室电力增容改造工程', '增容'],
    ['某大学电力增容工程', '电力'],
    ['学校道路改造工程', '道路'],
    ['电力工程施工', '电力'],
    ['委托某市市政工程设计研究院编制方案', '市政'],
  ])('still counts the keyword elsewhere in the same notice: %s / %s', (text, term) => {
    expect(aligned(text, term)).toBe(true);
  });

  it('finds the later, real hit when the first sits in the name', () => {
    const text = '华北电力大学配电室电力增容改造';
    const second = text.indexOf('电力', 3);
    expect(isAligned(text, text.indexOf('电力'), text.indexOf('电力') + 2)).toBe(false);
    expect(isAligned(text, second, second + 2)).toBe(true);
  });
});

describe('isAligned (设计 or 环境 in a parameter name)', () => {
  it.each([
    ['线路全长约46公里,设计速度160公里/小时', '设计'],
    ['按一级公路标准建设,设计时速80公里', '设计'],
    ['新建水厂1座,设计规模3万立方米/日', '设计'],
    ['全长约57公里,设计年输气量20亿立方米', '设计'],
    ['7、设计使用年限不少于15年', '设计'],
    ['报价得分50分,施工组织设计30分', '设计'],
    ['24、★工作环境温度-30°c~+55°c,须提供产品彩页佐证', '环境'],
    ['储存环境湿度≤85%', '环境'],
  ])('does not count 设计 that names a parameter or the construction plan: %s / %s', (text, term) => {
    expect(aligned(text, term)).toBe(false);
  });

  it.each([
    ['招标范围:初步设计、施工图设计、施工', '设计'],
    ['某路改建工程勘察设计招标公告', '设计'],
    ['设计周期:60日历天', '设计'],
    ['其中设计费估算162万元', '设计'],
    ['施工组织设计30分', '施工'],
    ['设计速度160公里/小时', '速度'],
    ['某镇人居环境整治项目垃圾收运设备采购', '环境'],
    ['区域环境噪声监测服务', '环境'],
    ['工作环境温度-30°c~+55°c', '温度'],
  ])('still counts design work and the parameter words themselves: %s / %s', (text, term) => {
    expect(aligned(text, term)).toBe(true);
  });
});

describe('isAligned (a keyword in a street address or sub-district name)', () => {
  it.each([
    ['采购单位:郑州理工学院(郑州市金水区文化路97号)', '文化'],
    ['成交供应商地址:漯河市源汇区交通路6号', '交通'],
    ['建设地点:锦州市凌河区石油街道、正大街道', '石油'],
    ['地址:某区建设大道1288号', '建设'],
    ['采购人:某市石油街道办事处', '石油'],
  ])('does not count the keyword that names a street or sub-district: %s / %s', (text, term) => {
    expect(aligned(text, term)).toBe(false);
  });

  it.each([
    ['某县农村公路路面改造工程', '公路'],
    ['蔡界村文化礼堂提升改造工程', '文化'],
    ['城区交通路口信号灯改造', '交通'],
    ['老旧街区文化街道景观提升', '文化'],
    ['某区交通路网规划编制服务', '交通'],
  ])('still counts the keyword outside an address: %s / %s', (text, term) => {
    expect(aligned(text, term)).toBe(true);
  });
});
