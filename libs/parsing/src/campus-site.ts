import { regionContains, regionPath, resolveRegion } from '@app/regions';

// A university or hospital buys for a campus (校区, 院区) that may lie in another district or city
// than the one its name or main address gives: 某医学院 of one city with its 烟台校区 in another, a
// city hospital with a 院区 in one of its counties. Where the notice gives the campus its address,
// in brackets beside its name ("烟台校区（烟台市莱山区观海路346号）", "某路66号（龙洲湾校区）") or with
// 位于, that address is where the work is, and it says more than the institution's name.
const HAN = String.raw`\p{Script=Han}`;
const CAMPUS = String.raw`${HAN}{2,8}?(?:校区|院区)`;
const CAMPUS_THEN_ADDRESS = new RegExp(String.raw`(${CAMPUS})${HAN}{0,6}[(（]([^()（）\n]{4,40})[)）]`, 'gu');
const ADDRESS_THEN_CAMPUS = new RegExp(String.raw`([^\n:：|()（），,。；;]{4,40})[(（](${CAMPUS})[)）]`, 'gu');
const CAMPUS_LIES_AT = new RegExp(String.raw`(${CAMPUS})(?:位于|地处|坐落于)([^，。；,;\n]{4,30})`, 'gu');
// The main campus is where the institution's own address is anyway; only another campus says more.
const MAIN_CAMPUS = /^(?:本部|主|校本部|总|本|老|新)?(?:校区|院区)$|本部|主校区|主院区|总院区/u;
// A campus named as where to hand in papers or bid is a venue, not the site of the work.
const VENUE_BEFORE = /(?:递交|送达|送至|送到|交至|报名|开标|评标|领取|获取|购买)[^\n。；;]{0,16}$/u;
const VENUE_LOOKBACK = 20;

/** The region code of the one campus the notice gives an address for, or null. */
export function campusSiteRegion(text: string): string | null {
  const codes = new Set<string>();
  // `first` is the match's first part (the campus, or the address before it): a venue word before
  // it or inside it makes the whole a venue.
  const consider = (campus: string, address: string, at: number, first: string): void => {
    if (MAIN_CAMPUS.test(campus)) return;
    if (VENUE_BEFORE.test(text.slice(Math.max(0, at - VENUE_LOOKBACK), at) + first)) return;
    const code = resolveRegion({ regionText: address })?.code;
    // An address that names no city (a street alone) leaves the place to the rest of the notice.
    if (code && regionPath(code).length >= 2) codes.add(code);
  };
  for (const m of text.matchAll(CAMPUS_THEN_ADDRESS)) consider(m[1], m[2], m.index, m[1]);
  for (const m of text.matchAll(ADDRESS_THEN_CAMPUS)) consider(m[2], m[1], m.index, m[1]);
  for (const m of text.matchAll(CAMPUS_LIES_AT)) consider(m[1], m[2], m.index, m[1]);
  // The same campus written twice may be read to its city once and to its district once.
  const deepest = [...codes].sort((a, b) => regionPath(b).length - regionPath(a).length)[0];
  if (!deepest || [...codes].some((c) => c !== deepest && !regionContains(c, deepest))) return null;
  return deepest;
}
