import { toMatchText } from '@app/text';
import { getRegion } from './index';
import { scanMentions } from './mention-scanner';

// Each mention as its text and the names it may refer to.
function scan(text: string): string[] {
  const t = toMatchText(text);
  return scanMentions(t).map((m) => `${t.slice(m.start, m.end)}=${m.entries.map((e) => getRegion(e.code)?.name).join('/')}`);
}

describe('scanMentions', () => {
  it('skips a county’s bare name made of two words joined (巴渝中学, 沿海林业)', () => {
    expect(scan('某市巴渝中学校')).not.toContainEqual(expect.stringMatching(/^渝中=/u));
    expect(scan('东南沿海林业实验中心')).toEqual([]);
    // Written in full, or before the word, the county is still there.
    expect(scan('渝中区实验中学')).toEqual(['渝中区=渝中区']);
    expect(scan('海林林业局')).toContainEqual(expect.stringMatching(/^海林=/u));
  });

  it('skips a county’s bare name whose last character starts 海关 (东江海关), not one before 关于 (own-b141)', () => {
    expect(scan('中华人民共和国东江海关')).not.toContainEqual(expect.stringMatching(/^江海=/u));
    expect(scan('临海关于印发')).toContainEqual(expect.stringMatching(/^临海=/u));
    expect(scan('江海区海关路')).toContainEqual(expect.stringMatching(/^江海区=/u));
  });

  it('finds full names and short forms left to right, longest first', () => {
    expect(scan('重庆市渝中区')).toEqual(['重庆市=重庆市', '渝中区=渝中区']);
    expect(scan('广东深圳南山')).toEqual(['广东=广东省', '深圳=深圳市', '南山=南山区/南山区']);
    expect(scan('甘孜州泸定县')).toEqual(['甘孜州=甘孜藏族自治州', '泸定县=泸定县']);
    expect(scan('峨边县')).toEqual(['峨边县=峨边彝族自治县']);
  });

  it('lists every division an ambiguous name may be', () => {
    expect(scan('鼓楼区')).toEqual(['鼓楼区=鼓楼区/鼓楼区/鼓楼区/鼓楼区']);
  });

  it('skips a place name that names a road, a park or a clock', () => {
    expect(scan('云南路')).toEqual([]);
    expect(scan('南京东路')).toEqual([]);
    expect(scan('北京道')).toEqual([]);
    expect(scan('朝阳园区')).toEqual([]);
    expect(scan('9时30分（北京时间）')).toEqual([]);
    expect(scan('江北道路改造')).toEqual(['江北=江北区/江北区']);
  });

  it('skips a place name before 大路, an avenue of 长春 or 沈阳, but not before a 大路镇', () => {
    expect(scan('红旗街与西安大路交汇处').join()).not.toMatch(/西安/u);
    expect(scan('北京大路')).toEqual([]);
    expect(scan('桐梓县大路镇')[0]).toBe('桐梓县=桐梓县');
    // A county's full name before it is an address in that county, as before any street.
    expect(scan('准格尔旗大路工业园区')).toEqual(['准格尔旗=准格尔旗']);
  });

  it('reads a 路街道 cut from inside a road’s name as no township (海东路街道 is not 东路街道)', () => {
    expect(scan('单位地址：新城区海东路16号，新城区海东路街道办事处').join()).not.toMatch(/东路街道/u);
    // Right after a place name, or where the name starts the text, it is read as written.
    expect(scan('东路街道办事处').length).toBeGreaterThan(0);
  });

  it('keeps a district or county named in full before a street of an address (台江区东街, 某县八一路)', () => {
    expect(scan('福州市台江区东街88号')).toEqual(['福州市=福州市', '台江区=台江区']);
    expect(scan('吉安市永丰县八一路')).toEqual(['吉安市=吉安市', '永丰县=永丰县']);
    expect(scan('台江路')).toEqual([]);
  });

  it('keeps a district named in full before an estate or park word of an address (东昌府区花园北路)', () => {
    expect(scan('聊城市东昌府区花园北路')).toEqual(['聊城市=聊城市', '东昌府区=东昌府区']);
    expect(scan('朝阳花园')).toEqual([]);
    expect(scan('东昌公园')).toEqual([]);
  });

  it('reads a county name before 湾 as a bay, not the county (海州湾, 胶州湾, 兴化湾)', () => {
    expect(scan('连云港海州湾港区')).toEqual(['连云港=连云港市']);
    expect(scan('胶州湾大桥')).toEqual([]);
    expect(scan('莆田兴化湾海堤')).toEqual(['莆田=莆田市']);
    // A district whose own name ends in 湾, or its name in full, is still the district.
    expect(scan('广州市荔湾区')).toEqual(['广州市=广州市', '荔湾区=荔湾区']);
    expect(scan('温州龙湾')).toEqual(['温州=温州市', '龙湾=龙湾区']);
  });

  it('reads a county name before 江 or 河 as a river, not the county (澜沧江, 金沙江, 永定河)', () => {
    expect(scan('华能澜沧江水电股份有限公司')).toEqual([]);
    expect(scan('金沙江白鹤滩')).toEqual([]);
    expect(scan('北京永定河生态补水')).toEqual(['北京=北京市']);
    // A county or city whose own name ends in 江 or 河, or a county named in full, is still the place.
    expect(scan('怒江州兰坪县')).toEqual(['怒江州=怒江傈僳族自治州', '兰坪县=兰坪白族普米族自治县']);
    expect(scan('澜沧县')).toEqual(['澜沧县=澜沧拉祜族自治县']);
    expect(scan('哈尔滨呼兰河口湿地')).not.toContain('呼兰=呼兰区');
  });

  it('reads a county’s bare name that is a river’s before a waterway word or a reach as the river (右江航道, 右江田东段) (own-b170)', () => {
    expect(scan('广西壮族自治区右江航道事务中心')).toEqual(['广西壮族自治区=广西壮族自治区']);
    expect(scan('右江田东段航标维护')).toEqual(['田东=田东县']);
    expect(scan('百色市田东县境内右江航段')).toEqual(['百色市=百色市', '田东县=田东县']);
    expect(scan('綦江上游')).toEqual([]);
    // Named in full, before other words, or a city's name (九江航道处 lies in 九江), it is still the place.
    expect(scan('柳江区航道')).toEqual(['柳江区=柳江区']);
    expect(scan('右江区人民政府')).toEqual(['右江区=右江区']);
    expect(scan('九江航道处')).toEqual(['九江=九江市']);
  });

  it('skips a suffix that starts another word (新建区域, 市和县级)', () => {
    expect(scan('新建区域')).toEqual([]);
    expect(scan('各市和县级部门')).toEqual([]);
  });

  it('takes a one-character name (范县) only at a word boundary', () => {
    expect(scan('示范县创建')).toEqual([]);
    expect(scan('范县人民医院')).toEqual(['范县=范县']);
    expect(scan('濮阳市范县')).toEqual(['濮阳市=濮阳市', '范县=范县']);
  });

  it('reads a bare name followed by a township word as the township (龙华镇 is not 龙华区)', () => {
    // The township itself is a mention of the counties that have one of that name.
    expect(scan('南康区龙华镇')).toEqual(['南康区=南康区', '龙华镇=柏乡县/景县/仙游县/南康区/博罗县/龙门县/江津区/屏山县']);
    expect(scan('平谷区平谷镇')).toEqual(['平谷区=平谷区']);
  });

  it('marks everyday-word short forms (公共资源, 公安机关, 乡村振兴)', () => {
    const t = toMatchText('公共资源交易中心 公安机关 乡村振兴');
    for (const m of scanMentions(t)) expect(m.entries.every((e) => e.commonWord)).toBe(true);
  });

  it('leaves out 香港/澳门 district names, which are everyday words (东区, 大堂区)', () => {
    expect(scan('园区东区大堂区')).toEqual([]);
  });
});

describe('scanMentions: a city’s own zone named like a district elsewhere', () => {
  it('drops the district name right after a city it does not belong to', () => {
    const names = (text: string) => scanMentions(text).map((m) => text.slice(m.start, m.end));
    expect(names('茂名滨海新区农村污水治理')).toEqual(['茂名']);
    expect(names('天津市滨海新区道路工程')).toEqual(['天津市', '滨海新区']);
    expect(names('广州市天河区某路')).toEqual(['广州市', '天河区']);
  });
});

describe('scanMentions: a Taiwan city’s own districts', () => {
  const names = (text: string) => scanMentions(toMatchText(text)).map((m) => toMatchText(text).slice(m.start, m.end));

  it('drops a district name right after a place with no divisions of its own', () => {
    expect(names('新竹市東區公所')).toEqual(['新竹市']);
    expect(names('嘉義市西區公所')).toEqual(['嘉义市']);
    expect(names('攀枝花市东区人民医院')).toEqual(['攀枝花市', '东区']);
  });

  it('drops a township name right after such a place, and keeps one after its own county', () => {
    expect(names('宜蘭縣羅東鎮公所')).toEqual(['宜兰县']);
    expect(names('南安市罗东镇人民政府')).toEqual(['南安市', '罗东镇']);
  });
});

describe('scanMentions: a trade name after the place a firm is named for', () => {
  const names = (text: string) => scanMentions(toMatchText(text)).map((m) => toMatchText(text).slice(m.start, m.end));

  it('drops a bare name of elsewhere right after a province or city', () => {
    expect(names('重庆九龙半岛开发建设有限公司')).toEqual(['重庆']);
    expect(names('北京金山软件有限公司')).toEqual(['北京']);
    expect(names('福建九龙江流域治理')).toEqual(['福建']);
    expect(names('杭州萧山湘湖文旅有限公司')).toEqual(['杭州', '萧山']);
  });

  it('keeps names inside the place before them, and full names', () => {
    expect(names('重庆九龙坡区')).toEqual(['重庆', '九龙坡区']);
    expect(names('北京朝阳')).toEqual(['北京', '朝阳']);
    expect(names('重庆江北')).toEqual(['重庆', '江北']);
    expect(names('江苏南京')).toEqual(['江苏', '南京']);
  });
});

describe('scanMentions: an everyday-word district name right after its own city', () => {
  const wordFlags = (text: string): boolean[] => {
    const t = toMatchText(text);
    return scanMentions(t)
      .filter((m) => t.slice(m.start, m.end) === '西湖')
      .flatMap((m) => m.entries.map((e) => e.commonWord));
  };

  it('takes 杭州西湖 as the district of 杭州, leaving the other 西湖区 a word', () => {
    const t = toMatchText('杭州西湖文化旅游投资集团有限公司');
    const lake = scanMentions(t).find((m) => t.slice(m.start, m.end) === '西湖');
    const placed = lake?.entries.filter((e) => !e.commonWord).map((e) => getRegion(e.code)?.name);
    expect(placed).toEqual(['西湖区']);
    expect(lake?.entries.find((e) => !e.commonWord)?.code).toBe('330106');
  });

  it('keeps 西湖 a word elsewhere, and after a city it does not belong to', () => {
    expect(wordFlags('西湖文化旅游投资有限公司')).toEqual([true, true]);
    // After another city the name is that city's own zone or lake, never a district elsewhere.
    expect(wordFlags('南京西湖文化有限公司')).toEqual([]);
  });
});

describe('scanMentions: state farms', () => {
  it('reads a state farm the township list files under a county as that township', () => {
    expect(scan('北大荒农垦集团有限公司友谊农场有限公司')).toEqual(['友谊农场=友谊县']);
    // A farm name several counties share offers each of them, as a shared township does.
    expect(scan('华侨农场')).toEqual(['华侨农场=宁江区/蕉岭县']);
  });
});

describe('scanMentions: local units of vertically managed bodies (own-b169)', () => {
  const kinds = (text: string): string[] => {
    const t = toMatchText(text);
    return scanMentions(t).map((m) => `${t.slice(m.start, m.end)}=${m.entries.map((e) => e.kind).join('/')}`);
  };

  it('reads a bare name before 调查队, a depot or 监管分局 as the place, as if written out', () => {
    expect(kinds('国家统计局武宁调查队')).toEqual(['武宁=alias']);
    expect(scan('国家统计局武宁调查队')).toEqual(['武宁=武宁县']);
    // Elsewhere the bare county name stays a short form.
    expect(kinds('武宁')).toEqual(['武宁=short']);
  });

  it('drops a railway bureau’s seat before a depot named after its own place', () => {
    expect(scan('中国铁路呼和浩特局集团有限公司集宁工务段')).toEqual(['集宁=集宁区']);
    // The bureau itself, or a unit not named after a place, keeps the seat.
    expect(scan('中国铁路呼和浩特局集团有限公司')).toContainEqual(expect.stringMatching(/^呼和浩特=/u));
  });

  it('reads the place an office is stationed in (驻某办事处), not a township', () => {
    expect(scan('宁波海关驻北仑办事处')).toEqual(['宁波=宁波市', '北仑=北仑区']);
  });
});

describe('scanMentions: units named after a place without its suffix (own-b171)', () => {
  const kinds = (text: string): string[] => {
    const t = toMatchText(text);
    return scanMentions(t).map((m) => `${t.slice(m.start, m.end)}=${m.entries.map((e) => e.kind).join('/')}`);
  };

  it('reads a bare county name before 黄河河务局 as the county, as if written out', () => {
    expect(kinds('东明黄河河务局')).toEqual(['东明=alias']);
    expect(scan('原阳黄河河务局')).toEqual(['原阳=原阳县']);
  });

  it('does not read a nature reserve’s name as the county that shares it', () => {
    expect(scan('卧龙国家级自然保护区管理局')).toEqual([]);
    expect(scan('卧龙自然保护区')).toEqual([]);
    // Elsewhere the bare name stays a short form of the district.
    expect(kinds('卧龙')).toEqual(['卧龙=short']);
  });
});
