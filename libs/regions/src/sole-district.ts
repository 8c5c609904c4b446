import { childrenOf, regionPath } from './hierarchy';

// A city with a single urban district (临汾's 尧都区, 丽水's 莲都区) keeps its own offices,
// hospitals and schools there: a buyer named after the city (某市中心医院, 某市教育局) sits in that
// district, unless the notice names another county of the city, where the work may lie instead.
const URBAN_DISTRICT = /区$/u;
const BRACKET_TAG = /^(?:[[【(（][^\]】)）]{0,8}[\]】)）])*/u;

/** The city's only urban district, for a buyer named after the city `code`, or null. */
export function soleDistrictOfCityBody(code: string | null, buyer: string, text: string): string | null {
  if (!code) return null;
  const path = regionPath(code);
  const city = path[path.length - 1];
  if (path.length !== 2 || !city || !city.name.endsWith('市')) return null;
  const named = buyer.replace(BRACKET_TAG, '');
  if (!named.startsWith(city.name) || named.length <= city.name.length) return null;
  const children = childrenOf(city.code);
  const districts = children.filter((c) => URBAN_DISTRICT.test(c.name));
  if (districts.length !== 1) return null;
  const [seat] = districts;
  const elsewhere = children.some(
    (c) => c !== seat && (text.includes(c.name) || (c.name.length > 2 && text.includes(c.name.slice(0, -1)))),
  );
  return elsewhere ? null : seat.code;
}
