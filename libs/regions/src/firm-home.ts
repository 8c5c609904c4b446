// A press headline may name a firm by where it comes from, not by its name: "天津滨海新区一家企业投资
// 12亿元在张掖建设…", "深圳一企业落户某县". That place is the investor's home; where it builds comes after
// (在…, 落户…; not 在建, a firm's own works). The home phrase, from the last break before it to the
// firm, says nothing about the work; without such a site the home may well be where it builds.
// Only the anonymous forms (一家, 一, 某, 多家 before 企业, 民企, 公司) count: a named firm's place is
// its registration, which other rules weigh.
const FIRM_HOME = /[^|，,：:；;\s]{2,16}?(?:一家|一|某|多家)(?:企业|民企|公司|外企|央企)(?=[^|，,。]{0,16}?(?:在(?!建)|落户))/gu;

/** The title with the places firms are said to come from cut out (each replaced by a break). */
export function dropFirmHome(title: string): string {
  return title.replace(FIRM_HOME, '|');
}
