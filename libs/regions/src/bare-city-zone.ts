import { toMatchText } from '@app/text';

/**
 * Cities whose high-tech or economic zone is governed as one with the district it lies in
 * (株洲高新区 with 天元区, 荆门高新区 with 掇刀区; see region-aliases for the full names). Their own
 * bureaus write the zone bare (项目位置：高新区栗雨工业园, 高新区管委会), so once the city is
 * known the bare zone word names the district.
 */
const CITY_ZONES: Readonly<Record<string, { zone: RegExp; district: string }>> = {
  '320500': { zone: /高新区/u, district: '320505' }, // 苏州: 虎丘区
  '320200': { zone: /高新区/u, district: '320214' }, // 无锡: 新吴区
  '320400': { zone: /高新区/u, district: '320411' }, // 常州: 新北区
  '321200': { zone: /医药高新区/u, district: '321203' }, // 泰州: 高港区
  '430200': { zone: /高新区/u, district: '430211' }, // 株洲: 天元区
  '420800': { zone: /高新区/u, district: '420804' }, // 荆门: 掇刀区
  '420200': { zone: /经开区|经济技术开发区/u, district: '420205' }, // 黄石: 铁山区
};

// Bare: not the end of another place's zone (宁乡高新区, 株洲市渌口区高新区 would name their own place),
// so the zone word stands at the start of a clause or after the city's own name.
const BEFORE_BARE = /(?:^|[^\p{Script=Han}]|市|位于|在|地处|落户|入驻)$/u;

/** The district of a bare zone word when `code` is one of these cities, else null. */
export function districtOfBareCityZone(code: string | null, text: string): string | null {
  const city = code ? CITY_ZONES[code] : undefined;
  if (!city) return null;
  const flat = toMatchText(text);
  for (const m of flat.matchAll(new RegExp(city.zone.source, 'gu'))) {
    if (BEFORE_BARE.test(flat.slice(Math.max(0, m.index - 2), m.index))) return city.district;
  }
  return null;
}
