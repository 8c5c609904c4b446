import { toMatchText } from '@app/text';
import { areaCodesIn, regionOfAreaCode } from './code-hints';
import { divisionData } from './division-data';
import { ancestorCodes, getRegion } from './hierarchy';
import { resolveRegion } from './resolve-region';

// A zone's own bodies write its name bare (经开区社会事业局, 高新区管委会): on the city's portal no one
// needs the city. Bare, the word names no place; the city it belongs to is told only by what sits
// around the notice: a phone's area code, an address (the agency's, in the same city as a rule).
// Such a clue is taken only where it names one city, and that city has a zone of the kind in the
// division data (NBS zones, xx7x). An address is read as a name, not as region text (交口 in
// 莲花路与紫云路交口 is no county there). Most cities of a province have no state-level zone, so the
// agency's city is not taken for a body of a zone the city does not have.
const KINDS: ReadonlyArray<{ bare: RegExp; zone: RegExp }> = [
  { bare: /^(?:国家级?)?(?:经开区|经济技术开发区|经济开发区)/u, zone: /(?:经济技术|经济)开发区$/u },
  { bare: /^(?:国家级?)?(?:高新区|高新技术产业开发区|高新技术开发区)/u, zone: /高新技术(?:产业)?开发区$/u },
];
const BRACKET_TAG = /^(?:[[【(（][^\]】)）]{0,8}[\]】)）])*/u;
const ADDRESS = /地址[:：]\s*([^\n|]{2,40})/gu;

/** The city of a buyer named by a bare zone word, when `code` (what the names gave) stops above the city. */
export function cityOfBareZoneBuyer(code: string | null, buyer: string, text: string): string | null {
  if (code && getRegion(code)?.level !== 'province') return null;
  const named = toMatchText(buyer).replace(BRACKET_TAG, '');
  const kind = KINDS.find((k) => k.bare.test(named));
  if (!kind) return null;
  const cities = new Set<string>();
  const addCity = (found: string | null | undefined): void => {
    const city = found ? ancestorCodes(found).find((c) => getRegion(c)?.level === 'city') : undefined;
    if (city && (!code || city.startsWith(code.slice(0, 2)))) cities.add(city);
  };
  for (const area of areaCodesIn(text)) addCity(regionOfAreaCode(area));
  for (const m of text.matchAll(ADDRESS)) addCity(resolveRegion({ buyer: m[1] })?.code);
  if (cities.size !== 1) return null;
  const [city] = cities;
  const hasZone = divisionData().zones.some((z) => kind.zone.test(z.name) && ancestorCodes(z.hostCode).includes(city));
  return hasZone ? city : null;
}
