import { leadingOrg, personAt, readOrgAt, supplierNamesIn } from './org-names';

describe('readOrgAt', () => {
  it('ends a name at 工作组, a team sent to work for a place', () => {
    expect(readOrgAt('采购人：青禾市对口帮扶丙县工作组\n', 4, 'any')).toBe('青禾市对口帮扶丙县工作组');
    expect(readOrgAt('招标人：甲省援藏工作队乙县工作组\n', 4, 'any')).toBe('甲省援藏工作队乙县工作组');
  });

  it('keeps 小学校 and 中学校 whole, as schools in some provinces are named', () => {
    expect(readOrgAt('采购人：青禾县东街小学校', 4, 'any')).toBe('青禾县东街小学校');
    expect(readOrgAt('采购人：青禾县第二中学校', 4, 'any')).toBe('青禾县第二中学校');
    expect(readOrgAt('采购人：青禾县东街小学', 4, 'any')).toBe('青禾县东街小学');
  });

  it('drops a firm-kind label repeated before the name under a heading (中选律师事务所：…)', () => {
    expect(readOrgAt('遴选结果：\n中选律师事务所：青禾律师事务所', 5, 'supplier')).toBe('青禾律师事务所');
    expect(readOrgAt('入选银行：青禾农村商业银行股份有限公司', 0, 'supplier')).toBe('青禾农村商业银行股份有限公司');
  });

  it('keeps the 机关 of a committee or an office buying for its own staff, not the start of another body', () => {
    expect(readOrgAt('采购人：中共青禾市江东区委员会机关\n', 4, 'any')).toBe('中共青禾市江东区委员会机关');
    expect(readOrgAt('采购人：青禾市财政局机关 联系人：王先生', 4, 'any')).toBe('青禾市财政局机关');
    expect(readOrgAt('采购人：青禾市人民政府机关事务管理局\n', 4, 'any')).toBe('青禾市人民政府机关事务管理局');
    expect(readOrgAt('采购人：青禾市委机关服务中心\n', 4, 'any')).toBe('青禾市委机关服务中心');
  });

  it('reads a 兵团 regiment named after its division as a body, and 团 nowhere else', () => {
    expect(readOrgAt('招标人：第八师一四三团\n项目名称：道路工程', 4, 'any')).toBe('第八师一四三团');
    expect(readOrgAt('采购人：农六师101团\n', 4, 'any')).toBe('农六师101团');
    // 第一师 numbers its regiments from 一团: one numeral is a regiment too, after its division.
    expect(readOrgAt('采购人：第一师十团\n地址：阿拉尔市', 4, 'any')).toBe('第一师十团');
    expect(readOrgAt('采购人：青禾市青年志愿者社团\n', 4, 'any')).not.toBe('青禾市青年志愿者社团');
    expect(readOrgAt('采购人：某部第三十一团\n', 4, 'any')).toBeNull();
  });

  it('ends a value at a slash between spaces, the field separator of a group-chat summary', () => {
    expect(readOrgAt('采购人：青禾县东街街道办事处 / 成交供应商：青禾配送有限公司 / 成交价：46.8w', 4, 'any')).toBe('青禾县东街街道办事处');
  });
});

describe('leadingOrg', () => {
  it('reads the buyer after an invitation to suppliers, as after a call for comments', () => {
    expect(leadingOrg('关于邀请供应商参加青禾城市学院智慧图书馆建设项目采购需求论证的公告')).toBe('青禾城市学院');
    expect(leadingOrg('关于邀请潜在供应商参与青禾市人民医院设备采购需求论证的公告')).toBe('青禾市人民医院');
  });

  it('keeps the 校 of a school named 某某中学校, but not one that opens 校园 or 校区', () => {
    expect(leadingOrg('青禾市巴山中学校东湖校区食材配送服务比选公告')).toBe('青禾市巴山中学校');
    expect(leadingOrg('青禾市第二中学校园绿化工程招标公告')).toBe('青禾市第二中学');
  });

  it('names an academy’s field unit (实验中心, 试验站) as the buyer, not a 数据中心 it builds', () => {
    expect(leadingOrg('中国青禾科学研究院东南沿海林业实验中心防火监控系统询比价公告')).toBe('中国青禾科学研究院东南沿海林业实验中心');
    expect(leadingOrg('青禾省农业科学院高山蔬菜试验站温室改造公告')).toBe('青禾省农业科学院高山蔬菜试验站');
    expect(leadingOrg('青禾科学研究院数据中心机房改造项目招标公告')).toBe('青禾科学研究院');
  });

  it('stops at the first hospital when a branch hospital follows it, but keeps 某大学第一医院 whole', () => {
    expect(leadingOrg('青禾市人民医院东院区妇幼医院项目（病房家具）结果公告')).toBe('青禾市人民医院');
    expect(leadingOrg('青禾市人民医院儿童医院项目结果公告')).toBe('青禾市人民医院');
    expect(leadingOrg('青禾大学第一医院病房家具采购公告')).toBe('青禾大学第一医院');
  });
});

describe('readOrgAt: masked names', () => {
  it('ends a masked name at the list number of the next field', () => {
    expect(readOrgAt('建设单位名称:青******(*)建设单位地址:某路', 7, 'any')).toBe('青******');
    expect(readOrgAt('建设单位名称:青******(2)建设单位地址:某路', 7, 'any')).toBe('青******');
    expect(readOrgAt('采购人：****管理局\n', 4, 'any')).toBe('****管理局');
  });
});

describe('readOrgAt: a consortium role called 牵头方, 牵头单位 or 成员方', () => {
  it('drops the role note after the name', () => {
    expect(readOrgAt('甲建工集团有限责任公司(联合体牵头方)', 0, 'supplier')).toBe('甲建工集团有限责任公司');
    expect(readOrgAt('乙设计研究院有限公司(联合体成员方)', 0, 'supplier')).toBe('乙设计研究院有限公司');
    expect(readOrgAt('丙建设有限公司(牵头单位)', 0, 'supplier')).toBe('丙建设有限公司');
  });
});

describe('readOrgAt: a firm speaking of itself (own-b69)', () => {
  it('ends the name before 在本公司 / 于我院', () => {
    expect(readOrgAt('中国电信股份有限公司某某分公司在本公司三楼会议室组织了评审', 0, 'any')).toBe('中国电信股份有限公司某某分公司');
    expect(readOrgAt('某某市第二人民医院于我院会议室召开评审会', 0, 'any')).toBe('某某市第二人民医院');
    expect(readOrgAt('某某资本管理有限公司', 0, 'any')).toBe('某某资本管理有限公司');
  });
});

describe('readOrgAt: an oil field’s 作业区 (own-b76)', () => {
  it('ends the name of an oil or gas field’s unit at its 作业区', () => {
    expect(readOrgAt('冀东油田南堡作业区\n招标机构：某招标中心', 0, 'any')).toBe('冀东油田南堡作业区');
    expect(readOrgAt('某气田第二作业区', 0, 'any')).toBe('某气田第二作业区');
  });
});

describe('readOrgAt: a grain depot or a seismic observatory under its parent (own-b141)', () => {
  it('ends the name at the 分库, 粮库 or 地震台, not at the parent company or bureau', () => {
    expect(readOrgAt('中央储备粮某某直属库有限公司某某分库\n项目地点：某县', 0, 'any')).toBe('中央储备粮某某直属库有限公司某某分库');
    expect(readOrgAt('某省地震局某某地震台\n招标代理：某咨询有限公司', 0, 'any')).toBe('某省地震局某某地震台');
    expect(readOrgAt('某县国家粮食储备库', 0, 'any')).toBe('某县国家粮食储备库');
  });

  it('does not end a name at a 数据库 or a 平台', () => {
    expect(readOrgAt('某某市数据局数据库建设', 0, 'any')).toBe('某某市数据局');
  });
});

describe('readOrgAt, masked values', () => {
  it('ends a masked name at a bracketed site note and drops a value masked whole', () => {
    expect(readOrgAt('招标人：*** (以上为摘要，完整内容请见原文链接)', 4, 'any')).toBeNull();
    expect(readOrgAt('招标人：衡阳市***小学 (以上为摘要)', 4, 'any')).toBe('衡阳市***小学');
  });
});

describe('readOrgAt: masked values and flattened rows', () => {
  it('reads a masked bracket ((略), (***)) as the value itself, never the next line', () => {
    expect(readOrgAt('采购代理机构:(略)\n预算金额:***万元', 6, 'any')).toBeNull();
    expect(readOrgAt('采购代理机构:(***)\n预算金额:***万元', 6, 'any')).toBe('(***)');
  });

  it('ends a buyer at the agency label of a table flattened with single spaces', () => {
    expect(readOrgAt('项目法人 某县水利局 招标代理 某某工程咨询有限公司 标段编号 X-03', 4, 'any')).toBe('某县水利局');
  });
});

describe('personAt and Taiwan contractors (own-b87)', () => {
  it('reads a person whose note gives both 个人 and an identity card number', () => {
    expect(personAt('成交人：张某华(个人，身份证号6205**********1234)', 4)).toBe('张某华');
    expect(personAt('张某(自然人,身份证号码:620502199001011234)', 0)).toBe('张某');
  });

  it('reads a person whose note names a crew of their own (个人施工队, 个体施工队) (own-b163)', () => {
    expect(personAt('成交人：程某华(个人施工队)', 4)).toBe('程某华');
    expect(personAt('承包人：王某(个体施工队)', 4)).toBe('王某');
    expect(personAt('成交人：某某建筑施工队', 4)).toBeNull();
  });

  it('reads a name registered as 土木包工業', () => {
    expect(readOrgAt('厂商名称：永盛土木包工业\n', 5, 'supplier')).toBe('永盛土木包工业');
  });
});

describe('readOrgAt: a dealer’s note on what it supplies (own-b113)', () => {
  it('drops "(代理：…)" and "(供货范围：…)" after the name', () => {
    expect(readOrgAt('湖南洞庭生物科技有限公司(代理:凝血类试剂)', 0, 'supplier')).toBe('湖南洞庭生物科技有限公司');
    expect(readOrgAt('中标人：某医疗器械有限公司(供货范围：一次性耗材)', 4, 'supplier')).toBe('某医疗器械有限公司');
  });
});

describe('readOrgAt: a firm’s 事业部 and a 株式会社 (own-b123)', () => {
  it('keeps a division after its company as part of the name', () => {
    expect(readOrgAt('成交单位：甲乙智联科技有限公司智慧城市事业部\n成交金额：5万元', 5, 'supplier')).toBe(
      '甲乙智联科技有限公司智慧城市事业部',
    );
  });

  it('ends a Japanese firm’s name at 株式会社', () => {
    expect(readOrgAt('推荐中标人：東和計測株式会社\n原产地：日本', 6, 'supplier')).toBe('東和計測株式会社');
  });
});

describe('readOrgAt: a repeated label numbered in words (own-b123)', () => {
  it('takes 入围供应商一： off the name under a results heading', () => {
    expect(readOrgAt('入围供应商一：甲乙物业管理有限公司\n', 0, 'supplier')).toBe('甲乙物业管理有限公司');
  });
});

describe('personAt: an identity card’s last four digits (own-b123)', () => {
  it('reads the person the note follows', () => {
    expect(personAt('承租人唐某明(身份证号后四位：3517)', 3)).toBe('唐某明');
  });
});

describe('supplierNamesIn: words pointing at a list are no name (own-b148)', () => {
  it('reads no name from "确定以下企业为集团…" though it ends in 集团', () => {
    expect(supplierNamesIn('确定以下企业为集团成员单位集采中选药品配送企业：')).toEqual([]);
    expect(supplierNamesIn('上述公司均已签订协议')).toEqual([]);
  });

  it('still reads a firm named after such a sentence', () => {
    expect(supplierNamesIn('确定以下企业为配送企业：甲医药有限公司')).toEqual(['甲医药有限公司']);
  });
});

describe('readOrgAt and leadingOrg: a university’s 分校 and a township’s 学区 (own-b149)', () => {
  it('ends a branch school’s name at 分校, not at its parent’s 大学', () => {
    expect(readOrgAt('名称：青禾理工大学海滨分校\n地址：某路1号', 3, 'any')).toBe('青禾理工大学海滨分校');
    expect(readOrgAt('采购人：青禾理工大学\n', 4, 'any')).toBe('青禾理工大学');
  });

  it('reads a 学区 as a body in a label and at the head of a title', () => {
    expect(readOrgAt('采购单位：青禾县东岭学区\n采购内容：图书', 5, 'any')).toBe('青禾县东岭学区');
    expect(leadingOrg('青禾县东岭学区2037年学校图书采购询价公告')).toBe('青禾县东岭学区');
  });

  it('does not take 学区房 or 学区划分 for the office', () => {
    expect(leadingOrg('青禾县教育局学区划分方案公示')).toBe('青禾县教育局');
    expect(leadingOrg('青禾市第一中学区域教研中心设备采购公告')).toBe('青禾市第一中学');
  });
});

describe('readOrgAt: a field with a figure after a name', () => {
  it('reads no name from a rate field whose note holds a suffix word', () => {
    expect(readOrgAt('中标下浮率：18.5%（以集团入户门基准价为准）', 0, 'supplier')).toBeNull();
    expect(readOrgAt('某某门业有限公司（18.5%）', 0, 'supplier')).toBe('某某门业有限公司');
  });
});

describe('readOrgAt: an address in brackets cut off by its comma (own-b169)', () => {
  it('ends the name before a bracket holding an address or a phone that the comma left open', () => {
    expect(readOrgAt('采购代理机构：青禾国际招标(北京)有限公司(北京市朝阳区安定路5号院，010-84275136)', 7, 'any')).toBe(
      '青禾国际招标(北京)有限公司',
    );
    // A bracket closed inside the name stays: the place it names is part of it.
    expect(readOrgAt('采购代理机构：青禾国际招标(北京)有限公司', 7, 'any')).toBe('青禾国际招标(北京)有限公司');
  });
});

describe('readOrgAt: place-named public units with a note on where they sit (own-b171)', () => {
  it('drops a note naming the body a unit belongs to', () => {
    expect(readOrgAt('项目业主：阳岭林场(隶属崇义县林业局)', 5, 'any')).toBe('阳岭林场');
    expect(readOrgAt('招标人：某某林场(主管部门：某县林业和草原局)', 4, 'any')).toBe('某某林场');
  });

  it('drops a site in a county, a mountain or a lake there, noted after the name', () => {
    expect(readOrgAt('采购人：八大公山国家级自然保护区管理处(桑植县天平山)', 4, 'any')).toBe('八大公山国家级自然保护区管理处');
  });

  it('ends a 兵团 farm named with an ordinal (红星二场) at its 场', () => {
    expect(readOrgAt('招标人：新疆生产建设兵团第十三师红星二场', 4, 'any')).toBe('新疆生产建设兵团第十三师红星二场');
  });
});
