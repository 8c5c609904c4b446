import { readOrgAt } from './org-names';

// The standard 招标条件 may name the body that tenders for the owner by its role, in prose, instead of
// a "招标人为…" field: "项目业主为某区教育局，项目代建单位为某城投公司并作为招标人", "由某代建中心作为代建单位
// 并担任本项目招标人". That body is the buyer, not the 项目业主 named before it. The name is the clause
// before 作为/担任, after its own role's 为 or 由 where it has one.
const ACTS_AS_TENDERER = /([^\s，。,;；:：()“”]{4,60}?)[,，]?(?:并|同时)?(?:作为|担任)(?:本|该)?(?:项目)?(?:的)?招标人(?!代理)/u;

// The body's role may stand before its name after 由: "由工程总承包某集团有限公司作为招标人进行招标" (a
// general contractor tendering a part of the works), "由代建单位某中心担任招标人".
const ROLE_BEFORE_NAME = /^(?:本|该)?(?:项目)?(?:的)?(?:工程|施工|EPC)?(?:总承包|代建|项目管理|全过程工程咨询)(?:单位|方|人|商)?/u;

/** The body named as acting as 招标人 in prose ("某公司并作为招标人"), else null. */
export function actingTenderer(text: string): string | null {
  // The pattern tries a clause from every character; most notices hold neither word it needs.
  if (!text.includes('招标人') || (!text.includes('作为') && !text.includes('担任'))) return null;
  const m = ACTS_AS_TENDERER.exec(text);
  if (!m) return null;
  const clause = m[1];
  // "项目代建单位为某公司" or "由某中心作为代建单位": the name after the role's 为 or 由, cut of a role named after it.
  const named = clause.replace(/(?:作为)?(?:项目)?代建(?:单位|方|人)?$/u, '');
  for (const cut of [Math.max(named.lastIndexOf('为'), named.lastIndexOf('由')), -1]) {
    const name = named.slice(cut + 1).replace(ROLE_BEFORE_NAME, '');
    if (name.length >= 4 && readOrgAt(name, 0, 'any') === name) return name;
  }
  return null;
}
