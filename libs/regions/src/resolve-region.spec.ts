import { resolveRegion } from './index';
import type { ResolveRegionInput } from './region.types';

const code = (input: ResolveRegionInput): string | undefined => resolveRegion(input)?.code;

describe('resolveRegion: region text', () => {
  it.each([
    ['重庆-渝中-', '500103'],
    ['重庆市渝中区', '500103'],
    ['渝中区', '500103'],
    ['广东深圳南山', '440305'],
    ['河南省 / 河南省', '410000'],
    ['陕西省 / 全国公共资源交易平台（陕西省）', '610000'],
    ['江苏省 / 昆山市网上招投标系统', '320583'],
    ['福建省 / 泉州市公共资源交易中心', '350500'],
    ['四川省 / 全国公共资源交易平台（四川省·甘孜州）', '513300'],
    ['宜昌 / 远安县 (xiaqucode 420525)', '420525'],
    ['内蒙古自治区 / 赤峰公共资源电子交易管理服务软件系统', '150400'],
    ['重慶市渝中區', '500103'],
  ])('%s → %s', (regionText, expected) => {
    expect(code({ regionText })).toBe(expected);
  });

  it('returns the names from the province down and the field that decided', () => {
    expect(resolveRegion({ regionText: '重庆-渝中-' })).toEqual({
      code: '500103',
      path: ['重庆市', '渝中区'],
      source: 'region_text',
    });
  });

  it('returns null when nothing names a place', () => {
    expect(resolveRegion({})).toBeNull();
    expect(resolveRegion({ regionText: '省本级', title: '办公家具采购项目' })).toBeNull();
  });
});

describe('resolveRegion: inference from buyer, title and body', () => {
  it('refines a province or city from the buyer, then the title, then the body', () => {
    expect(resolveRegion({ regionText: '河南省', buyer: '焦作市青少年体育训练中心' })).toMatchObject({ code: '410800', source: 'buyer' });
    expect(resolveRegion({ regionText: '福建省', title: '永春县城区滨河步道改造工程开标记录' })).toMatchObject({
      code: '350525',
      source: 'title',
    });
    expect(resolveRegion({ regionText: '湖北省', body: '项目名称：当阳市公路改建工程' })).toMatchObject({
      code: '420582',
      source: 'body',
    });
  });

  it('counts a short county name only inside a known province or city', () => {
    expect(code({ regionText: '福建省 / 厦门市公共资源交易中心', title: '湖里体育公园及体育场项目' })).toBe('350206');
    expect(code({ regionText: '重庆市', title: '垫江体育文化公园改造提升工程' })).toBe('500231');
    expect(code({ title: '垫江体育文化公园改造提升工程' })).toBeUndefined();
  });

  it('prefers a district inside the known province to one elsewhere', () => {
    expect(code({ regionText: '浙江省 / 宁波市', title: '江北区交通信号灯日常维修项目' })).toBe('330205');
    expect(code({ regionText: '重庆市', title: '江北区交通信号灯日常维修项目' })).toBe('500105');
  });

  it('keeps the certain level when the names disagree', () => {
    expect(code({ regionText: '浙江省 / 宁波市', title: '宁波至慈溪、宁波至象山市域铁路安全评价项目' })).toBe('330200');
    expect(code({ regionText: '四川省', title: '成都市至绵阳市高速公路养护' })).toBe('510000');
    // Fields are taken in order of trust: a government buyer settles it before the title.
    expect(code({ regionText: '四川省', buyer: '成都市交通运输局', title: '绵阳市某项目' })).toBe('510100');
  });

  it('keeps the certain level when a name lies outside it', () => {
    expect(code({ regionText: '安徽省', buyer: '北京某大学宣城附属学校' })).toBe('341800');
    expect(code({ regionText: '山东省', title: '南京市鼓楼区某项目' })).toBe('370000');
  });

  it('trusts the title before a company buyer, which is named after where it is registered', () => {
    expect(code({ buyer: '北京某建设集团有限公司', title: '抚州高新区人才公寓建设项目' })).toBe('361000');
    expect(code({ buyer: '北京市朝阳区教育委员会', title: '抚州某学校设备采购' })).toBe('110105');
  });
});

describe('resolveRegion: ambiguous names', () => {
  it('resolves 朝阳区 and 鼓楼区 only with a parent from context', () => {
    expect(code({ regionText: '朝阳区' })).toBeUndefined();
    expect(code({ regionText: '朝阳区', buyer: '长春市教育局' })).toBe('220104');
    expect(code({ regionText: '北京', title: '朝阳区某小学改造' })).toBe('110105');
    expect(code({ title: '鼓楼区道路改造' })).toBeUndefined();
    expect(code({ title: '南京市鼓楼区道路改造' })).toBe('320106');
    expect(code({ regionText: '福建省', title: '鼓楼区道路改造' })).toBe('350102');
  });

  it('reads a bare name shared by a city and a county as the city', () => {
    expect(code({ title: '西安某项目' })).toBe('610100');
    expect(code({ title: '吉林省吉林市某项目' })).toBe('220200');
  });
});

describe('resolveRegion: traps', () => {
  it('ignores roads and parks named after places', () => {
    expect(code({ title: '云南路改造工程' })).toBeUndefined();
    expect(code({ title: '上海市南京东路商铺装修' })).toBe('310000');
    expect(code({ title: '广州市北京路步行街改造' })).toBe('440100');
    expect(code({ regionText: '北京', title: '朝阳园区配套工程' })).toBe('110000');
    expect(code({ regionText: '江西省', title: '[省本级]南昌某大学上海路校区学生公寓建设' })).toBe('360100');
  });

  it('does not read everyday words as places (乡村振兴 is not 振兴区)', () => {
    expect(code({ regionText: '辽宁省', title: '乡村振兴示范项目', body: '公共资源交易中心' })).toBe('210000');
    expect(code({ regionText: '辽宁省 丹东市 振兴区' })).toBe('210603');
  });

  it('reads 运河 as a canal, not 沧州市运河区, unless its city or full name is there', () => {
    expect(code({ title: '运河沿线夜景照明提升项目终止公告', body: '项目地点：杨柳青镇运河沿线' })).toBe('120111');
    expect(code({ title: '京杭运河堤防加固工程' })).toBeUndefined();
    expect(code({ title: '沧州市运河区某小学改造工程' })).toBe('130903');
    expect(code({ title: '沧州运河某街道改造工程' })).toBe('130903');
  });

  it('reads a bare 濠江 in a firm’s name as Macau’s literary name, not 汕头市濠江区', () => {
    expect(code({ title: '横琴某濠江文旅有限公司幕墙工程中标结果公示', body: '项目地点：珠海市横琴粤澳深度合作区某路1号' })).toBe('440402');
    expect(code({ title: '汕头市濠江区某小学改造工程' })).toBe('440512');
  });

  it('weighs the agency and its address less than the buyer', () => {
    const body = '采购人：平罗县人民医院 地址：平罗县鼓楼南街\n采购代理机构：陕西汇智项目管理有限公司宁夏分公司\n地址：银川市金凤区';
    expect(code({ buyer: '平罗县人民医院', agency: '陕西汇智项目管理有限公司宁夏分公司', body })).toBe('640221');
    expect(code({ regionText: '江西省', body: '开标地点：南昌市红谷滩丰和大道\n代理机构：某公司 地址：南昌市东湖区' })).toBe('360000');
    expect(code({ buyer: '辽宁某职业技术学院', body: '大连市某招标有限公司对辽宁某职业技术学院采购项目进行了磋商' })).toBe('210000');
  });

  it('treats masked text as a boundary', () => {
    expect(code({ body: '采购人：重庆市(略)区(略)路' })).toBe('500000');
    expect(code({ title: '（略）阳县道路工程' })).toBeUndefined();
  });

  it('reads traditional characters', () => {
    expect(code({ buyer: '臺灣省' })).toBe('710000');
    expect(code({ regionText: '廣東深圳南山' })).toBe('440305');
  });
});

describe('resolveRegion: a firm named for its place, then a trade name', () => {
  it('takes the place, not the trade name that is a place word of elsewhere (九龙 of Hong Kong)', () => {
    expect(code({ buyer: '重庆九龙半岛开发建设有限公司', body: '地址：重庆市九龙坡区杨家坪正街16号' })).toBe('500107');
    expect(code({ buyer: '福建九龙江水务有限公司' })).toBe('350000');
  });
});

describe('resolveRegion: townships of cities that have no county level', () => {
  it('reads a town of 东莞, 中山 or 儋州, which the division data has no rows for, as its city', () => {
    expect(resolveRegion({ title: '那大镇农贸市场智慧化改造项目竞争性磋商公告' })?.code).toBe('460400');
    expect(resolveRegion({ buyer: '虎门镇人民政府', title: '某社区服务中心装修工程' })?.code).toBe('441900');
    expect(resolveRegion({ body: '建设地点：小榄镇工业大道' })?.code).toBe('442000');
  });

  it('reads a town filed under a city’s 市辖区 placeholder as the city (嘉峪关)', () => {
    expect(resolveRegion({ title: '峪泉镇某村道路硬化工程' })?.code).toBe('620200');
  });
});

describe('resolveRegion: a township several counties share', () => {
  it('lets a phone code choose among the provinces of its namesakes, then descends by the town', () => {
    // 水东镇 is a town of 章贡区 (赣州, 0797) and of counties in four other provinces.
    const title = '水东镇卫生院医用设备采购项目终止公告';
    expect(resolveRegion({ title })).toBeNull();
    expect(resolveRegion({ title, tieBreakCodes: ['360700'] })?.code).toBe('360702');
  });

  it('lets another party’s address choose, but never picks a province no namesake lies in', () => {
    const title = '大圩镇葡萄产业路提升工程中标候选人公示';
    expect(resolveRegion({ title, body: '第一中标候选人：某某路桥有限公司（合肥市蜀山区长江西路1号）' })?.code).toBe('340111');
    expect(resolveRegion({ title, tieBreakCodes: ['110000'] })).toBeNull();
  });
});

describe('resolveRegion: a school or clinic named after its township', () => {
  const winner = '中标供应商：某某教育科技有限公司，地址：苏州市相城区某路18号';

  it('reads a title or buyer that opens with a township stem before 小学 or 卫生院 where another clue agrees', () => {
    expect(code({ title: '木渎实验小学智慧教室设备采购项目中标结果公告', body: winner })).toBe('320506');
    expect(code({ buyer: '越州卫生院', title: '医用设备采购项目成交公告', tieBreakCodes: ['530300'] })).toBe('530302');
  });

  it('never reads the stem alone, a stem of everyday words, a 街道 or a stem inside the text', () => {
    expect(code({ title: '木渎实验小学智慧教室设备采购项目中标结果公告' })).toBeUndefined();
    expect(code({ title: '青年小学教学楼维修工程', tieBreakCodes: ['500100'] })).toBeUndefined();
    expect(code({ title: '第一中学食堂设备采购项目', tieBreakCodes: ['130100'] })).toBeUndefined();
    expect(code({ title: '关于木渎实验小学设备采购的公告', body: winner })).toBeUndefined();
  });
});

describe('resolveRegion: a shared district name beside one of its townships', () => {
  it('takes the one place both names may be (普陀区 of 上海 or 舟山, 长征镇 of 上海 or 琼中)', () => {
    expect(code({ title: '普陀区长征镇社区文化中心改造工程招标公告' })).toBe('310107');
    expect(code({ buyer: '宝山区罗店镇人民政府', title: '农村生活污水设施运维服务项目招标公告' })).toBe('310113');
  });

  it('decides nothing where the names share no place or more than one, nor by a name said twice', () => {
    // 朝阳区 (北京, 长春) and 水东镇 (none of theirs) share no place.
    expect(code({ title: '朝阳区水东镇某道路工程' })).toBeUndefined();
    expect(code({ title: '普陀区某项目', buyer: '普陀区某街道办事处' })).toBeUndefined();
  });
});

describe('resolveRegion: the agency’s own place as the last tie-break', () => {
  // 向阳区 is a district of 佳木斯 (230803) and of 鹤岗 (230402); 长安区 of 石家庄 and of 西安.
  const title = '向阳区市容环境卫生服务中心清雪设备采购项目招标公告';

  it('lets the agency’s city choose between the places one name of the work may be', () => {
    expect(code({ title })).toBe('230000');
    expect(code({ title, agencyTieBreakCodes: ['230800'] })).toBe('230803');
  });

  it('gives way to a stronger clue and never names a place of its own', () => {
    expect(code({ title, tieBreakCodes: ['230400'], agencyTieBreakCodes: ['230800'] })).toBe('230402');
    expect(code({ title: '某中学食堂设备采购项目', agencyTieBreakCodes: ['230800'] })).toBeUndefined();
    // An agency of another province offers none of the places 向阳区 may be.
    expect(code({ title, agencyTieBreakCodes: ['220100'] })).toBe('230000');
  });
});

describe('resolveRegion: a township against a city', () => {
  it('lets a township one county alone has name the province only where nothing else does', () => {
    // 石桥铺街道 is 重庆's alone in the data; 绵阳 says which province the buyer is in.
    expect(code({ buyer: '绵阳高新区石桥铺街道社区卫生服务中心' })).toBe('510700');
    expect(code({ buyer: '石桥铺街道社区卫生服务中心' })).toBe('500107');
  });

  it('reads a state farm as the county it lies in once the province is known', () => {
    expect(code({ regionText: '黑龙江省', buyer: '北大荒农垦集团有限公司友谊农场有限公司' })).toBe('230522');
  });

  it('does not take an anonymous investor’s home in a headline for the site', () => {
    expect(code({ title: '天津滨海新区一家企业投资12亿元在张掖建设光伏组件项目' })).toBe('620700');
  });
});
