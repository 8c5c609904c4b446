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

describe('resolveRegion: speed', () => {
  it('resolves a bulletin with a 4,000-character body in about a millisecond', () => {
    const sentence = '本项目位于重庆市渝中区解放碑，投标人须在北京时间前递交文件。采购代理机构：某某公司，地址：成都市武侯区。';
    const input = { regionText: '重庆市', buyer: '某单位', title: '某项目', body: sentence.repeat(80).slice(0, 4000) };
    resolveRegion(input);
    // Best of several batches: the test machine is shared, so single timings are noisy.
    let best = Infinity;
    for (let batch = 0; batch < 5; batch++) {
      const started = process.hrtime.bigint();
      for (let i = 0; i < 20; i++) resolveRegion(input);
      best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6 / 20);
    }
    expect(best).toBeLessThan(10);
  });
});

describe('resolveRegion: bare county-level cities and league abbreviations', () => {
  it('reads a county-level city named without 市 in a title or a buyer, not in a company or the body', () => {
    expect(code({ title: '晋江某中学运动场改造工程招标公告' })).toBe('350582');
    expect(code({ buyer: '义乌佛堂镇人民政府', title: '农贸市场提升改造工程招标公告' })).toBe('330782');
    expect(code({ buyer: '某某安达物流有限公司', title: '仓储服务采购公告' })).toBeUndefined();
    expect(code({ title: '仓储服务采购公告', body: '成交供应商：昆山某某贸易有限公司' })).toBeUndefined();
  });

  it('leaves names that are also words (江山, 临海) to a province or city named first', () => {
    expect(code({ title: '江山如画文旅项目招标公告' })).toBeUndefined();
    expect(code({ title: '衢州市江山市某道路工程招标公告' })).toBe('330881');
  });

  it('reads a bare district name that opens a title, and only there', () => {
    expect(code({ title: '湖里体育公园及体育场项目答疑一' })).toBe('350206');
    expect(code({ title: '【公开】浦东分院手术室智能柜项目的废标公告' })).toBe('310115');
    expect(code({ title: '中国人民解放军某部营区绿化养护服务采购公告' })).toBeUndefined();
    expect(code({ title: '某交通建设有限公司玄武岩采购项目采购公告' })).toBeUndefined();
    expect(code({ title: '某公司湖里分公司办公家具采购' })).toBeUndefined();
    expect(code({ title: '湖里体育公园项目', body: '体育公园位于湖里' })).toBe('350206');
    expect(code({ title: '太湖流域水环境监测设备采购' })).toBeUndefined();
  });

  it('reads a township as its county once the province or city is known', () => {
    expect(code({ body: '建设地点:茂名市滨海新区电城镇' })).toBe('440904');
    expect(code({ title: '安徽省城西湖乡高标准农田建设项目' })).toBe('341522');
    expect(code({ title: '北京市某项目', body: '建设地点:四季青镇宝山村' })).toBe('110108');
    // Alone, a township names nothing: 四季青镇 is also in 林甸 (and 北京's is listed as 四季青地区).
    expect(code({ regionText: '四季青镇宝山村', title: '某项目' })).toBeUndefined();
    expect(code({ title: '河北省某县城关镇污水管网工程' })).toBe('130000');
  });

  it('reads an autonomous county written with its suffix but without its minorities as the county', () => {
    expect(code({ buyer: '岫岩县第三中学', title: '取暖改造磋商公告' })).toBe('210323');
    expect(code({ buyer: '保亭县人民医院', title: '设备询价公告' })).toBe('469029');
    expect(code({ buyer: '肃北县人民医院', title: '设备采购公告' })).toBe('620923');
    expect(code({ buyer: '喀左县妇幼保健院', title: '设备采购公告' })).toBe('211324');
    // Inside another province the name counts for nothing (江西's 东乡 is a 区 now).
    expect(code({ buyer: '东乡县交通运输局', title: '甘肃省某道路工程招标公告' })).toBe('622926');
    expect(code({ buyer: '抚州市东乡县交通运输局', title: '道路工程招标公告' })).toBe('361000');
  });

  it('reads a township that only one county has even where nothing else names a place', () => {
    expect(code({ title: '协格尔镇幼儿园室外活动场地改造项目比选公告' })).toBe('540223');
    expect(code({ buyer: '博鳌镇人民政府', title: '污水处理厂提标改造工程延期公告' })).toBe('469002');
    // A shared name still waits for its province or city; another party's address never decides.
    expect(code({ title: '大营镇中心卫生院发热门诊改造工程招标公告' })).toBeUndefined();
    expect(code({ title: '医用耗材采购结果公告', body: '中标供应商：某公司\n供应商地址：协格尔镇某路8号' })).toBeUndefined();
  });

  it('reads a word-like district name (西湖, 鼓楼) that follows its own city in a name', () => {
    expect(code({ buyer: '杭州西湖文化旅游投资集团有限公司', title: '景区导览系统运维服务中标公告' })).toBe('330106');
    expect(code({ buyer: '福州鼓楼城建发展有限公司', title: '道路改造工程招标公告' })).toBe('350102');
    expect(code({ buyer: '西湖文化旅游投资有限公司', title: '景区导览系统运维服务中标公告' })).toBeUndefined();
  });

  it('lets a venue or a phone choose between the places one name may be', () => {
    // 永定区 is in 张家界 and in 龙岩; the trading centre where bids are handed in says which.
    const venue = '招标人：永定区城市建设投资有限公司\n递交地点：张家界市公共资源交易中心开标室';
    expect(code({ title: '永定区某安置小区配套道路工程招标公告', body: venue })).toBe('430802');
    // 城关区 is in 兰州, 拉萨 and more: any phone's area code (the agency's too) may say which.
    expect(code({ title: '城关区老旧小区改造施工招标公告', tieBreakCodes: ['620100'] })).toBe('620102');
    expect(code({ title: '城关区办公家具采购成交公告', tieBreakCodes: ['540100'] })).toBe('540102');
    // Such clues never name a place no name of the work offers, nor settle names that disagree.
    expect(code({ title: '某县道路工程招标公告', tieBreakCodes: ['620100'] })).toBeUndefined();
    expect(code({ title: '城关区某工程招标公告', tieBreakCodes: ['620100', '540100'] })).toBeUndefined();
    expect(code({ title: '福州市某工程', body: '建设地点：南京市某路', tieBreakCodes: ['320100'] })).toBe('350100');
  });

  it('knows 锡盟, 阿盟, 博州 and 克州', () => {
    expect(code({ title: '锡盟某旗牧区道路工程招标公告' })).toBe('152500');
    expect(code({ title: '阿盟某旗供水工程招标公告' })).toBe('152900');
    expect(code({ title: '博州某县学校采购公告' })).toBe('652700');
    expect(code({ title: '克州某县道路工程招标公告' })).toBe('653000');
  });
});
