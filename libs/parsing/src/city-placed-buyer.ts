import { getRegion, resolveRegion } from '@app/regions';

// A title names a district's unit by its district alone ("鼓楼区某街道办事处…结果公示"), and several
// cities have a district of that name (鼓楼区 in 福州, 南京, 徐州, 开封). Where the body writes the same
// name with its city right before it ("福州市鼓楼区某街道办事处…已完成"), that is the unit's full name.
// Only a city that is the district's own parent counts, so "本市", a street address or another city's
// name run into it is not taken.
const CITY_END = /[市州盟]$/u;
const COUNTY_END = /[区县旗市]/u;
const CITY_MIN = 2;
const CITY_MAX = 8;
const COUNTY_MAX = 6;

/** The buyer with its city put before it, when the text writes it so; else the buyer as read. */
export function cityPlacedBuyer(buyer: string | null, text: string): string | null {
  if (!buyer) return buyer;
  const counties = leadingPlaces(buyer);
  if (counties.length === 0) return buyer;
  for (let at = text.indexOf(buyer); at >= 0; at = text.indexOf(buyer, at + 1)) {
    for (let len = CITY_MIN; len <= CITY_MAX && at - len >= 0; len++) {
      const city = text.slice(at - len, at);
      if (!CITY_END.test(city) || !/^\p{Script=Han}+$/u.test(city)) continue;
      if (counties.some((county) => isUnder(county, city))) return city + buyer;
    }
  }
  return buyer;
}

// The buyer's opening words that could name a county-level place (鼓楼区, 沛县, 宜都市).
function leadingPlaces(buyer: string): string[] {
  const names: string[] = [];
  for (let end = 2; end <= COUNTY_MAX && end < buyer.length; end++) {
    if (COUNTY_END.test(buyer[end - 1])) names.push(buyer.slice(0, end));
  }
  return names;
}

function isUnder(county: string, city: string): boolean {
  const code = resolveRegion({ regionText: city + county })?.code;
  const region = code ? getRegion(code) : undefined;
  if (region?.name !== county || region.level !== 'district' || !region.parentCode) return false;
  return getRegion(region.parentCode)?.name === city;
}
