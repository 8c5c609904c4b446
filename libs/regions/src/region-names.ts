import { everydayShortForms } from './everyday-shorts';
import type { Region } from './region.types';

/** How a name form relates to the division: the official name, or a form without its suffix. */
export type NameKind = 'full' | 'short';

export interface NameForm {
  text: string;
  kind: NameKind;
}

// 55 minority names as they appear in autonomous division names (族 is optional after each).
const ETHNIC =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|' +
  '景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|' +
  '保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各';
// The stem keeps at least two characters so 融水苗族自治县 gives 融水, not 融 + 水族.
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC})族?)+自治(州|县|旗)$`);
const AUTONOMOUS_BARE = /^(.{2,}?)族?自治(州|县|旗)$/; // 鄂伦春自治旗, 鄂温克族自治旗
const PROVINCE_SUFFIX = /(省|市|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区)$/;
const CITY_SUFFIX = /(市|地区|盟)$/;
// Tried in order; the first that leaves two characters wins (浦东新区 → 浦东, 清新区 → 清新).
const COUNTY_SUFFIXES = [/特区$/, /新区$/, /[市县区旗]$/];

/**
 * Short forms that are also everyday words or generic place words (乡村振兴, 公共资源, 公安机关, 江南,
 * 城关, 港口, 东至XX路):
 * bare, they do not name the county or city; the full name (振兴区) still does.
 */
export const COMMON_WORD_SHORTS: ReadonlySet<string> = new Set(
  (
    '振兴 和平 新华 长安 城关 市中 新城 向阳 前进 东风 红旗 新兴 光明 复兴 工农 江南 中原 平安 合作 东方 ' +
    '永安 安宁 安定 太平 富民 平和 大方 友谊 友好 共和 新建 通道 康乐 城中 城东 城西 城南 城北 铁东 铁西 ' +
    '桥东 桥西 河东 河西 河北 河南 吉利 新市 白云 青山 建华 胜利 清河 长寿 南岸 江北 沙河 海港 港口 城厢 ' +
    '宝塔 金山 宝山 普陀 长宁 黄浦 怀柔 东城 西城 北辰 红桥 龙华 白沙 文昌 普洱 龙井 中山 大同 永和 新安 ' +
    '新民 兴安 西湖 鼓楼 石门 南山 东山 西山 三江 双江 红河 临江 沿河 平江 东海 南海 北海 西海 滨海 海南 ' +
    '海西 资源 建安 公安 路南 路北 成安 兴业 方正 安居 凤凰 北湖 西工 亚东 东至 大通 龙泉 江汉 ' +
    // 运河 is a canal (京杭运河, 运河沿线) through many cities, not only 沧州's 运河区.
    '运河 ' +
    // 濠江 is Macau's literary name (濠江中学, a 澳资 firm's 濠江…), more often than 汕头's 濠江区 written short.
    '濠江 ' +
    // County-level cities whose name is also a word or a trade name: bare, they name no place.
    '灯塔 榆树 磐石 江山 临海 樟树 新星 双河 天长 无为 阳春 北流 孝义 弥勒 华亭 安达 凤城 永康 明光 宁国 ' +
    '界首 铁力 昆玉 香格里拉 胡杨河 安国 新乐 海阳 万宁 福安 广德'
  ).split(' '),
);

/** Full names too generic to be found in text at all (the division is still in the data). */
export const GENERIC_NAMES: ReadonlySet<string> = new Set(['城区', '郊区', '矿区']);

/** The name forms text search looks for: the full name and its suffix-less forms. */
export function nameForms(region: Region): NameForm[] {
  const forms: NameForm[] = [{ text: region.name, kind: 'full' }];
  const suffixed = autonomousWithSuffix(region);
  for (const text of shortForms(region)) {
    if (text.length >= 2 && text !== region.name && !forms.some((f) => f.text === text)) {
      forms.push({ text, kind: text === suffixed ? 'full' : 'short' });
    }
  }
  // 科左中旗, 莫旗, 塔县: as certain as the official name, each naming one division.
  for (const text of everydayShortForms(region)) forms.push({ text, kind: 'full' });
  return forms;
}

// An autonomous county's or prefecture's name with the minorities left out but its suffix kept
// (岫岩县, 保亭县, 肃北县, 临夏州) is how it is commonly written in full, as certain as the official name.
function autonomousWithSuffix(region: Region): string | null {
  if (region.level === 'province') return null;
  const autonomous = AUTONOMOUS.exec(region.name) ?? AUTONOMOUS_BARE.exec(region.name);
  return autonomous ? autonomous[1] + autonomous[2] : null;
}

function shortForms(region: Region): string[] {
  const { name } = region;
  if (region.level === 'province') return [name.replace(PROVINCE_SUFFIX, '')];
  const autonomous = AUTONOMOUS.exec(name) ?? AUTONOMOUS_BARE.exec(name);
  // 甘孜藏族自治州 → 甘孜, 甘孜州; 峨边彝族自治县 → 峨边, 峨边县: both are how bulletins write them.
  if (autonomous) return [autonomous[1], autonomous[1] + autonomous[2]];
  if (region.level === 'city') return [name.replace(CITY_SUFFIX, '')];
  if (name === '神农架林区') return ['神农架'];
  for (const suffix of COUNTY_SUFFIXES) {
    const stem = name.replace(suffix, '');
    if (stem !== name && stem.length >= 2) return [stem];
  }
  return [];
}
