// A zone's management committee (某新区管理委员会, 某开发区管委会) runs bureaus and offices that buy
// under their own names: 某新区管理委员会教育和社会保障局, 某高新区管委会财政局. Where a title opens with
// such a name, a match that stops at the first 委员会 cuts the department off. A 办公楼 after the
// committee is a building of its own, and 关于 opens the title's subject, not a department.
const COMMITTEE = /(?:管理委员会|管委会)$/u;
const DEPARTMENT = /^(?!关于)\p{Script=Han}{0,10}?(?:局|办公室)/u;

/** The department named right after a zone committee's name (`rest` follows `name`), or null. */
export function committeeDepartment(name: string, rest: string): string | null {
  if (!COMMITTEE.test(name)) return null;
  return DEPARTMENT.exec(rest)?.[0] ?? null;
}
