import { getRegion, regionContains, regionPath, resolveRegion } from '@app/regions';
import { provincialCapital } from './provincial-capital';
import { PROVINCIAL_RESERVE } from './provincial-reserve';

// A province's own body (某省政府采购中心, 某省财政厅, 某自治区机关事务管理局) setting up a pool for the
// province's own units — a framework agreement (框架协议), 协议供货 or 定点 for 省直单位, 省级预算单位, an
// autonomous region's 区直单位 — sets it up for the province as a whole, not for its capital: its own
// address, the venue where responses are handed in or opened, and its telephone's area code all lie in
// the capital because that is where the body sits. The place stays at the province. A provincial body's
// single purchase for itself (its own building, its own 省本级 project) is its seat's, as read; so is a
// place named outside the capital (a unit in another city), and a municipality's (北京市), whose capital
// is itself. A portal's region text naming the province alone leaves the rule to apply.
const OWN_UNITS = /(?:省|自治区|区)直(?:各)?(?:预算)?(?:单位|机关|部门)|省级(?:各)?(?:预算)?(?:单位|部门)/u;
const POOL = /框架协议|协议供货|定点(?:采购|供应商|服务)/u;

export function ownUnitsScope(
  code: string | null,
  buyer: string | null | undefined,
  text: string,
  regionText?: string | null,
): string | null {
  // A province's relief reserve is stocked for the whole province too (provincial-reserve).
  if (!code || !buyer || !(OWN_UNITS.test(text) || PROVINCIAL_RESERVE.test(text)) || !POOL.test(text)) return code;
  const area = resolveRegion({ buyer })?.code;
  if (!area || area === code || getRegion(area)?.level !== 'province' || !regionContains(area, code)) return code;
  // A portal filing the notice under a place below the province (湖南省 长沙市) has said where it is;
  // filed under the province alone, it has not narrowed it.
  const filed = regionText ? resolveRegion({ regionText })?.code : undefined;
  if (filed && filed !== area) return code;
  const own = regionPath(area)[0]?.name;
  if (!own || own.endsWith('市') || !buyer.startsWith(own) || buyer.length <= own.length) return code;
  const capital = provincialCapital(area);
  return capital && (code === capital || regionContains(capital, code)) ? area : code;
}
