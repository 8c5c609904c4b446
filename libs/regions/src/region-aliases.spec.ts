import { divisionData } from './division-data';
import { getRegion, regionPath, resolveRegion } from './index';
import { NAME_ALIASES, RETIRED_CODES } from './region-aliases';

// One expected code per alias, written out so a wrong host list shows up here.
const EXPECTED: Record<string, string> = {
  赣江新区: '360000', // spans 南昌 and 九江: only the province is certain
  两江新区: '500000',
  雄安新区: '130600',
  天府新区: '510000',
  西咸新区: '610000',
  贵安新区: '520000',
  滇中新区: '530000',
  南沙新区: '440115',
  西海岸新区: '370211',
  金普新区: '210200',
  江北新区: '320100',
  湘江新区: '430100',
  舟山群岛新区: '330900',
  哈尔滨新区: '230100',
  长春新区: '220100',
  福州新区: '350100',
  红谷滩新区: '360113',
  临港新片区: '310000',
  杭州湾新区: '330200',
  横琴粤澳深度合作区: '440402',
  前海深港现代服务业合作区: '440305',
  户县: '610118',
  上饶县: '361104',
  星子县: '360483',
  赣县: '360704',
  南康市: '360703',
  新津县: '510118',
  郫县: '510117',
  监利县: '421088',
  彬县: '610482',
  莱芜市: '370100',
  襄樊市: '420600',
  襄樊: '420600',
  思茅市: '530800',
  思茅地区: '530800',
  巢湖地区: '340000', // split among 合肥, 芜湖 and 马鞍山
  普兰店市: '210214',
  胶南市: '370211',
  开县: '500154',
  通县: '110112',
  崇文区: '110101',
  宣武区: '110102',
  闸北区: '310106',
  卢湾区: '310101',
  南汇区: '310115',
  塘沽区: '120116',
  汉沽区: '120116',
  大港区: '120116',
  万盛区: '500110',
  蓟县: '120119',
  东陵区: '210112',
  铜陵县: '340706',
  长安县: '610116',
  西湖风景名胜区: '330106',
  天津经济技术开发区: '120116',
  天津开发区: '120116',
  天津经开区: '120116',
  天津港保税区: '120116',
  长沙经济技术开发区: '430121',
  长沙经开区: '430121',
  广州经济技术开发区: '440112',
  广州开发区: '440112',
  南京经济技术开发区: '320113',
  南京经开区: '320113',
  杭州经济技术开发区: '330114',
  宁波经济技术开发区: '330206',
  青岛经济技术开发区: '370211',
  大连经济技术开发区: '210213',
  成都经济技术开发区: '510112',
  成都经开区: '510112',
  重庆经济技术开发区: '500108',
  重庆经开区: '500108',
  昆明经济技术开发区: '530111',
  昆明经开区: '530111',
  沈阳经济技术开发区: '210106',
  福州经济技术开发区: '350105',
  贵阳经济技术开发区: '520111',
  贵阳经开区: '520111',
  乌鲁木齐经济技术开发区: '650106',
  南宁经济技术开发区: '450105',
  南宁经开区: '450105',
  营口经济技术开发区: '210804',
  营口经开区: '210804',
  余杭经济技术开发区: '330113',
  余杭经开区: '330113',
  金桥经济技术开发区: '310115',
  虹桥经济技术开发区: '310105',
  子牙经济技术开发区: '120118',
  宾西经济技术开发区: '230125',
  苏州高新区: '320505',
  苏州高新技术产业开发区: '320505',
  无锡高新区: '320214',
  无锡国家高新区: '320214',
  无锡高新技术产业开发区: '320214',
  常州高新区: '320411',
  常州国家高新区: '320411',
  常州高新技术产业开发区: '320411',
  泰州医药高新区: '321203',
  株洲高新区: '430211',
  株洲高新技术产业开发区: '430211',
  荆门高新区: '420804',
  荆门高新技术产业开发区: '420804',
  黄石经开区: '420205',
  黄石经济技术开发区: '420205',
  中山火炬高技术产业开发区: '442000',
  中山火炬开发区: '442000',
  翠亨新区: '442000',
  滨海湾新区: '441900',
  洋浦经济开发区: '460400',
  洋浦开发区: '460400',
  洋浦保税港区: '460400',
  洋浦港区: '460400',
  杨凌示范区: '610403',
  杨凌农业高新技术产业示范区: '610403',
  锡盟: '152500',
  阿盟: '152900',
  博州: '652700',
  克州: '653000',
  巴州: '652800',
  喀左县: '211324',
  九龙: '810000',
  新界: '810000',
  将军澳: '810000',
  尖沙咀: '810000',
  铜锣湾: '810000',
  观塘: '810000',
  荃湾: '810000',
  葵涌: '810000',
  屯门: '810000',
  元朗: '810000',
  旺角: '810000',
  深水埗: '810000',
  机电工程署: '810000',
  建筑署: '810000',
  路政署: '810000',
  水务署: '810000',
  渠务署: '810000',
  康乐及文化事务署: '810000',
  食物环境卫生署: '810000',
  政府物流服务署: '810000',
  房屋署: '810000',
  土木工程拓展署: '810000',
  香港房屋委员会: '810000',
  香港警务处: '810000',
  卫生署: '810000',
  衞生署: '810000',
  消防处: '810000',
  惩教署: '810000',
  入境事务处: '810000',
  香港海关: '810000',
  社会福利署: '810000',
  渔农自然护理署: '810000',
  民航处: '810000',
  运输署: '810000',
  地政总署: '810000',
  屋宇署: '810000',
  政府统计处: '810000',
  律政司: '810000',
  劳工处: '810000',
  创新科技署: '810000',
  知识产权署: '810000',
  土地注册处: '810000',
  政府产业署: '810000',
  差饷物业估价署: '810000',
  香港邮政: '810000',
  氹仔: '820000',
  路环: '820000',
  民政总署: '820000',
  市政署: '820000',
  台北市: '710000',
  新北市: '710000',
  桃园市: '710000',
  台中市: '710000',
  台南市: '710000',
  高雄市: '710000',
  基隆市: '710000',
  新竹市: '710000',
  新竹县: '710000',
  嘉义市: '710000',
  嘉义县: '710000',
  苗栗县: '710000',
  彰化县: '710000',
  南投县: '710000',
  云林县: '710000',
  屏东县: '710000',
  宜兰县: '710000',
  花莲县: '710000',
  台东县: '710000',
  澎湖县: '710000',
  新台币: '710000',
};

describe('alias table', () => {
  it('has an expected code for every alias', () => {
    expect(NAME_ALIASES.map((a) => a.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s resolves to %s', (name, code) => {
    expect(resolveRegion({ title: `${name}某某工程施工招标公告` })?.code).toBe(code);
  });

  it('names only hosts that exist', () => {
    for (const alias of NAME_ALIASES) for (const host of alias.hosts) expect(getRegion(host)).toBeDefined();
  });

  it('maps each retired code the package still lists to a current successor', () => {
    const { children } = divisionData();
    const current = new Set([...children.values()].flat().map((r) => r.code));
    for (const [oldCode, successor] of Object.entries(RETIRED_CODES)) {
      expect(getRegion(oldCode)).toBeDefined();
      expect(current.has(successor)).toBe(true);
    }
  });

  it('reads a district merged before the division data was built as the one it joined', () => {
    expect(resolveRegion({ body: '地址：上海市闸北区共和新路' })?.code).toBe('310106');
    expect(resolveRegion({ title: '开县某镇农村公路改造工程' })?.code).toBe('500154');
    expect(resolveRegion({ body: '建设地点：天津市塘沽区某路' })?.code).toBe('120116');
    expect(resolveRegion({ title: '蓟县下营镇某村饮水工程' })?.code).toBe('120119');
  });

  it('reads a bare 巴州 as the Xinjiang prefecture and 巴州区 in full as the district of 巴中', () => {
    expect(resolveRegion({ buyer: '巴州住房和城乡建设局' })?.code).toBe('652800');
    expect(resolveRegion({ title: '巴州区第三中学学生宿舍改造工程招标公告' })?.code).toBe('511902');
  });

  it('reads a retired name as its successor (凤翔县 → 凤翔区, 横县 → 横州市)', () => {
    expect(resolveRegion({ buyer: '凤翔县教育事业服务中心' })?.code).toBe('610305');
    expect(resolveRegion({ buyer: '横县人民医院' })?.code).toBe('450181');
    expect(resolveRegion({ regionText: '浙江省', buyer: '杭州市江干区教育局' })?.code).toBe('330100');
  });

  it('reads the old 巢湖地区 of region text as 安徽, so its county in the notice chooses the city', () => {
    expect(resolveRegion({ regionText: '安徽 巢湖地区', buyer: '含山县某镇中心学校' })?.code).toBe('340522');
    expect(resolveRegion({ regionText: '安徽 巢湖地区', title: '无为市某镇道路工程' })?.code).toBe('340281');
    expect(resolveRegion({ regionText: '湖北 襄樊', buyer: '樊城区某社区卫生服务中心' })?.code).toBe('420606');
    // The county-level city of today stays 合肥's.
    expect(resolveRegion({ regionText: '安徽 巢湖市' })?.code).toBe('340181');
  });

  it('reads Taiwan places in traditional characters, and not 台中 inside a word', () => {
    expect(resolveRegion({ title: '臺中市政府水利局排水改善工程決標公告' })?.code).toBe('710000');
    expect(resolveRegion({ title: '某市公共资源交易平台中标结果公告', body: '某县人民医院设备采购' })?.code).not.toBe('710000');
    expect(resolveRegion({ title: '金门县某工程' })?.code).toBe('350527');
  });

  it('reads a Hong Kong department in traditional characters (為衞生署供應…, 為消防處供應…)', () => {
    expect(resolveRegion({ title: '為衞生署供應一次性吸頭，合約為期24個月' })?.code).toBe('810000');
    expect(resolveRegion({ title: '為消防處供應第一截擊車' })?.code).toBe('810000');
  });

  it('puts a state-level economic zone in its district', () => {
    expect(resolveRegion({ body: '建设地点：天津经济技术开发区第九大街' })?.code).toBe('120116');
    expect(resolveRegion({ buyer: '长沙经开区城市建设发展有限公司', title: '长沙经济技术开发区道路提质改造工程' })?.code).toBe('430121');
  });

  it('keeps 滨海新区 and 浦东新区, which are real districts', () => {
    expect(resolveRegion({ title: '滨海新区道路工程' })?.code).toBe('120116');
    expect(resolveRegion({ title: '上海市浦东新区学校改造' })?.code).toBe('310115');
  });

  it('reads an NBS zone row of the package as its host city', () => {
    expect(resolveRegion({ buyer: '合肥高新技术产业开发区管理委员会' })?.code).toBe('340100');
  });

  it('reads an NBS development zone named after a county of its city as that county', () => {
    expect(resolveRegion({ title: '库尔勒经济技术开发区新材料产业园道路工程' })?.code).toBe('652801');
    expect(resolveRegion({ buyer: '达孜工业园区管理委员会' })?.code).toBe('540104');
    // A 新区 borrowing a district's name: the city stays.
    expect(resolveRegion({ title: '北戴河新区某道路工程' })?.code).toBe('130300');
  });

  it('puts a zone governed together with one district in that district', () => {
    expect(resolveRegion({ title: '营口经济技术开发区年产3万吨压铸件项目备案信息公示' })?.code).toBe('210804');
    expect(resolveRegion({ body: '建设地点：余杭经济技术开发区兴中路' })?.code).toBe('330113');
    expect(resolveRegion({ title: '上海金桥经济技术开发区某厂房改造工程' })?.code).toBe('310115');
  });

  it("puts a prefecture city's high-tech zone run with one district in that district", () => {
    expect(resolveRegion({ buyer: '荆门高新区管委会社会事务局' })?.code).toBe('420804');
    expect(resolveRegion({ body: '项目位于株洲高新区栗雨工业园' })?.code).toBe('430211');
    expect(resolveRegion({ title: '常州国家高新区某道路改造工程' })?.code).toBe('320411');
    // The city alone stays the city.
    expect(resolveRegion({ buyer: '荆门市教育局' })?.code).toBe('420800');
  });
});

describe('zones governed as a county of their own', () => {
  it('reads 苏州工业园区 as a district of 苏州, and 苏州 alone as the city', () => {
    expect(resolveRegion({ title: '苏州工业园区某学校设备采购' })?.code).toBe('320571');
    expect(regionPath('320571').map((r) => [r.name, r.level])).toEqual([
      ['江苏省', 'province'],
      ['苏州市', 'city'],
      ['苏州工业园区', 'district'],
    ]);
    expect(resolveRegion({ title: '苏州市某学校设备采购' })?.code).toBe('320500');
  });
});
