import { regionPath, searchRegions } from '@app/regions';

// A supplier's province or city noted in brackets after a name that already opens with it
// ("广东某某科技有限公司(广东省)", "四川某某建设有限公司(四川省成都市)") says where it is, not who: the
// registered name does not repeat its place. A place in brackets inside a name ("某某(北京)科技有限公司")
// or one the name does not hold elsewhere stays; bracketed legal forms ((集团), (普通合伙)) are no place.
// A firm registered under its province's name notes the city it sits in the same way
// ("新疆某某工程咨询有限公司(乌鲁木齐市)"): a city or county of the province the name opens with is a note too.
const PROVINCE_SHORT =
  '北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|香港|澳门|台湾';
const PLACE_NOTE = new RegExp(
  `\\s*\\(((?:${PROVINCE_SHORT})(?:省|市|自治区|特别行政区)?|(?!集团|控股|普通|有限|特殊)\\p{Script=Han}{2,4}?[市州盟]?)(\\p{Script=Han}{2,5}?[市州盟区县])?\\)$`,
  'u',
);
const OPENING_PROVINCE = new RegExp(`^(${PROVINCE_SHORT})`, 'u');
// 广州, 贵州: a 州 that is part of a two-character name stays in the stem.
const PLACE_WORD = /(?<=\p{Script=Han}{2})(?:省|市|自治区|特别行政区|州|盟|区|县)$/u;

/** The name without a bracketed note of the province or city its own words already give. */
export function dropPlaceNote(name: string): string {
  const m = PLACE_NOTE.exec(name);
  if (!m) return name;
  const before = name.slice(0, m.index);
  const stems = [m[1], m[2] ?? ''].map((place) => place.replace(PLACE_WORD, ''));
  if (stems.some((stem) => stem.length >= 2 && before.includes(stem))) return before;
  return placeInOpeningProvince(m[1] + (m[2] ?? ''), before) ? before : name;
}

// Only an exact city or county name counts: a bracket holding any other word keeps the name whole.
function placeInOpeningProvince(place: string, before: string): boolean {
  const opening = OPENING_PROVINCE.exec(before)?.[1];
  if (!opening || !/[市州盟区县]$/u.test(place)) return false;
  return searchRegions(place, 5).some(
    (region) => region.name === place && region.level !== 'province' && regionPath(region.code)[0]?.name.startsWith(opening),
  );
}
