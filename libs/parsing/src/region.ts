import {
  areaCodesIn,
  cityOfBareZoneBuyer,
  countyOfDocumentNumber,
  districtOfBareCityZone,
  divisionCityOf,
  postcodeProvincesIn,
  regionContains,
  regionOfAreaCode,
  regionOfProjectCode,
  regionPath,
  resolveRegion,
  soleDistrictOfCityBody,
} from '@app/regions';
import { areaWideCode } from './area-wide-scope';
import { campusSiteRegion } from './campus-site';
import { oilfieldSeat } from './oilfield-seat';
import { ownUnitsScope } from './own-units-scope';
import { provincialCapital } from './provincial-capital';
import { namedSeatOf, preferWrittenSite, writtenSiteOf } from './remote-site';
import { dropSeatAddressDistrict } from './seat-address-district';
import { preferSiteDistrict, siteDistrictOf, sitePlaces } from './site-district';

export interface LocatedRegion {
  code: string;
  path: string[];
}

// A phone in the agency's contact block says where the agency sits, not where the work is. The
// block is opened by the agency's label (代理机构：, 代理机构信息, 招标代理 |) or its company's name; the
// words alone in prose (代理服务费由中标人支付, a notice choosing 采购代理机构) open no block.
const AGENCY_CONTACT =
  /(?:代理|咨询)(?:机构|公司|单位|人)?(?:名称|信息|联系方式|联系人|联系电话)?(?:[:：|\s]|$)|(?:代理|咨询)[^\n:：，。,;；]{0,12}公司|招标公司/u;
const BUYER_CONTACT = /采购人|招标人|建设单位|采购单位|业主|项目单位|采购执行方/u;
const CONTACT_LOOKBACK = 160;
const AID_BODY = /对口(?:支援|援建|帮扶|协作)|东西部(?:扶贫)?协作|援(?:疆|藏|青)|援建/u;

/**
 * The one place parsing asks @app/regions where a bulletin is: region text first, then buyer,
 * title and body (the agency last, since agencies often sit in another city). Where the names
 * stop short, a project code that carries a division code (投资项目代码) or the area code of the
 * buyer's telephone (区号) goes one step further, but only inside what the names said.
 */
export function locateRegion(input: {
  regionText?: string | null;
  buyer?: string | null;
  agency?: string | null;
  title: string;
  body: string;
}): LocatedRegion | null {
  // An aid body (某市对口支援某地工作前方指挥部, 某省援藏工作队) is named for the province or city that
  // sends it, not for the county where it builds: its name places nothing (see remote-site).
  if (input.buyer && AID_BODY.test(input.buyer)) input = { ...input, buyer: null };
  const text = `${input.title}\n${input.body}`;
  let codeHints: Array<string | null> | undefined;
  const refine = (found: string | null): string | null => {
    // A 兵团 division stands for the city it is governed with, before a phone's prefecture (0997 of
    // 阿克苏 is dialled in 阿拉尔 too).
    codeHints ??= [divisionCityOf(text), regionOfProjectCode(text), buyerAreaRegion(text)];
    let code = found;
    const named = input.buyer || input.title || leadOf(input.body);
    const byName = [
      provincialSeatCity(code, named),
      oilfieldSeat(code, named),
      countyOfDocumentNumber(text, code),
      soleDistrictOfCityBody(code, named, text),
      districtOfBareCityZone(code, text),
      cityOfBareZoneBuyer(code, named, text),
    ];
    for (const hint of [...codeHints, ...byName]) {
      if (!hint) continue;
      // A hint refines what the names said; with no names at all, it is the best there is.
      if (code === null || (hint !== code && regionContains(code, hint))) code = hint;
    }
    return code;
  };
  // Any phone's area code, the agency's too, may choose between the places one name may be; so
  // may a postcode's province (新城区 of 西安, not of 呼和浩特, beside 邮编：710032).
  const tieBreakCodes = areaCodesIn(text)
    .map(regionOfAreaCode)
    .filter((c): c is string => c !== null)
    .concat(postcodeProvincesIn(text));
  // The agency's own name (佳木斯市某招标有限公司) says where the agency sits: weakest of all.
  const agencyCode = input.agency ? resolveRegion({ buyer: input.agency })?.code : undefined;
  // Without region text, a campus given its own address (see campus-site) stands in for it.
  const campus = input.regionText ? null : campusSiteRegion(input.body);
  const found = resolveRegion(
    {
      regionText:
        input.regionText ||
        (campus
          ? regionPath(campus)
              .map((r) => r.name)
              .join('')
          : null),
      buyer: input.buyer,
      title: input.title,
      body: input.body,
      agency: input.agency,
      tieBreakCodes,
      agencyTieBreakCodes: agencyCode ? [agencyCode] : [],
    },
    refine,
  );
  // The body's site lines, read once for the three rules below.
  const places = sitePlaces(input.body);
  const site = siteDistrictOf(input.body, places);
  // A site line writing out its city, in another city than the names', outranks them; so does a
  // unit's own address in the city its name holds after its parent's (remote-site).
  const named = preferWrittenSite(
    found?.code ?? null,
    writtenSiteOf(input.body, places, input.title ?? '') ?? namedSeatOf(input.buyer, input.body),
  );
  // A site line's district outranks a buyer of another district in the same city (site-district).
  // A province's or city's body read as the district of its own (or a party's) address is the city's.
  const sited = dropSeatAddressDistrict(preferSiteDistrict(named, site), site, input);
  // A province's or city's own body naming many places below it buys for the whole area (area-wide-scope).
  const wide = areaWideCode(sited, input.buyer, input.body, input.regionText);
  // A province's own body buying for its own units stays at the province, not its seat (own-units-scope).
  const code = ownUnitsScope(wide, input.buyer, text, input.regionText);
  return code ? { code, path: regionPath(code).map((r) => r.name) } : null;
}

// A province's own hospitals (某省立医院, 某省人民医院, 某省立第三医院) sit in its capital, and so do
// the universities named after it (浙江大学, 吉林大学, 河北医科大学, 山东中医药大学) with their
// hospitals, except the few that do not (河北大学 is in 保定, 河南大学 in 开封, 江苏大学 in 镇江,
// 陕西中医药大学 in 咸阳, 山西中医药大学 in 晋中, 广东医科大学 in 湛江).
const PROVINCIAL_HOSPITAL = /(?:省|自治区)(?:立(?:第[一二三四五六七八九十]+)?医院|(?:第[一二三四五六七八九十]+)?人民医院)/u;
const PROVINCIAL_UNIVERSITY = new RegExp(
  '(?<!\\p{Script=Han})(?:河北|山西|内蒙古|辽宁|吉林|黑龙江|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广西|海南|四川|贵州|云南|西藏|' +
    '甘肃|青海|宁夏|新疆|江苏|陕西|广东)(?:中医药|医科)?大学',
  'u',
);
const NOT_IN_CAPITAL = /河北大学|河南大学|江苏大学|陕西中医药大学|山西中医药大学|广东医科大学/u;
// A province's own departments (某省财政厅, 某自治区教育厅) sit in its capital too, and buy for their own
// seat when no other place is named. Only a 厅: a provincial 局 may be a vertical bureau with sites
// across the province, and a 委员会 is often a county's as well.
const PROVINCIAL_DEPARTMENT = /^\p{Script=Han}{2,8}(?:省|自治区)(?:(?![市县区镇])\p{Script=Han}){2,10}厅(?:[(（][^()（）]{1,10}[)）])?$/u;

// Without a buyer or title (a press item, a bare excerpt), the opening sentence says who speaks.
const LEAD_MAX = 60;
function leadOf(body: string): string {
  const end = body.search(/[。！？\n]/u);
  return body.slice(0, end < 0 ? LEAD_MAX : Math.min(end, LEAD_MAX));
}

function provincialSeatCity(code: string | null, buyer: string): string | null {
  const seated =
    PROVINCIAL_HOSPITAL.test(buyer) ||
    PROVINCIAL_DEPARTMENT.test(buyer) ||
    (PROVINCIAL_UNIVERSITY.test(buyer) && !NOT_IN_CAPITAL.test(buyer));
  if (!code || !seated) return null;
  const path = regionPath(code);
  if (path.length !== 1) return null;
  return provincialCapital(code);
}

function buyerAreaRegion(text: string): string | null {
  for (const areaCode of areaCodesIn(text)) {
    const at = text.indexOf(areaCode);
    const before = text.slice(Math.max(0, at - CONTACT_LOOKBACK), at);
    const agencyAt = Math.max(...[...before.matchAll(new RegExp(AGENCY_CONTACT, 'gu'))].map((m) => m.index), -1);
    const buyerAt = Math.max(...[...before.matchAll(new RegExp(BUYER_CONTACT, 'gu'))].map((m) => m.index), -1);
    if (agencyAt > buyerAt) continue;
    return regionOfAreaCode(areaCode);
  }
  return null;
}
