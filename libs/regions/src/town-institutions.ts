import { townIndex, type NameEntry } from './name-index';

/** A township's stem found before the name of an office or clinic it hosts, with the counties it may be in. */
export interface TownInstitution {
  start: number;
  end: number;
  entries: NameEntry[];
}

// Local offices are named after the 街道, 镇 or 乡 they serve, without the township word: a tax
// office (某某地方税务局), a police station, a hospital or a school of the township. Once the city is
// known from elsewhere, such a stem tells the county (see entriesInside in resolve-region).
const INSTITUTION = /(?:地方)?税务(?:局|所)|派出所|供电所|财政所|人民法庭|卫生院|医院|中学|小学|幼儿园/gu;
const TOWN_WORD = /(?:街道|镇|乡)$/u;
const STEM_MIN = 2;
const STEM_MAX = 4;
// A stem many townships share (城关, 新华, 解放, 和平) is an everyday word in an office's name
// (城关派出所, 和平医院) more often than it is the township: only rarer stems count.
const MAX_COUNTIES = 8;
// Words that name the kind of a hospital or school (人民医院, 中心卫生院, 第一中学, 实验小学, 铁路医院)
// are townships' names here and there too, but before an office they say what it is, not where.
const OFFICE_WORDS = new Set([
  '人民',
  '中心',
  '工人',
  '职工',
  '铁路',
  '民族',
  '育才',
  '实验',
  '阳光',
  '八一',
  '五一',
  '中医',
  '妇幼',
  '儿童',
  '口腔',
  '眼科',
  '肿瘤',
  '精神',
  '康复',
  '骨科',
  '传染',
  '胸科',
  '人民路',
  '开发区',
  '高新',
  '新区',
  '城关',
  '城区',
  '市区',
  '县城',
  '中西医',
  '矿区',
  '农场',
  '林场',
  '监狱',
  '武警',
  '军区',
  '陆军',
  '海军',
  '空军',
]);
const ORDINAL = /^第?[一二三四五六七八九十]+$/u;
const ALL_HAN = /^\p{Script=Han}+$/u;

let stems: Map<string, NameEntry[]> | undefined;

function stemIndex(): Map<string, NameEntry[]> {
  if (stems) return stems;
  const byStem = new Map<string, NameEntry[]>();
  for (const [name, entries] of townIndex()) {
    const word = TOWN_WORD.exec(name);
    if (!word) continue;
    const stem = name.slice(0, word.index);
    if (stem.length < STEM_MIN || stem.length > STEM_MAX) continue;
    const list = byStem.get(stem) ?? [];
    for (const e of entries) if (!list.some((x) => x.code === e.code)) list.push({ ...e, kind: 'townOffice' });
    byStem.set(stem, list);
  }
  stems = new Map([...byStem].filter(([, list]) => list.length <= MAX_COUNTIES));
  return stems;
}

/**
 * Township stems right before an office's or clinic's name (蛇口税务局 style, made up: 枫溪卫生院).
 * The longest stem wins; a stem never starts inside a name already found (`taken` spans), so
 * 某某市人民医院 does not give a stem of 市人民.
 */
export function townInstitutions(text: string, taken: ReadonlyArray<{ start: number; end: number }>): TownInstitution[] {
  const index = stemIndex();
  const found: TownInstitution[] = [];
  for (const m of text.matchAll(INSTITUTION)) {
    const end = m.index;
    for (let length = Math.min(STEM_MAX, end); length >= STEM_MIN; length--) {
      const start = end - length;
      const stem = text.slice(start, end);
      if (!ALL_HAN.test(stem) || OFFICE_WORDS.has(stem) || ORDINAL.test(stem) || taken.some((x) => x.start < start && x.end > start))
        continue;
      const entries = index.get(stem);
      if (!entries) continue;
      found.push({ start, end, entries });
      break;
    }
  }
  return found;
}

// A site field (建设地点：某某北路8号) is an address, and addresses open with the 街道 or 镇 they lie
// in, often without the township word. Only a stem of three characters or more that one township
// alone has counts: shorter ones are road and estate names as often.
const SITE_FIELD = /(?:建设|项目|工程|实施|服务)地点[:：]?\s*/gu;
const SITE_STEM_MIN = 3;

/** A township stem opening a site field's address, read as that township (made up: 枫溪北路 → 枫溪镇). */
export function siteTownships(text: string): TownInstitution[] {
  const index = stemIndex();
  const found: TownInstitution[] = [];
  for (const m of text.matchAll(SITE_FIELD)) {
    const start = m.index + m[0].length;
    for (let length = STEM_MAX; length >= SITE_STEM_MIN; length--) {
      const stem = text.slice(start, start + length);
      const entries = index.get(stem);
      if (!ALL_HAN.test(stem) || !entries || entries.length !== 1) continue;
      found.push({ start, end: start + length, entries: [{ ...entries[0], kind: 'town' }] });
      break;
    }
  }
  return found;
}
