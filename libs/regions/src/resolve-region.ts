import { agencyProvince } from './agency-province';
import { fieldTexts, type FieldText } from './bulletin-fields';
import { ancestorCodes, getRegion, regionPath } from './hierarchy';
import { scanMentions } from './mention-scanner';
import { tradingCentreNames } from './trading-centre';
import type { NameEntry } from './name-index';
import type { RegionSource, ResolvedRegion, ResolveRegionInput } from './region.types';

/** One name as found in one field, with how often it occurs there. */
interface Evidence {
  field: number;
  spec: FieldText;
  entries: NameEntry[];
  count: number;
  /** Found at the start of its field (湖里体育公园…, 浦东分院…), where a title names its place. */
  leading: boolean;
}

interface Step {
  code: string;
  source: RegionSource;
}

interface Vote {
  weight: number;
  body: boolean;
  named: boolean;
  /** Every name behind the vote is a township's full name. */
  townOnly: boolean;
  first: Evidence;
}

// A name without its suffix (江北 for 江北区) is less certain than the full name.
const SHORT_FORM_FACTOR = 0.5;

/**
 * The most specific region the bulletin is certainly about. Starting from the whole country, it
 * descends one level at a time (province → city → district) while the names found agree on one
 * child; fields are taken in order of trust (region text, buyer, title, body, then the agency and
 * bidder sections of the body; a company buyer after the title), and a name only counts where it
 * lies inside what is already known,
 * so 朝阳区 needs 北京 or 长春 from somewhere before it counts. Null when nothing names a province.
 *
 * `refine`, when given, is asked where the names stopped for a code that goes further (a phone's
 * area code, a project code's division); the names then carry on below it, so 鼓楼区教育局 with a
 * 025 phone is 南京市鼓楼区, not 南京市.
 */
export function resolveRegion(input: ResolveRegionInput, refine?: (code: string | null) => string | null): ResolvedRegion | null {
  const evidence: Evidence[] = [];
  let known: Step | null = null;
  for (const [field, spec] of fieldTexts(input).entries()) {
    // Long bodies repeat names: one evidence per distinct name keeps each step cheap.
    const byName = new Map<NameEntry[], Evidence>();
    for (const { entries, start } of scanMentions(spec.text)) {
      const leading = start === 0 || (start <= LEADING_MAX && LEAD_IN.test(spec.text.slice(0, start)));
      const seen = byName.get(entries);
      if (seen) {
        seen.count++;
        seen.leading ||= leading;
      } else byName.set(entries, { field, spec, entries, count: 1, leading });
    }
    evidence.push(...byName.values());
    known = descend(known, evidence);
  }
  // Where a name may be one of several places and nothing else decides, weaker clues choose. A
  // phone's code only chooses among them first (木鱼镇 of 神农架 or of 青川, with 0719): as a fact
  // it would name 十堰, which dials 0719 too, and no name lies there.
  const tieBreakCodes = input.tieBreakCodes ?? [];
  if (!known) known = breakTies(known, evidence, tieBreakCodes);
  for (let hinted = refine?.(known?.code ?? null); refine && hinted && hinted !== known?.code; hinted = refine(known.code)) {
    known = descend({ code: hinted, source: known?.source ?? 'body' }, evidence);
  }
  known = breakTies(known, evidence, tieBreakCodes);
  const traded = tradedAt(input);
  if (traded && (!known || (traded !== known.code && pathOf(traded).includes(known.code)))) {
    known = descend({ code: traded, source: known?.source ?? 'body' }, evidence);
  }
  // An agency mostly works near where it is registered: its name is the last clue that may choose
  // among the places a name of the work offers, and it never offers a place of its own.
  known = breakTies(known, evidence, input.agencyTieBreakCodes ?? []);
  if (!known) {
    // Nothing names the work's place: the agency's province is the best there is.
    const province = agencyProvince(input);
    if (!province) return null;
    known = descend({ code: province, source: 'body' }, evidence);
  }
  return { code: known.code, path: regionPath(known.code).map((r) => r.name), source: known.source };
}

/** Where the bulletin's trading centres are, when they all name one place (see trading-centre). */
function tradedAt(input: ResolveRegionInput): string | null {
  const names = tradingCentreNames(input.title, input.body);
  if (names.length === 0) return null;
  // A national platform's name (全国公共资源交易平台) names no place and does not disagree.
  const codes = new Set(names.map((buyer) => resolveRegion({ buyer })?.code).filter((c): c is string => c !== undefined));
  const [only] = codes;
  return codes.size === 1 ? only : null;
}

/** From `from` down, one step at a time, as far as the evidence leads. */
function descend(from: Step, evidence: Evidence[]): Step;
function descend(from: Step | null, evidence: Evidence[]): Step | null;
function descend(from: Step | null, evidence: Evidence[]): Step | null {
  let known = from;
  for (let step = nextStep(from?.code ?? null, evidence); step; step = nextStep(step.code, evidence)) known = step;
  return known;
}

function nextStep(node: string | null, evidence: Evidence[]): Step | undefined {
  const votes = new Map<string, Vote>();
  for (const ev of evidence) {
    const voted = childVotedFor(node, ev);
    if (!voted) continue;
    const vote = votes.get(voted.child) ?? { weight: 0, body: true, named: false, townOnly: true, first: ev };
    vote.weight += ev.count * ev.spec.weight * (voted.shortOnly ? SHORT_FORM_FACTOR : 1);
    vote.body &&= ev.spec.body;
    vote.named ||= !ev.spec.supportOnly;
    vote.townOnly &&= ev.entries.every((e) => e.kind === 'town');
    if (ev.field < vote.first.field) vote.first = ev;
    votes.set(voted.child, vote);
  }
  let named = [...votes].filter(([, v]) => v.named);
  // A township one county alone has names a province only where nothing else names one (see
  // soleTown): 绵阳高新区石桥铺街道 is 绵阳's, though the data knows a 石桥铺街道 in 重庆 alone.
  if (node === null && named.some(([, v]) => !v.townOnly)) named = named.filter(([, v]) => !v.townOnly);
  const ranked = named.sort((a, b) => b[1].weight - a[1].weight);
  if (ranked.length === 0) return undefined;
  const [code, best] = ranked[0];
  const second = ranked[1]?.[1].weight ?? 0;
  // Names that disagree leave the level uncertain; body text must outvote the others clearly.
  if (best.weight <= second || (best.body && best.weight < 2 * second)) return undefined;
  return { code, source: best.first.spec.source };
}

/** Down from `known` while weaker clues choose among the places a name may be. */
function breakTies(known: Step | null, evidence: Evidence[], codes: readonly string[]): Step | null {
  for (let step = tieBreak(known, evidence, codes); step; step = tieBreak(known, evidence, codes)) known = descend(step, evidence);
  return known;
}

/**
 * A step chosen among the children that one name of the work may be (鼓楼区 of 福州, 南京, 徐州 or
 * 开封) by what only supports: a venue or other party's section (递交地点：张家界市公共资源交易中心)
 * or the code of a phone, the agency's too. One candidate alone must be supported; the clue never
 * adds a place that no name of the work offers.
 */
function tieBreak(known: Step | null, evidence: Evidence[], codes: readonly string[]): Step | undefined {
  const node = known?.code ?? null;
  const depth = node === null ? 0 : pathOf(node).length;
  const candidates = new Map<string, Evidence>();
  const weak = new Set<string>();
  for (const ev of evidence) {
    if (ev.spec.supportOnly) continue;
    // Names that point one way each and disagree stay a conflict: only a name of several places is tied.
    if (childVotedFor(node, ev)) return undefined;
    // A township several counties share (水东镇, 大圩镇) offers each of their provinces here, and so
    // does a township's stem in a school's name (木渎实验小学): a phone's code or a party's address
    // may choose, as it would between two 鼓楼区.
    const strong = childrenNamed(node, ev) ?? [];
    for (const child of childrenNamed(node, ev, true) ?? []) {
      if (!candidates.has(child)) candidates.set(child, ev);
      if (!strong.includes(child)) weak.add(child);
    }
  }
  // One place a name may be is a tie only where that name cannot name it alone (a township's stem).
  if (candidates.size < 2 && ![...candidates.keys()].some((c) => weak.has(c))) return undefined;
  const supported = new Set<string>();
  for (const ev of evidence) {
    const voted = ev.spec.supportOnly ? childVotedFor(node, ev) : undefined;
    if (voted && candidates.has(voted.child)) supported.add(voted.child);
  }
  for (const code of codes) {
    const child = pathOf(code)[depth];
    if (child && (node === null || pathOf(code)[depth - 1] === node) && candidates.has(child)) supported.add(child);
  }
  if (supported.size !== 1) {
    const common = onlyCommonPlace(node, evidence);
    return common ? { code: common, source: candidates.get(common)?.spec.source ?? 'body' } : undefined;
  }
  const [child] = supported;
  return { code: child, source: candidates.get(child)?.spec.source ?? 'body' };
}

/**
 * The one child that every tied name of the work may point into, when two names offer different
 * places: 普陀区 (上海 or 舟山) with its 长征镇 (上海 or 琼中) can only be 上海's. A township's stem
 * is too loose a clue to count here.
 */
function onlyCommonPlace(node: string | null, evidence: Evidence[]): string | null {
  const depth = node === null ? 0 : pathOf(node).length;
  const offers = new Map<string, Set<string>>();
  for (const ev of evidence) {
    if (ev.spec.supportOnly) continue;
    const entries = (entriesInside(node, ev, true) ?? []).filter((e) => e.kind !== 'townStem' && e.kind !== 'townOffice');
    const children = new Set(entries.map((e) => pathOf(e.code)[depth]));
    if (children.size >= 2) offers.set([...children].sort().join(','), children);
  }
  if (offers.size < 2) return null;
  const [first, ...rest] = offers.values();
  const common = [...first].filter((child) => rest.every((set) => set.has(child)));
  return common.length === 1 ? common[0] : null;
}

/** The children of `node` this name may point into (one or more), after the usual filters. */
function childrenNamed(node: string | null, ev: Evidence, sharedTowns = false): string[] | undefined {
  const inside = entriesInside(node, ev, sharedTowns);
  if (!inside) return undefined;
  const depth = node === null ? 0 : pathOf(node).length;
  return [...new Set(inside.map((e) => pathOf(e.code)[depth]))];
}

/** The child of `node` this name points into, if it points into exactly one. */
function childVotedFor(node: string | null, ev: Evidence): { child: string; shortOnly: boolean } | undefined {
  const all = entriesInside(node, ev);
  if (!all) return undefined;
  const depth = node === null ? 0 : pathOf(node).length;
  const childOf = (e: NameEntry): string => pathOf(e.code)[depth];
  // A bare name shared by a city and a county (西安, 朝阳) means the city.
  const top = Math.min(...all.map((e) => e.rank));
  const inside = all.some((e) => childOf(e) !== childOf(all[0])) ? all.filter((e) => e.rank === top) : all;
  if (inside.length === 0 || inside.some((e) => childOf(e) !== childOf(inside[0]))) return undefined;
  return { child: childOf(inside[0]), shortOnly: inside.every((e) => e.kind === 'short') };
}

/** The entries of a name that may lie below `node`, or undefined where the name says nothing new. */
function entriesInside(node: string | null, ev: Evidence, sharedTowns = false): NameEntry[] | undefined {
  const { placeText } = ev.spec;
  const known = node === null ? [] : pathOf(node);
  const entries = ev.entries.filter(
    (e) =>
      (placeText || !e.commonWord) &&
      // An office's township stem is a short word that several provinces share: it only chooses a
      // county inside a city already known.
      (e.kind !== 'townOffice' || known.length >= 2) &&
      // A zone's name may open with another place's: it chooses a county once a place is known.
      (e.kind !== 'zone' || node !== null) &&
      // A township (41k names, many shared or missing from the data) only says which county, once
      // the province or city is known from elsewhere: 四季青镇 in 北京 is not the one in 林甸. A name
      // only one county has (协格尔镇, 博鳌镇) names it where nothing else names a place.
      ((e.kind !== 'town' && e.kind !== 'townStem') || node !== null || soleTown(ev) || (sharedTowns && !ev.spec.supportOnly)) &&
      // A bare county name (仁寿, 江北) needs a province or city known first, except in region text
      // and a county-level city's name that names nothing else (义乌, 晋江, 都江堰).
      (placeText ||
        node !== null ||
        e.kind !== 'short' ||
        e.rank < 2 ||
        (ev.spec.bareCountyCities && (bareCountyCity(e, ev.entries) || (ev.leading && bareLeadingDistrict(e, ev.entries))))),
  );
  // A name that may be the known place or one of its ancestors adds nothing (吉林 inside 吉林省).
  if (entries.length === 0 || entries.some((e) => known.includes(e.code))) return undefined;
  const depth = known.length;
  const inside = entries.filter((e) => node === null || pathOf(e.code)[depth - 1] === node);
  return inside.length === 0 ? undefined : inside;
}

// A township name that one county alone has, found where the work is told (title, buyer, the body
// outside other parties' sections): with no province named anywhere it is the best there is.
function soleTown(ev: Evidence): boolean {
  return !ev.spec.supportOnly && ev.entries.length === 1 && ev.entries[0].kind === 'town';
}

function bareCountyCity(e: NameEntry, entries: NameEntry[]): boolean {
  return entries.length === 1 && !e.commonWord && COUNTY_CITY.test(getRegion(e.code)?.name ?? '');
}

const COUNTY_CITY = /^[^\n]{2,}市$/u;

// A title or a buyer's name that opens with a bare district name is named after it (湖里体育公园…,
// 浦东分院…); elsewhere such names are often words (解放军, 玄武岩). Counties are left out: their
// bare names are lakes, mountains and words more often (太湖流域…, 天台防水…).
function bareLeadingDistrict(e: NameEntry, entries: NameEntry[]): boolean {
  return entries.length === 1 && !e.commonWord && DISTRICT.test(getRegion(e.code)?.name ?? '');
}

const DISTRICT = /^[^\n]{2,}区$/u;
// A tag in brackets ([公开], 【招标公告】) or a number may come before the place.
const LEAD_IN = /^(?:[[【(][^\]】)]{0,8}[\]】)]|[^\p{Script=Han}])*$/u;
const LEADING_MAX = 12;

const paths = new Map<string, string[]>();

// Codes from the province down to `code`, cached: every step asks for the same few hundred.
function pathOf(code: string): string[] {
  let path = paths.get(code);
  if (!path) {
    path = ancestorCodes(code).reverse();
    paths.set(code, path);
  }
  return path;
}
