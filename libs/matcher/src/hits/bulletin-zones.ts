/** Where in a bulletin a keyword hit sits. */
export type HitPlace = 'title' | 'opening' | 'body' | 'qualification' | 'boilerplate';

/** A span of the body in match form, [start, end). */
export interface Zone {
  start: number;
  end: number;
  place: 'opening' | 'qualification' | 'boilerplate';
}

// The body is in match form: no line breaks, no spaces between CJK. Patterns work on that.
const STOP = '。；;！!？?';
const NOT_STOP = `[^${STOP}]`;

/**
 * Text that says nothing about the work: where the notice is published, citations of laws and
 * policy documents, standard clauses every notice carries, agency and contact blocks, page
 * furniture. Each pattern is covered by a unit test with a sentence of our own.
 */
const BOILERPLATE: RegExp[] = [
  // Publication venues: 在《…》上发布, 本公告同时在…网站发布, 公告发布媒介:…
  new RegExp(`在${NOT_STOP}{0,80}?(网|网站|平台|媒体|媒介|报|》)${NOT_STOP}{0,12}?(发布|刊登|刊载|公布|公告|公示)`, 'g'),
  new RegExp(`(本|此)次?(招标|采购|变更|更正|结果)?(公告|公示|信息)${NOT_STOP}{0,80}?(发布|刊登|刊载|公布)`, 'g'),
  new RegExp(`(发布|公告|公示|信息发布)(的)?(媒介|媒体|渠道|网站|平台)[:：]?${NOT_STOP}{0,120}`, 'g'),
  /《[^《》]{1,40}(网|网站|平台|报)》/g,
  // Citations of laws, regulations and policy documents, and the law's full name without brackets.
  /《[^《》]{1,120}(法|条例|办法|规定|细则|意见|通知|规则|规范|标准|决定|解释|方案|指引|目录|指南)》/g,
  /中华人民共和国[\p{Script=Han}]{1,20}?(法|条例)/gu,
  // Standard clauses: the conflict-of-interest rule (规范编制…监理、检测), the start order, the
  // regulatory category 房屋建筑和市政基础设施工程 that names template headings and circulars.
  new RegExp(`${NOT_STOP}{0,40}规范编制${NOT_STOP}{0,80}`, 'g'),
  /[^。；;!?，,]{0,30}开工令[^。；;!?，,]{0,20}/g,
  /房屋建筑(工程)?(和|及|与)市政(基础设施|公用)?工程/g,
  /房建(和|及|与)市政(工程)?/g,
  // Agencies and contact blocks, up to the next clause.
  /(招标|采购)?代理机构(名称|信息)?(联系人及电话|联系人|联系方式)?[:：]?[^。；;，,]{0,40}/g,
  /(联系人|联系电话|联系方式|联系地址|地址|电话|传真|邮箱|邮编|开户银行|开户行|账号)[:：][^。；;，,]{0,40}/g,
  // Page furniture and footers.
  new RegExp(`(版权所有|主办单位|承办单位|技术支持|网站标识码|icp备|公网安备|网站地图|打印本页|关闭窗口|【打印】|浏览次数|上一篇|下一篇|分享到)${NOT_STOP}{0,60}`, 'g'),
];

// Section headings as written in notices: 三、申请人的资格要求 / 第三章 / 4.投标人资格要求.
const QUALIFICATION_HEADING = /(资格要求|资格条件|资质要求|资格审查|投标人资格|申请人资格|申请人的资格|供应商资格|资格标准|资质条件)/g;
const NEXT_HEADING = /[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[章节条]/g;
const QUALIFICATION_MAX = 1500;
const OPENING_MIN = 60;
const OPENING_MAX = 240;

/**
 * Zones of a body in match form, in order of precedence (boilerplate over qualification over
 * opening); what no zone covers is plain body.
 */
export function bodyZones(body: string): Zone[] {
  const zones: Zone[] = [];
  for (const re of BOILERPLATE) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m !== null; m = re.exec(body)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      zones.push({ start: m.index, end: m.index + m[0].length, place: 'boilerplate' });
    }
  }
  QUALIFICATION_HEADING.lastIndex = 0;
  for (let m = QUALIFICATION_HEADING.exec(body); m !== null; m = QUALIFICATION_HEADING.exec(body)) {
    const start = m.index;
    NEXT_HEADING.lastIndex = start + m[0].length;
    const next = NEXT_HEADING.exec(body);
    const end = Math.min(next === null ? body.length : next.index, start + QUALIFICATION_MAX);
    zones.push({ start, end, place: 'qualification' });
    QUALIFICATION_HEADING.lastIndex = end;
  }
  zones.push({ start: 0, end: openingEnd(body), place: 'opening' });
  return zones;
}

// The lead: the first sentence(s) up to a sentence end past OPENING_MIN, at most OPENING_MAX.
function openingEnd(body: string): number {
  for (let i = OPENING_MIN; i < Math.min(body.length, OPENING_MAX); i++) if (STOP.includes(body[i])) return i + 1;
  return Math.min(body.length, OPENING_MAX);
}

const RANK: Record<Zone['place'], number> = { boilerplate: 3, qualification: 2, opening: 1 };

/** Place of the hit body[start, end): the strongest zone that covers any of it. */
export function placeIn(zones: readonly Zone[], start: number, end: number): Exclude<HitPlace, 'title'> {
  let best: Zone['place'] | null = null;
  for (const z of zones) {
    if (z.start < end && start < z.end && (best === null || RANK[z.place] > RANK[best])) best = z.place;
  }
  return best ?? 'body';
}

const SENTENCE_MAX = 120;

/** The sentence around text[start, end), cut (with …) to about SENTENCE_MAX characters around the hit. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !STOP.includes(text[from - 1]) && start - from < SENTENCE_MAX / 2) from--;
  let to = end;
  while (to < text.length && to - from < SENTENCE_MAX && !STOP.includes(text[to - 1])) to++;
  if (to > end && !STOP.includes(text[to - 1]) && to < text.length && STOP.includes(text[to])) to++;
  const head = from > 0 && !STOP.includes(text[from - 1]) ? '…' : '';
  const tail = to < text.length && !STOP.includes(text[to - 1]) ? '…' : '';
  return `${head}${text.slice(from, to).trim()}${tail}`;
}
