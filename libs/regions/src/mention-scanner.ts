import { forestBureausIn } from './forest-bureaus';
import { townOutsideCounty } from './county-namesake-town';
import { childrenOf, getRegion, regionContains } from './hierarchy';
import { nameIndex, TOWN_NAME_MAX, townIndex, type NameEntry } from './name-index';
import type { TrieMatch } from './name-trie';
import { regimentsIn } from './regiments';
import { renamedTownEntries } from './renamed-towns';
import { siteTownships, townInstitutions } from './town-institutions';
import { zoneNamesake, zonesIn } from './town-zones';

/** A region name found in text, with every division it may refer to (the same array for the same name). */
export interface Mention {
  start: number;
  end: number;
  entries: NameEntry[];
}

// A place name directly followed by a road or estate word names the road (云南路, 南京东路, 北京道,
// 朝阳园区), and 北京时间 is a clock, not a place. 道路 after a name is still the place's road works.
// 长春 and 沈阳 name their avenues 大路 (西安大路, 北京大路); a 大路镇 or 大路乡 is a township of its own.
const NOT_A_PLACE_AFTER =
  /^(?:[东西南北中]?(?:路|街|大街|大道|巷|胡同|弄)|大路(?![镇乡村])|[一二三四五六七八九十\d]+(?:路|街|巷|弄)|道(?!路)|时间|园区|公园|花园|小区)/;
// A bare name followed by a township word names the township (龙华镇, 丹阳办事处), not the county.
const TOWNSHIP_AFTER = /^(?:镇|乡|村|街道|办事处|社区|居委会)/;
// A county's bare name before 湾 names a bay (海州湾, 胶州湾, 三门湾, 兴化湾), which lies off several
// counties or, as 兴化湾 of 福建 and 兴化市 of 江苏, nowhere near the county of that name.
const BAY_AFTER = /^湾/;
// So does one before 江 or 河: the river (澜沧江, 金沙江, 嘉陵江, 永定河, 图们江) runs through many
// counties, and a firm named for it (华能澜沧江水电) may sit far from the county that shares its name.
// A province after it (…河北省, …江西省) is no river.
const RIVER_AFTER = /^(?:江(?![苏西]省)|河(?![南北]省))/;
// A county's bare name that ends in 江 or 河 is often the river's own name too (右江, 柳江, 綦江, 沅江,
// 嫩江, 通江). Before a waterway word (航道, 航段, 航标, 流域, 干流, 上游) it is the river, whose
// 航道事务中心 or reach runs through many counties; so is it before a reach named by another place
// (右江田东段, 柳江某某段): the place before 段 is the one the works lie in.
const WATERWAY_AFTER = /^(?:航道|航段|航标|航运|航电|干流|支流|流域|水系|水道|江段|河段|[上中下]游)/u;
const RIVER_NAME = /[江河]$/u;
// The suffix is the start of another word: 新建区域 is not 新建区, 市和县级 is not 和县, 克旗舰店 is not 克旗.
const SUFFIX_STARTS_WORD = new Set(['区域', '区间', '县级', '旗舰']);
// A county's bare name may be the join of two words: 巴渝中学 holds 渝中, 沿海林业 holds 海林. Where its
// last character starts such a word with the next one (中学, 林业), the name is not there at all; a
// county named so is written in full (渝中区实验中学) or stands before the word (海林林业局).
const LAST_CHAR_STARTS_WORD = new Set(['中学', '小学', '中心', '林业', '林场']);
// 海关 is such a word too: a customs house named for a river or a pass (东江海关, 某江海关) holds
// 江海 without naming 江海区. 海关于 is the county 临海 or 北海 writing 关于, and keeps its place.
const CUSTOMS_AFTER_LAST_CHAR = /^海关(?!于)/u;
const HAN = /\p{Script=Han}/u;
// A vertically managed body names its local units after the place, written bare right after the
// parent's name: 国家统计局武宁调查队, 某铁路局集团有限公司集宁工务段, 国家金融监督管理总局某监管分局.
// Before such a unit word the bare name is the place even inside a longer name.
// Such a bare name counts as fully as the written-out one.
const DEPOT = String.raw`(?:工务|电务|供电|车务|机务|车辆|房建|客运|货运|桥工|通信|水电|工电)段`;
// The Yellow River's conservancy names its county bureaus so as well (东明黄河河务局, 济南黄河河务局).
const LOCAL_BRANCH_AFTER = new RegExp(String.raw`^(?:调查队|${DEPOT}|监管分局|黄河河务局)`, 'u');
// A nature reserve is named after the mountain, valley or township it guards (卧龙, 八大公山), which may
// share a bare name with a county far away (卧龙区 of 南阳 for the 卧龙 reserve in 汶川): before a reserve
// word the bare county name is the reserve's, and its county is told by the address.
const RESERVE_AFTER = /^(?:国家级|省级|市级|县级)?自然保护区/u;
// 中国铁路呼和浩特局集团有限公司集宁工务段: a railway bureau is named after its seat, and its depot after
// the depot's own place; the bureau's name does not place the depot's purchase.
const BUREAU_OF_DEPOT = new RegExp(String.raw`^局集团(?:有限)?公司\p{Script=Han}{2,6}?${DEPOT}`, 'u');
const branchEntries = new WeakMap<NameEntry[], NameEntry[]>();
function asBranchPlace(entries: NameEntry[]): NameEntry[] {
  let out = branchEntries.get(entries);
  if (!out) {
    out = entries.map((e) => (e.kind === 'short' ? { ...e, kind: 'alias' as const } : e));
    branchEntries.set(entries, out);
  }
  return out;
}
// 某海关驻北仑办事处, 某局驻京办事处: the office stationed (驻) in a place; its 办事处 is no 街道办事处.
const STATIONED_BEFORE = /^驻$/u;

/**
 * All region names in normalised text (see `toMatchText`), left to right, longest first: 重庆市渝中区
 * gives 重庆市 then 渝中区. Names that are part of a road, a park or another word are skipped.
 */
export function scanMentions(text: string): Mention[] {
  // Most fields of a lookup by one name are empty: the township finders each cost a pass.
  if (!text) return [];
  const trie = nameIndex();
  const mentions: Mention[] = [];
  let lastEnd = 0;
  for (let i = 0; i < text.length;) {
    const match = trie.longestAt(text, i);
    const entries = match ? usableEntries(text, i, match, lastEnd) : [];
    if (!match || entries.length === 0) {
      i++;
      continue;
    }
    const previous = mentions[mentions.length - 1];
    const adjacent = previous !== undefined && previous.end === i;
    // "茂名滨海新区": a district name right after a city it does not belong to is that city's
    // own zone (新区, 开发区 share names across the country), not the district elsewhere.
    const skipped =
      adjacent &&
      (localZoneOf(previous.entries, entries) ||
        divisionOfUndivided(previous.entries, entries) ||
        tradeNameAfter(previous.entries, entries));
    if (!skipped) mentions.push({ start: i, end: match.end, entries: adjacent ? placeAfterCity(previous.entries, entries) : entries });
    lastEnd = match.end;
    i = match.end;
  }
  return withTowns(text, mentions);
}

// Where a township word ends a name (镇, 乡, 街道, 苏木, or 农场 for a state farm filed as one), the
// longest township name ending there.
const TOWN_END = /(?:镇|乡|街道|苏木|农场)/g;
const TOWN_NAME_MIN = 3;

/**
 * Adds the township names of the text to the trie's mentions. A township replaces the names it
 * covers (城西湖乡 is not 城西), and never starts inside a name before it (霍邱县城关镇 keeps 霍邱县).
 */
function withTowns(text: string, mentions: Mention[]): Mention[] {
  const towns = townIndex();
  const found: Mention[] = [];
  for (const m of text.matchAll(TOWN_END)) {
    const end = m.index + m[0].length;
    for (let start = Math.max(0, end - TOWN_NAME_MAX); start <= end - TOWN_NAME_MIN; start++) {
      const name = text.slice(start, end);
      if (roadTownCutShort(text, start, name, mentions)) continue;
      const entries = towns.get(name) ?? renamedTownEntries(name, towns);
      if (!entries) continue;
      // A town may not start inside an earlier name: move on to a shorter one.
      if (mentions.some((x) => x.start < start && x.end > start)) continue;
      // "宜蘭縣羅東鎮": a township right after a place the package has no divisions of is that
      // place's own (Taiwan's 鎮 and 鄉), not the township of the same name elsewhere (罗东镇 of 南安).
      if (mentions.some((x) => x.end === start && isUndivided(x.entries))) break;
      // "弥勒市东风农场": a township after a county's full name that the list files only elsewhere.
      if (mentions.some((x) => x.end === start && townOutsideCounty(x.entries, entries))) break;
      found.push({ start, end, entries });
      break;
    }
  }
  for (const { start, end, key } of regimentsIn(text)) {
    const entries = towns.get(key);
    if (entries && !mentions.some((x) => x.start < end && x.end > start)) found.push({ start, end, entries });
  }
  found.push(...forestBureausIn(text, mentions));
  const named = townNamedInstitution(text, mentions);
  if (named) found.push(named);
  for (const site of siteTownships(text)) {
    // A name found there already (a county, a full township name) says more than the stem.
    if (![...mentions, ...found].some((x) => x.start < site.end && x.end > site.start)) found.push(site);
  }
  for (const stem of townInstitutions(text, [...mentions, ...found])) {
    if (found.some((t) => t.start < stem.end && t.end > stem.start)) continue;
    // 平湖医院: the stem may also be a county's bare name; both readings stay, the known city chooses.
    const same = mentions.find((x) => x.start === stem.start && x.end === stem.end);
    found.push({ ...stem, entries: same ? joined(same.entries, stem.entries) : stem.entries });
  }
  // A zone's name keeps the names inside it (太原中北高新技术产业开发区 still says 太原): it only
  // chooses a county below them.
  const zones = zonesIn(text, mentions).filter((z) => !found.some((t) => t.start < z.end && t.end > z.start));
  if (!found.length && !zones.length) return mentions;
  // A bare district's name opening a zone that lies elsewhere is the zone's namesake (zoneNamesake).
  const kept = mentions.filter((x) => !found.some((t) => x.start >= t.start && x.end <= t.end) && !zones.some((z) => zoneNamesake(z, x)));
  return [...kept, ...found, ...zones].sort((a, b) => a.start - b.start);
}

// A 街道 named after its road takes the road's whole name (海东路街道, 中山路街道): a shorter name
// ending in 路街道 that starts inside a word (东路街道 of 海东路街道) is the road cut short, not the
// township of that name elsewhere. After a place name or at a word's start it is read as written.
const ROAD_TOWN = /路街道$/u;

function roadTownCutShort(text: string, start: number, name: string, mentions: Mention[]): boolean {
  if (!ROAD_TOWN.test(name) || start === 0 || !HAN.test(text[start - 1])) return false;
  return !mentions.some((x) => x.end === start);
}

// A township's school, clinic or home for the aged is named after it without the township word
// (木渎实验小学, 越州卫生院). Only where a title or a buyer's name opens with it, and only a stem that
// one 镇 or 乡 alone has and no other township's name contains: 新华小学, 解放小学 or 城关中学 name no
// place. 街道 are left out: many are named with everyday words that schools share (第一, 阳光,
// 启明). The stem is weaker than the township's name: it names a province only where a phone's code
// or another party's address agrees (see the tie-break in resolve-region), and a county inside a
// province or city known from elsewhere.
const INSTITUTION_AFTER = /^(?:中心|实验|第[一二三四五六七八九十]|初级)?(?:小学|中学|学校|幼儿园|卫生院|敬老院)/u;
const TOWN_WORDS = ['镇', '乡'];
const STEM_ENTRIES = new Map<string, NameEntry[] | null>();

function townNamedInstitution(text: string, mentions: Mention[]): Mention | undefined {
  if (mentions.some((x) => x.start === 0)) return undefined;
  for (const length of [2, 3]) {
    const stem = text.slice(0, length);
    if (!INSTITUTION_AFTER.test(text.slice(length)) || !ALL_HAN.test(stem)) continue;
    const entries = stemEntries(stem);
    if (entries) return { start: 0, end: length, entries };
  }
  return undefined;
}

const ALL_HAN = /^\p{Script=Han}+$/u;
const JOINED = new WeakMap<NameEntry[], Map<NameEntry[], NameEntry[]>>();

// One array per pair, so a name repeated in a text is still counted as one name.
function joined(names: NameEntry[], stems: NameEntry[]): NameEntry[] {
  const byStem = JOINED.get(names) ?? new Map<NameEntry[], NameEntry[]>();
  JOINED.set(names, byStem);
  let out = byStem.get(stems);
  if (!out) {
    out = [...names, ...stems];
    byStem.set(stems, out);
  }
  return out;
}

function stemEntries(stem: string): NameEntry[] | null {
  let entries = STEM_ENTRIES.get(stem);
  if (entries === undefined) {
    const towns = townIndex();
    const hits = TOWN_WORDS.map((w) => towns.get(stem + w)).filter((e): e is NameEntry[] => e !== undefined);
    const sole = hits.length === 1 && hits[0].length === 1 && [...towns.keys()].filter((n) => n.includes(stem)).length === 1;
    entries = sole ? [{ ...hits[0][0], kind: 'townStem' }] : null;
    STEM_ENTRIES.set(stem, entries);
  }
  return entries;
}

// "杭州西湖…", "福州鼓楼…", "深圳南山…": a district's bare name that is also an everyday word (a
// lake, a hill, a tower) names the district when it follows the name of its own city. Kept per
// name and city, so repeated names still share one array.
const AFTER_CITY = new WeakMap<NameEntry[], Map<string, NameEntry[]>>();

function placeAfterCity(city: NameEntry[], entries: NameEntry[]): NameEntry[] {
  if (!entries.some((e) => e.commonWord)) return entries;
  const cityCodes = city.filter((e) => getRegion(e.code)?.level === 'city').map((e) => e.code);
  const inCity = entries.filter((e) => e.commonWord && cityCodes.some((c) => regionContains(c, e.code)));
  if (inCity.length !== 1) return entries;
  const byCity = AFTER_CITY.get(entries) ?? new Map<string, NameEntry[]>();
  AFTER_CITY.set(entries, byCity);
  const key = inCity[0].code;
  let placed = byCity.get(key);
  if (!placed) {
    placed = entries.map((e) => (e === inCity[0] ? { ...e, commonWord: false } : e));
    byCity.set(key, placed);
  }
  return placed;
}

function localZoneOf(city: NameEntry[], district: NameEntry[]): boolean {
  const cityCodes = city.filter((e) => getRegion(e.code)?.level === 'city').map((e) => e.code);
  if (!cityCodes.length || city.length !== cityCodes.length) return false;
  return district.every((e) => getRegion(e.code)?.level === 'district' && !cityCodes.some((c) => regionContains(c, e.code)));
}

// "新竹市東區公所", "臺南市北區": Taiwan's cities have districts the package does not list (it has
// the province only), named as districts elsewhere are (东区 and 西区 of 攀枝花). A district's name
// right after a place with no divisions of its own is that place's division, not the one elsewhere.
function divisionOfUndivided(place: NameEntry[], next: NameEntry[]): boolean {
  if (!isUndivided(place)) return false;
  return next.every((e) => getRegion(e.code)?.level === 'district');
}

function isUndivided(place: NameEntry[]): boolean {
  return place.length > 0 && place.every((e) => getRegion(e.code)?.level === 'province' && childrenOf(e.code).length === 0);
}

// "重庆九龙半岛开发…", "北京金山…": a firm's name opens with its place and goes on with its trade
// name, which may be a bare place word of somewhere else. A suffixless name or alias right after a
// province or city, lying nowhere inside it, is that trade name and names no place.
function tradeNameAfter(place: NameEntry[], next: NameEntry[]): boolean {
  const placeCodes = place
    .filter((e) => e.kind !== 'town' && e.kind !== 'townStem' && PLACE_LEVELS.has(getRegion(e.code)?.level ?? ''))
    .map((e) => e.code);
  if (!placeCodes.length || placeCodes.length !== place.length) return false;
  return next.every(
    (e) =>
      (e.kind === 'short' || e.kind === 'alias') &&
      !placeCodes.some((c) => c === e.code || regionContains(c, e.code) || regionContains(e.code, c)),
  );
}

const PLACE_LEVELS = new Set(['province', 'city']);

// A district's or county's full name before a street is an address: "台江区东街88号", "某县八一路".
// Roads are named after places without their suffix (南京东路), so the road test above spares these.
// So is one before 大路 ("准格尔旗大路工业园区" lies in 准格尔旗, whatever 大路 names there), and one
// before an estate or park word: "东昌府区花园北路", "某县人民公园" lie in that county, where a
// bare 朝阳花园 is only an estate's name.
const STREET_AFTER = /^(?:[东西南北中]?(?:路|街|大街|巷|弄)|大路|[一二三四五六七八九十\d]+(?:路|街|巷|弄)|花园|公园|小区)/;
const COUNTY_SUFFIX = /[区县旗]$/;

function streetAfterCounty(text: string, start: number, match: TrieMatch<NameEntry>, after: string): boolean {
  return (
    match.end - start >= 3 &&
    COUNTY_SUFFIX.test(text.slice(start, match.end)) &&
    match.values.every((e) => e.kind === 'full') &&
    STREET_AFTER.test(after)
  );
}

function usableEntries(text: string, start: number, match: TrieMatch<NameEntry>, lastEnd: number): NameEntry[] {
  const after = text.slice(match.end, match.end + 3);
  if (NOT_A_PLACE_AFTER.test(after) && !streetAfterCounty(text, start, match, after)) return [];
  if (SUFFIX_STARTS_WORD.has(text.slice(match.end - 1, match.end + 1))) return [];
  if (BUREAU_OF_DEPOT.test(text.slice(match.end, match.end + 16))) return [];
  // Filter only when needed: callers group repeated names by the identity of this array.
  let entries = match.values;
  const stationed = STATIONED_BEFORE.test(text.slice(Math.max(0, start - 1), start)) && after.startsWith('办事处');
  if (TOWNSHIP_AFTER.test(after) && !stationed && entries.some((e) => e.kind === 'short')) {
    entries = entries.filter((e) => e.kind !== 'short');
  }
  const countyShort = (e: NameEntry) => e.kind === 'short' && e.rank === 2;
  const reserve = RESERVE_AFTER.test(text.slice(match.end, match.end + 8));
  if ((BAY_AFTER.test(after) || RIVER_AFTER.test(after) || reserve) && entries.some(countyShort)) {
    entries = entries.filter((e) => !countyShort(e));
  }
  if (entries.some(countyShort) && riverNamed(text, match)) entries = entries.filter((e) => !countyShort(e));
  const lastCharStartsWord =
    LAST_CHAR_STARTS_WORD.has(text.slice(match.end - 1, match.end + 1)) ||
    CUSTOMS_AFTER_LAST_CHAR.test(text.slice(match.end - 1, match.end + 2));
  if (lastCharStartsWord && entries.some(countyShort)) {
    entries = entries.filter((e) => !countyShort(e));
  }
  const branchNamed = stationed || LOCAL_BRANCH_AFTER.test(text.slice(match.end, match.end + 5));
  if (entries.some((e) => e.needsBoundary) && !atBoundary(text, start, lastEnd) && !branchNamed) {
    entries = entries.filter((e) => !e.needsBoundary);
  }
  return branchNamed ? asBranchPlace(entries) : entries;
}

// 右江航道, 柳江上游, 右江田东段: a bare name ending in 江 or 河 used as the river's (WATERWAY_AFTER).
function riverNamed(text: string, match: TrieMatch<NameEntry>): boolean {
  if (!RIVER_NAME.test(text.slice(match.end - 1, match.end))) return false;
  if (WATERWAY_AFTER.test(text.slice(match.end, match.end + 2))) return true;
  const reach = nameIndex().longestAt(text, match.end);
  return reach !== undefined && /^[航江河]?段/u.test(text.slice(reach.end, reach.end + 2));
}

// Start of text, after a non-Han character, or right after another place name (濮阳市范县).
function atBoundary(text: string, start: number, lastEnd: number): boolean {
  return start === 0 || start === lastEnd || !HAN.test(text[start - 1]);
}
