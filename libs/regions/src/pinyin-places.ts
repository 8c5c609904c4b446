import { pinyin } from 'pinyin-pro';
import { childrenOf, provinces } from './hierarchy';
import { nameForms } from './region-names';
import type { Region } from './region.types';

// Some crawlers (an English channel, a source keyed by pinyin) fill region text in letters:
// "Guangdong Guangzhou", "GUANGDONG", "Zhejiang Sheng, Hangzhou Shi", "Inner Mongolia". Provinces and
// prefecture-level cities are read as their Chinese names, their spellings made from the division
// list by a pinyin library (polyphones included: 重庆 chongqing, 厦门 xiamen, 蚌埠 bengbu). A spelling
// two places share is left out (Suzhou is 苏州 and 宿州, Fuzhou 福州 and 抚州, Taizhou 台州 and 泰州), as
// are spellings that are level words themselves (Xian is also 县). Districts are not read: their
// spellings collide across the country far more often than they name one place.

// Names in use that pinyin does not give: English exonyms, older postal spellings, and the
// official romanisations that tell 陕西 (Shaanxi) from 山西 (Shanxi).
const EXONYMS: Readonly<Record<string, string>> = {
  'inner mongolia': '内蒙古',
  tibet: '西藏',
  'hong kong': '香港',
  macau: '澳门',
  macao: '澳门',
  shanxi: '山西',
  shaanxi: '陕西',
  "xi'an": '西安',
  hohhot: '呼和浩特',
  harbin: '哈尔滨',
  urumqi: '乌鲁木齐',
  lhasa: '拉萨',
};
const LEVEL_WORDS = new Set(['xian', 'shi', 'qu', 'sheng', 'zhen', 'xiang']);

// A level word written after the name in letters (Sheng, Shi, Province, City …) adds nothing.
const LEVEL = '(?:[\\s-]+(?:sheng|shi|province|city|municipality|autonomous region|sar|prefecture))?';

// A spelling two cities share is read once the region text names the province of one of them:
// "Anhui / Suzhou" is 宿州, "Jiangsu Suzhou" 苏州, "Jiangxi Fuzhou" 抚州 (crawlers that spell the
// city mostly spell its province first). Keyed by spelling, each province's short name to its city.
type Shared = Map<string, { province: string; city: string }[]>;

let cached: { places: Map<string, string>; pattern: RegExp; shared: Shared; sharedPattern: RegExp } | null = null;

function spelling(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array' }).join('').toLowerCase();
}

function build(): { places: Map<string, string>; pattern: RegExp; shared: Shared; sharedPattern: RegExp } {
  const spelled = new Map<string, Set<string>>();
  const cityIn = new Map<string, { province: string; city: string }[]>();
  const add = (region: Region, province?: string) => {
    for (const form of nameForms(region)) {
      if (!/^\p{Script=Han}+$/u.test(form.text) || form.text === region.name) continue;
      const key = spelling(form.text);
      if (!/^[a-z]{4,}$/.test(key) || LEVEL_WORDS.has(key)) continue;
      spelled.set(key, (spelled.get(key) ?? new Set()).add(form.text));
      if (province) cityIn.set(key, [...(cityIn.get(key) ?? []), { province, city: form.text }]);
    }
  };
  for (const province of provinces()) {
    add(province);
    const short = shortName(province);
    for (const city of childrenOf(province.code)) if (city.level === 'city') add(city, short);
  }
  const places = new Map<string, string>();
  const shared: Shared = new Map();
  for (const [key, names] of spelled) {
    if (names.size === 1) places.set(key, [...names][0]);
    else if (cityIn.has(key)) shared.set(key, cityIn.get(key) ?? []);
  }
  for (const [key, name] of Object.entries(EXONYMS)) places.set(key, name);
  const names = [...places.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[' ]/g, (c) => (c === ' ' ? '\\s+' : "['’]")))
    .join('|');
  return {
    places,
    pattern: new RegExp(`(?<![A-Za-z])(${names})${LEVEL}(?![A-Za-z])`, 'giu'),
    shared,
    sharedPattern: new RegExp(`(?<![A-Za-z])(${[...shared.keys()].join('|')})${LEVEL}(?![A-Za-z])`, 'giu'),
  };
}

// The province's name as region text writes it: 安徽 for 安徽省, 广西 for 广西壮族自治区.
function shortName(province: Region): string {
  const forms = nameForms(province)
    .map((f) => f.text)
    .filter((t) => /^\p{Script=Han}{2,}$/u.test(t) && t !== province.name);
  return forms.sort((a, b) => a.length - b.length)[0] ?? province.name;
}

/** The region text with the places it writes in letters given their Chinese names. */
export function pinyinPlaces(text: string | null | undefined): string | null | undefined {
  if (!text || !/[A-Za-z]{4}/.test(text)) return text;
  cached ??= build();
  const { places, pattern, shared, sharedPattern } = cached;
  const read = text.replace(pattern, (_, name: string) => {
    const key = name.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
    return ` ${places.get(key) ?? name} `;
  });
  return read.replace(sharedPattern, (whole: string, name: string) => {
    const inNamed = (shared.get(name.toLowerCase()) ?? []).filter((c) => read.includes(c.province));
    return inNamed.length === 1 ? ` ${inNamed[0].city} ` : whole;
  });
}
