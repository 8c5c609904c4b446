// A county's portal often numbers a purchase the way its finance bureau files it, as a 文号 in
// brackets after the project's name and nowhere else: in the title ("某医院某设备采购项目（黟财采〔2032〕17号）
// 公开招标公告") or in the sentence that opens the body ("某项目（某财采〔2032〕17号）采用竞争性磋商方式采购").
// Only a procurement 文号 counts (its issuer's short name holds 采, 招, 购 or 标: 财采, 政采, 财购备, 建招字);
// a bracket quoting a policy (财库〔2020〕10号) or an approval (发改投〔2032〕38号) does not number the
// purchase. In the body the bracket must close a project's name (项目, 工程, 服务, 采购, 标段), so a policy
// cited after its title (《…》（某财购〔2021〕1号）) is not read.

const BRACKETED_DOCKET = /[(（]\s*(\p{Script=Han}{1,8}[〔[［(（【]\d{4}[〕\]］)）】][-—]?第?\d{1,6}号?)\s*[)）]/gu;
const PROCUREMENT_ISSUER = /[采招购标]/u;
const PROJECT_NAME_END = /(?:项目|工程|服务|采购|标段|包)$/u;

/** The procurement 文号 in a bracket of the title, or null. */
export function titleDocketCode(title: string): string | null {
  return docketIn(title, () => true);
}

/** The procurement 文号 in a bracket closing a project's name in the body, or null. */
export function proseDocketCode(text: string): string | null {
  return docketIn(text, (before) => PROJECT_NAME_END.test(before));
}

function docketIn(text: string, fits: (before: string) => boolean): string | null {
  for (const m of text.matchAll(BRACKETED_DOCKET)) {
    const issuer = /^\p{Script=Han}+/u.exec(m[1])![0];
    if (PROCUREMENT_ISSUER.test(issuer) && fits(text.slice(Math.max(0, m.index - 4), m.index))) return m[1];
  }
  return null;
}
