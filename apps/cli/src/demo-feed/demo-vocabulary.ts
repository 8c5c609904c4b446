import type { SeededRandom } from './seeded-random';

/** Where a demo project is: real division names, so the region resolver has work to do. */
export interface Place {
  province: string;
  /** The one-character short name used in project codes and region text (豫, 苏, 渝). */
  short: string;
  /** GB/T 2260 province code, which the resolver should reach at least. */
  provinceCode: string;
  city: string;
  district: string;
}

const P = (province: string, short: string, provinceCode: string, pairs: Array<[string, string]>): Place[] =>
  pairs.map(([city, district]) => ({ province, short, provinceCode, city, district }));

// Weighted toward the demo member's subscriptions (河南, 江苏) and the member's home (重庆), with
// every other province present so the region filters and the admin's views have a spread.
export const PLACES: Place[] = [
  ...P('河南省', '豫', '410000', [
    ['郑州市', '金水区'],
    ['郑州市', '二七区'],
    ['洛阳市', '涧西区'],
    ['南阳市', '宛城区'],
    ['新乡市', '红旗区'],
    ['开封市', '龙亭区'],
    ['商丘市', '睢阳区'],
    ['信阳市', '浉河区'],
  ]),
  ...P('江苏省', '苏', '320000', [
    ['南京市', '江宁区'],
    ['苏州市', '吴中区'],
    ['无锡市', '滨湖区'],
    ['常州市', '武进区'],
    ['南通市', '崇川区'],
    ['徐州市', '云龙区'],
    ['扬州市', '邗江区'],
  ]),
  ...P('重庆市', '渝', '500000', [
    ['重庆市', '渝北区'],
    ['重庆市', '沙坪坝区'],
    ['重庆市', '万州区'],
    ['重庆市', '九龙坡区'],
  ]),
  ...P('四川省', '川', '510000', [
    ['成都市', '武侯区'],
    ['绵阳市', '涪城区'],
  ]),
  ...P('广东省', '粤', '440000', [
    ['广州市', '天河区'],
    ['深圳市', '南山区'],
    ['佛山市', '顺德区'],
  ]),
  ...P('浙江省', '浙', '330000', [
    ['杭州市', '西湖区'],
    ['宁波市', '鄞州区'],
    ['温州市', '鹿城区'],
  ]),
  ...P('山东省', '鲁', '370000', [
    ['济南市', '历下区'],
    ['青岛市', '黄岛区'],
    ['潍坊市', '奎文区'],
  ]),
  ...P('湖北省', '鄂', '420000', [
    ['武汉市', '洪山区'],
    ['宜昌市', '西陵区'],
  ]),
  ...P('湖南省', '湘', '430000', [
    ['长沙市', '岳麓区'],
    ['株洲市', '天元区'],
  ]),
  ...P('安徽省', '皖', '340000', [
    ['合肥市', '蜀山区'],
    ['芜湖市', '镜湖区'],
  ]),
  ...P('福建省', '闽', '350000', [
    ['福州市', '仓山区'],
    ['厦门市', '湖里区'],
  ]),
  ...P('江西省', '赣', '360000', [
    ['南昌市', '青山湖区'],
    ['赣州市', '章贡区'],
  ]),
  ...P('河北省', '冀', '130000', [
    ['石家庄市', '裕华区'],
    ['保定市', '竞秀区'],
  ]),
  ...P('山西省', '晋', '140000', [['太原市', '小店区']]),
  ...P('陕西省', '陕', '610000', [
    ['西安市', '雁塔区'],
    ['宝鸡市', '渭滨区'],
  ]),
  ...P('甘肃省', '甘', '620000', [['兰州市', '安宁区']]),
  ...P('云南省', '滇', '530000', [['昆明市', '五华区']]),
  ...P('贵州省', '黔', '520000', [['贵阳市', '观山湖区']]),
  ...P('广西壮族自治区', '桂', '450000', [['南宁市', '青秀区']]),
  ...P('内蒙古自治区', '蒙', '150000', [
    ['呼和浩特市', '赛罕区'],
    ['鄂尔多斯市', '康巴什区'],
  ]),
  ...P('新疆维吾尔自治区', '新', '650000', [['乌鲁木齐市', '沙依巴克区']]),
  ...P('辽宁省', '辽', '210000', [
    ['沈阳市', '浑南区'],
    ['大连市', '甘井子区'],
  ]),
  ...P('吉林省', '吉', '220000', [['长春市', '南关区']]),
  ...P('黑龙江省', '黑', '230000', [['哈尔滨市', '南岗区']]),
  ...P('北京市', '京', '110000', [
    ['北京市', '海淀区'],
    ['北京市', '通州区'],
  ]),
  ...P('上海市', '沪', '310000', [['上海市', '闵行区']]),
  ...P('天津市', '津', '120000', [['天津市', '滨海新区']]),
  ...P('海南省', '琼', '460000', [['海口市', '美兰区']]),
  ...P('宁夏回族自治区', '宁', '640000', [['银川市', '兴庆区']]),
  ...P('青海省', '青', '630000', [['西宁市', '城西区']]),
  ...P('西藏自治区', '藏', '540000', [['拉萨市', '堆龙德庆区']]),
];

const PROVINCE_WEIGHT: Record<string, number> = { 河南省: 5, 江苏省: 5, 重庆市: 3 };

export function pickPlace(rng: SeededRandom, province?: string): Place {
  if (province) return rng.pick(PLACES.filter((p) => p.province === province));
  const provinces = [...new Set(PLACES.map((p) => p.province))];
  const chosen = rng.weighted(provinces.map((p) => [p, PROVINCE_WEIGHT[p] ?? 1] as const));
  return rng.pick(PLACES.filter((p) => p.province === chosen));
}

/** 郑州市 → 郑州; 重庆市 stays 重庆; 呼和浩特市 → 呼和浩特. */
export const shortCity = (city: string) => city.replace(/市$/, '');
/** 金水区 → 金水 (but 滨海新区 → 滨海). */
export const shortDistrict = (district: string) => district.replace(/(新区|区|县)$/, '');

export const ROADS = [
  '建设路',
  '人民路',
  '解放路',
  '文化路',
  '中山路',
  '滨河路',
  '学府大道',
  '纬五路',
  '经七路',
  '工业大道',
  '迎宾大道',
  '光明路',
  '长江路',
  '黄河路',
  '新华路',
  '东风路',
  '幸福路',
  '南环路',
  '创业大道',
  '振兴路',
];
export const RIVERS = ['清水河', '东沙河', '白石河', '小清河', '青龙河', '马家沟', '南干渠', '柳溪河'];
export const PARKS = ['滨河公园', '人民公园', '中心公园', '湿地公园', '体育公园', '植物园'];
export const STREETS = ['城关街道', '新城街道', '东湖街道', '西园街道', '南苑街道', '北关街道'];
export const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
export const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
];

const TRADE_NAMES = [
  '正衡',
  '华信',
  '中诚',
  '宏业',
  '建科',
  '明达',
  '诚鼎',
  '德润',
  '恒信',
  '天正',
  '中瑞',
  '同创',
  '汇智',
  '博远',
  '安泰',
  '鼎力',
  '嘉和',
  '信达',
];
const AGENCY_KINDS = ['工程咨询有限公司', '项目管理有限公司', '招标代理有限公司', '工程管理咨询有限公司', '建设咨询有限公司'];

export function agencyName(rng: SeededRandom, place: Place): string {
  const where = rng.chance(0.5) ? place.short : shortCity(place.city);
  return `${where}${rng.pick(TRADE_NAMES)}${rng.pick(AGENCY_KINDS)}`;
}

export function companyName(rng: SeededRandom, place: Place, kinds: readonly string[]): string {
  const where = rng.weighted([
    [place.short, 2],
    [shortCity(place.city), 2],
    ['中', 1],
    ['', 1],
  ] as const);
  return `${where}${rng.pick(TRADE_NAMES)}${rng.pick(kinds)}`;
}

export function phone(rng: SeededRandom): string {
  return `0${rng.int(10, 999)}-${rng.int(6000000, 8999999)}`;
}

export function personName(rng: SeededRandom): string {
  return `${rng.pick(SURNAMES)}工`;
}
